#pragma once
// `mealplan why`: what one food or dish does in a plan, found by planning the same
// request without it. Plain data and its renderings (text for people, JSON schema
// "mealplan.why/1" for programs); pure functions, like every report.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/enum_names.hpp"
#include "plan/plan_difference.hpp"
#include "plan/plan_result.hpp"
#include "plan/plan_subject.hpp"

namespace mealplan {

enum class WhyFormat { Text, Json };
template <>
inline constexpr auto kEnumNames<WhyFormat> =
    make_enum_names<WhyFormat>({{WhyFormat::Text, "text"}, {WhyFormat::Json, "json"}});

/// The answer to "why is this food (or dish) in the plan".
struct WhyAnswer {
    PlanSubject subject;   ///< the food or dish, and the meals that serve it
    std::size_t days = 1;  ///< days of the plan, for naming them
    /// Status of the plan made without it (NoPlan: none could be made, for `no_plan_reason`).
    PlanStatus status_without = PlanStatus::NoPlan;
    std::string no_plan_reason;
    std::vector<Shortfall> shortfalls_with;     ///< of the plan as it is
    std::vector<Shortfall> shortfalls_without;  ///< of the plan without it
    PlanDifference difference;                  ///< from the plan to the plan without it
    std::optional<double> objective_with;       ///< as the plan file records it
    double objective_without = 0.0;
    double seconds = 0.0;           ///< wall time of planning without it
    bool tablets_left_out = false;  ///< the request allowed tablets: the comparison is food only
};

/// The answer for a person, in plain lines.
std::string render_why_text(const WhyAnswer& answer);

/// The answer for programs: {"schema": "mealplan.why/1", "kind": "food"|"dish", "id",
/// "name", "places", "status_without", "no_plan_reason" (when no plan), "drops": [{nutrient,
/// before, after, minimum, share_of_minimum}], "new_shortfalls": [{nutrient, missing}],
/// "closed_shortfalls", "replaced_by": [{food_id, name, grams_before, grams_after}],
/// "meals_changed", "meals", "objective_with", "objective_without", "objective_change",
/// "seconds", "food_only"}.
std::string render_why_json(const WhyAnswer& answer);

}  // namespace mealplan

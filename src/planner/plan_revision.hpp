#pragma once
// Changing some meals of a plan and keeping the rest (PlanRequest::revision;
// docs/ARCHITECTURE.md, "Changing a plan"). The revised plan's meals become choices of the
// new model: a kept meal is fixed, a swapped meal's dish is forbidden in its slot, and every
// other meal the model can still serve is a starting point that costs extra to leave, so that
// the week changes no more than the targets and filters need.

#include <set>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "plan/plan.hpp"
#include "plan/plan_result.hpp"
#include "planner/food_filter.hpp"
#include "planner/plan_model.hpp"
#include "planner/plan_request.hpp"

namespace mealplan {

/// What changing a meal the revision leaves open costs in the second phase, per meal. Far
/// above a meal's share of the soft objective (a whole day's is about 0.05), so a meal changes
/// only when a target or a filter needs it, never for a slightly better energy fit.
inline constexpr double kMealChangeCost = 1.0;

/// Every problem with `revision` for a plan of `days` days, at its field: base days not
/// numbered 1, 2, … in order or two meals in one slot (From), more days asked than the plan
/// has (Days), a meal beyond the plan or a slot its day lacks (Swap, Keep), a meal both
/// kept and swapped (Keep), a meal named twice.
std::vector<PlanProblem> validate_revision(const PlanRevision& revision, int days);

/// The values of the revised plan's meals that neither are kept nor swapped, as choices of
/// the model: what the first plan starts from.
struct RevisionStart {
    struct Value {
        int day = 1;  ///< 1-based
        int variable = 0;
        double value = 0.0;
    };
    std::vector<Value> values;   ///< dishes and sides
    std::set<int> swapped_days;  ///< 1-based days with a swapped meal
};

/// Applies `revision` to `plan`, built from `input` under `filter`: fixes each kept meal,
/// forbids each swapped meal's dish in its slot, and adds kMealChangeCost to the second-phase
/// cost of every other choice of each remaining meal the model can serve. A kept meal the
/// model cannot serve as it was (a food now excluded, a dish no longer offered, another
/// recipe) is a problem at Keep naming the meal and why.
Result<RevisionStart, PlanProblem> apply_revision(PlanModel& plan, const PlanModelInput& input,
                                                  const PlanRevision& revision,
                                                  const FoodFilter& filter,
                                                  const Catalogue& catalogue);

/// `plan` with every choice of `start` fixed at its value, except on `open_days` (1-based):
/// only the swapped meals, those the model cannot serve as they were and the open days' meals
/// stay open.
PlanModel pinned_to(const PlanModel& plan, const RevisionStart& start,
                    const std::set<int>& open_days = {});

/// The meals of `plan` that differ from the revised plan (dish, servings or any item), in day
/// and slot order; a swapped meal is marked so.
std::vector<ChangedMeal> changed_meals(const PlanRevision& revision, const Plan& plan);

}  // namespace mealplan

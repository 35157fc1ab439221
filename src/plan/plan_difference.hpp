#pragma once
// What changes between two plans of the same request: the average day's nutrients, the
// foods eaten, the meals. `mealplan why` sets a plan beside the plan made without one of its
// foods or dishes, to say what that food or dish is doing there.

#include <optional>
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "dri/targets.hpp"
#include "plan/plan.hpp"
#include "plan/plan_subject.hpp"

namespace mealplan {

/// A nutrient with a minimum whose average day falls, in the nutrient's unit per day.
struct NutrientDrop {
    Nutrient nutrient = Nutrient::MagnesiumMg;
    double before = 0.0;
    double after = 0.0;
    double minimum = 0.0;  ///< the target's minimum, per day
    /// before − after as a share of the minimum (0.25: a quarter of the target lost).
    double share_of_minimum() const { return minimum > 0.0 ? (before - after) / minimum : 0.0; }
};

/// A food eaten more in the second plan than in the first, in grams over the meals compared.
struct FoodGain {
    FoodId food_id;
    std::string name;  ///< the catalogue name
    double grams_before = 0.0;
    double grams_after = 0.0;
};

struct PlanDifference {
    /// Nutrients with a minimum whose average day falls by at least kNoticeableDrop of the
    /// minimum, the largest share first.
    std::vector<NutrientDrop> drops;
    /// Foods the second plan serves more of in the meals where the first served what it
    /// lacks (the places given), most grams gained first: what takes its place.
    std::vector<FoodGain> gains;
    int meals_changed = 0;  ///< (day, slot) pairs whose dish, servings or sides differ
    int meals = 0;          ///< meals of the first plan
};

/// A drop smaller than this share of the minimum is rounding, not a loss worth naming.
inline constexpr double kNoticeableDrop = 0.01;

/// `after` set beside `before` (plans of the same days), by the foods' catalogue values,
/// with the gains counted in the meals at `places`. Tablets are not counted: the
/// difference is in the food.
PlanDifference compare_plans(const Plan& before, const Plan& after, const Catalogue& catalogue,
                             const Targets& targets, const std::vector<PlanPlace>& places);

}  // namespace mealplan

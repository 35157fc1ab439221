#pragma once
// From a request to the model's inputs — the dishes and sides the filters allow, their
// nutrients per serving or unit, per-food daily caps, supplements — and from a plan back
// to its nutrient totals and the minimums it misses.

#include <vector>

#include "catalogue/catalogue.hpp"
#include "dri/targets.hpp"
#include "food_rules/food_rules.hpp"
#include "plan/plan_result.hpp"
#include "planner/food_filter.hpp"
#include "planner/plan_model.hpp"
#include "planner/plan_request.hpp"

namespace mealplan {

/// The inputs of the model for a request under a resolved filter (used by plan_meals and
/// by the diagnosis, which rebuilds them with one restriction lifted). Dishes with an
/// ingredient the filter rejects (or the catalogue lacks) are left out; the sides are those
/// of `rules` whose foods the filter allows. A food the person's safety rules forbid as
/// served leaves its dish (an optional garnish leaves only the dish's recipe) and its sides;
/// so does an optional garnish the filter rejects.
struct PreparedInput {
    PlanModelInput model_input;
    FoodFilter filter;
    /// The safety rules of the person's life stage and the dishes and sides they took out.
    std::vector<AppliedSafetyRule> safety;
};
PreparedInput prepare_input(const PlanRequest& request, const FoodFilter& filter,
                            const Catalogue& catalogue, const std::vector<PlannerDish>& dishes,
                            const FoodRules& rules, const Targets& targets);

/// Nutrient totals of each day of `plan` plus the day's supplements; unknown values
/// count as 0.
std::vector<NutrientAmounts> day_totals(const Plan& plan,
                                        const std::vector<SupplementDose>& supplements,
                                        const Catalogue& catalogue);

/// The minimums `totals` miss under `coverage` (weekly nutrients as a weekly average with
/// the daily floor kWeeklyDailyFloor). Missing amounts are per day: the largest daily miss
/// for a daily nutrient, the miss of the average for a weekly one.
std::vector<Shortfall> find_shortfalls(const std::vector<NutrientAmounts>& totals,
                                       const Targets& targets, CoverageMode coverage);

}  // namespace mealplan

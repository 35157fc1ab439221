#pragma once
// Why a plan misses a minimum, and the smallest change that would fix it. Each candidate
// change lifts one restriction — one excluded food, one avoided allergen, the diet, an
// upper limit, supplements, weekly coverage — and re-solves the linear relaxation of a
// short plan (one or two days), measuring how much of the nutrient is still missing.
// Relaxations are cheap and monotone: if lifting a restriction does not close the gap in
// the relaxation, it cannot close it in the plan either.

#include <vector>

#include "catalogue/catalogue.hpp"
#include "dri/targets.hpp"
#include "food_rules/food_rules.hpp"
#include "plan/plan_result.hpp"
#include "planner/food_filter.hpp"
#include "planner/plan_request.hpp"

namespace mealplan {

/// One Diagnosis per shortfall, in the same order. `filter` is the request's resolved
/// filter. Fixes are listed smallest first: allowing one named food, then one allergen,
/// weekly coverage, supplements, then a broader diet.
std::vector<Diagnosis> diagnose_shortfalls(const PlanRequest& request, const FoodFilter& filter,
                                           const Catalogue& catalogue,
                                           const std::vector<PlannerDish>& dishes,
                                           const FoodRules& rules, const Targets& targets,
                                           const std::vector<Shortfall>& shortfalls);

}  // namespace mealplan

#pragma once
// The planner: from the catalogue, the dishes and a person's targets to a day or week
// plan (DESIGN §4). Solves in two phases — least shortfall first, then, with the
// shortfall fixed, closeness to the energy target, cost and preference — and explains
// any shortfall by re-solving relaxations with one restriction lifted at a time.

#include <vector>

#include "catalogue/catalogue.hpp"
#include "core/problems.hpp"
#include "dri/targets.hpp"
#include "planner/plan_input.hpp"
#include "planner/plan_request.hpp"
#include "planner/plan_result.hpp"
#include "solver/model.hpp"

namespace mealplan {

/// A plan and the exact model whose solution it is (for --export-lp).
struct PlanOutcome {
    PlanResult result;
    solver::Model solved_model;  ///< the phase-2 model: its optimum is result.objective
};

/// Plans `request.days` days. Bad requests (days outside 1–28, max_repeats < 1, an
/// exclusion that matches no food) are problems naming the option. A plan that misses a
/// minimum is a result with status Shortfall, its shortfalls and diagnosis, not an error.
Result<PlanOutcome> plan_meals(const PlanRequest& request, const Catalogue& catalogue,
                               const std::vector<PlannerDish>& dishes, const Targets& targets);

}  // namespace mealplan

#pragma once
// The planner: from the catalogue, the dishes and a person's targets to a day or week
// plan (docs/ARCHITECTURE.md, "The plan model"). Solves in two phases — least shortfall first,
// then, with the shortfall fixed, closeness to the energy target, cost and preference — and
// explains any shortfall by re-solving relaxations with one restriction lifted at a time.

#include <vector>

#include "catalogue/catalogue.hpp"
#include "core/problems.hpp"
#include "dri/targets.hpp"
#include "plan/plan_result.hpp"
#include "planner/plan_input.hpp"
#include "planner/plan_request.hpp"
#include "solver/model.hpp"

namespace mealplan {

/// A plan and the exact model whose solution it is (for exporting it to other solvers).
struct PlanOutcome {
    PlanResult result;
    solver::Model solved_model;  ///< the phase-2 model: its optimum is result.objective
};

/// Every problem with `request`, each at its field: days outside 1–kMaxPlanDays,
/// max_repeats < 1, a time limit not in (0, kMaxTimeLimitSeconds], a gap not in [0, 1).
std::vector<PlanProblem> validate_request(const PlanRequest& request);

/// Plans `request.days` days from `dishes` and the sides of `rules`. A bad request
/// (validate_request, or an exclusion that matches no food) is a list of problems at its fields. A
/// plan that misses a minimum is a result with status Shortfall, its shortfalls and diagnosis, not
/// an error.
Result<PlanOutcome, PlanProblem> plan_meals(const PlanRequest& request, const Catalogue& catalogue,
                                            const std::vector<PlannerDish>& dishes,
                                            const FoodRules& rules, const Targets& targets);

}  // namespace mealplan

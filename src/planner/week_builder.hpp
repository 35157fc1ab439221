#pragma once
// A first plan of several days assembled from one-day models (docs/ARCHITECTURE.md, "The
// plan model": a week from day models). The full model of a week couples its days only
// through variety and the weekly averages, and a day that meets every daily minimum keeps
// the weekly averages too; so the week is built as a sequence of small, separate day
// plans, each over the dishes the variety rules still allow, and the full model then only
// improves it.

#include <functional>
#include <optional>
#include <vector>

#include "planner/day_search.hpp"
#include "planner/plan_model.hpp"
#include "solver/solve.hpp"

namespace mealplan {

/// Work each day may take. Counts, not seconds, so that the same seed gives the same plan
/// on any machine.
struct DayBudget {
    int dive_attempts = 4;            ///< seeds a day is dived with while it falls short
    long long shortfall_nodes = 200;  ///< search nodes to close a shortfall the dives left
    long long polish_nodes = 50;      ///< search nodes for energy, cost and variety
};

/// A solution of `week.model` (phase-1 costs) built day by day from `input`, the input
/// `week` was built from. Day d may use a dish only when day d−1 did not and it was served
/// fewer than `input.max_repeats` times before, and a side of a kind with few varieties
/// counts the sides earlier days used, so every variety row holds. Returns
/// nullopt when a day has no plan (every dish of a slot used up) or `deadline`, a safety
/// limit, passes. `starting_day`, when set, is told the 0-based day before it is planned.
std::optional<std::vector<double>> build_from_day_models(
    const PlanModel& week, const PlanModelInput& input, const solver::SolveOptions& options,
    const DayBudget& budget, Deadline deadline,
    const std::function<void(int day)>& starting_day = nullptr);

}  // namespace mealplan

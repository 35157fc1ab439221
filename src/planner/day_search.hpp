#pragma once
// Planner-side heuristics, where a generic branch and bound is slow (docs/ARCHITECTURE.md,
// "The plan model"): an LP-guided dive to a first plan, and for multi-day models a local
// search that re-solves one day at a time with every other day fixed (each step a small
// MILP of one day's choices). week_builder.hpp builds a week's first plan from one-day
// models.

#include <chrono>
#include <optional>
#include <vector>

#include "planner/plan_model.hpp"
#include "solver/solve.hpp"

namespace mealplan {

using Deadline = std::chrono::steady_clock::time_point;

/// The integer variables (dishes, sides, supplements) of day `day` (0-based).
std::vector<int> day_variables(const PlanModel& plan, int day);

/// LP-guided diving: solves the relaxation, fixes the dish choices it favours most (a whole
/// day-slot at a time, several at once when the relaxation is nearly integral), re-solves,
/// and at the end, the dishes fixed, searches whole side counts and tablets from the
/// relaxation's side counts rounded down.
/// A choice whose fixing makes the relaxation infeasible (an upper limit collides) is
/// forbidden instead. Returns a full solution, or nullopt when none was reached in time.
std::optional<std::vector<double>> dive(const PlanModel& plan, const solver::SolveOptions& options,
                                        Deadline deadline);

/// Improves a feasible `values` of `plan.model` by re-solving one day at a time with the
/// other days fixed (each re-solve at most `step_nodes` search nodes), for at most
/// `rounds` rounds over the days, until a round gains nothing, or until `deadline` (a
/// safety limit) passes. Returns the best solution found (never worse than `values`).
std::vector<double> improve_day_by_day(const PlanModel& plan, std::vector<double> values,
                                       const solver::SolveOptions& options, long long step_nodes,
                                       int rounds, Deadline deadline);

/// Objective of `values` under the model's current costs (offset included).
double objective_of(const solver::Model& model, const std::vector<double>& values);

}  // namespace mealplan

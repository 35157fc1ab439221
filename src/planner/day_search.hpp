#pragma once
// Planner-side heuristics for multi-day models, where a generic branch and bound is slow
// (DESIGN §4): a first plan built day by day (relax-and-fix: earlier days fixed, the
// current day integer, later days relaxed), then local search that re-solves one day at a
// time with every other day fixed. Each step is a small MILP of one day's choices; the
// result is a starting solution for the full model.

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
/// and at the end rounds side counts down and supplements to the nearest whole tablet.
/// A choice whose fixing makes the relaxation infeasible (an upper limit collides) is
/// forbidden instead. Returns a full solution, or nullopt when none was reached in time.
std::optional<std::vector<double>> dive(const PlanModel& plan, const solver::SolveOptions& options,
                                        Deadline deadline);

/// A full solution of `plan.model` (with its current costs and bounds) built day by day,
/// or nullopt when a step finds no solution before `deadline`.
std::optional<std::vector<double>> build_day_by_day(const PlanModel& plan,
                                                    const solver::SolveOptions& options,
                                                    Deadline deadline);

/// Improves a feasible `values` of `plan.model` by re-solving one day at a time with the
/// other days fixed, until a full round gains nothing or `deadline` passes. Returns the
/// best solution found (never worse than `values`).
std::vector<double> improve_day_by_day(const PlanModel& plan, std::vector<double> values,
                                       const solver::SolveOptions& options, Deadline deadline);

/// Objective of `values` under the model's current costs (offset included).
double objective_of(const solver::Model& model, const std::vector<double>& values);

}  // namespace mealplan

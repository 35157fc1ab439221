#pragma once
// Branch and bound for models with integer variables, on top of the warm-started dual
// simplex (simplex.hpp). The root LP is tightened by rounds of Gomory, knapsack cover and
// MIR cuts (gomory_cuts.hpp, cover_cuts.hpp, mir_cuts.hpp); every node propagates bounds
// (domain_propagation.hpp) and, once a solution is known, tightens integer bounds by
// reduced costs; nodes are taken best bound first with a dive below each, branching on
// reliability pseudo-costs.

#include <chrono>

#include "solver/model.hpp"
#include "solver/solve.hpp"

namespace mealplan::solver {

/// Solves a MILP (the model must be valid and have integer variables). Stops at `deadline`,
/// the node limit or the interrupt flag with the best incumbent and an honest bound.
SolveResult solve_mip(const Model& model, const SolveOptions& options,
                      std::chrono::steady_clock::time_point deadline);

}  // namespace mealplan::solver

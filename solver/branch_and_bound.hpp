#pragma once
// Branch and bound for models with integer variables, on top of the warm-started dual
// simplex (simplex.hpp).

#include <chrono>

#include "solver/model.hpp"
#include "solver/solve.hpp"

namespace mealplan::solver {

/// Solves a MILP (the model must be valid and have integer variables). Stops at `deadline`,
/// the node limit or the interrupt flag with the best incumbent and an honest bound.
SolveResult solve_mip(const Model& model, const SolveOptions& options,
                      std::chrono::steady_clock::time_point deadline);

}  // namespace mealplan::solver

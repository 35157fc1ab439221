#pragma once
// Solving a model without integer variables: the simplex, and a check of its answer
// against the original rows.

#include <chrono>

#include "solver/model.hpp"
#include "solver/options.hpp"
#include "solver/solve.hpp"

namespace mealplan::solver {

/// Solves the LP `model` (valid, integrality ignored) until `deadline`, from
/// `options.initial_basis` when it has one. Sets both statuses, the solution, the bound, and
/// at an optimum the duals and the basis; not the time taken.
SolveResult solve_lp(const Model& model, const SolveOptions& options,
                     std::chrono::steady_clock::time_point deadline);

}  // namespace mealplan::solver

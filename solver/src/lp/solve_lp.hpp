#pragma once
// Solving a model without integer variables: the simplex, and a check of its answer
// against the original rows.

#include <chrono>

#include "solver/model.hpp"
#include "solver/options.hpp"
#include "solver/solve.hpp"

namespace mealplan::solver {

/// Solves the LP `model` (valid, integrality ignored) until `deadline`. Sets both statuses,
/// the solution and the bound; not the time taken.
SolveResult solve_lp(const Model& model, const SolveOptions& options,
                     std::chrono::steady_clock::time_point deadline);

}  // namespace mealplan::solver

#pragma once
// Knapsack cover cuts. A row that limits a weighted sum of binary variables,
// Σ w_k z_k ≤ β with w > 0 (after the other variables are replaced by their most
// favourable bounds and negative coefficients are turned positive by complementing z), is
// a knapsack; a set C of its items whose weights together exceed β cannot all be 1, so
// Σ_{k∈C} z_k ≤ |C| − 1 holds at every integer point. Items at least as heavy as the
// heaviest in C join the left-hand side too (the extended cover). Gomory cuts find
// these only weakly; on MIPLIB's p-problems and mod008 they are what closes the gap.

#include <vector>

#include "mip/cuts.hpp"
#include "solver/model.hpp"

namespace mealplan::solver {

/// Extended cover cuts violated by the point `values`, one at most per row side of
/// `model`, derived with the column bounds `lower`/`upper` (which must hold for the whole
/// search). Returned unsorted, in the Cut form  Σ terms ≥ lower.
std::vector<Cut> separate_cover_cuts(const Model& model, const std::vector<double>& lower,
                                     const std::vector<double>& upper,
                                     const std::vector<double>& values,
                                     double minimum_efficacy = 1e-5);

}  // namespace mealplan::solver

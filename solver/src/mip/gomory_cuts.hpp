#pragma once
// Gomory mixed-integer cuts: inequalities read off the rows of an optimal simplex tableau
// whose basic variable is an integer column with a fractional value. Every integer point
// satisfies them; the current LP vertex does not, so adding them tightens the relaxation
// (its bound rises) without removing any integer solution. Branch and bound adds a few
// rounds of them at the root node.

#include <vector>

#include "lp/simplex.hpp"
#include "mip/cuts.hpp"
#include "solver/model.hpp"
#include "solver/options.hpp"

namespace mealplan::solver {

/// Separates Gomory mixed-integer cuts at the optimal vertex of `lp`, which was built from
/// `model` (its rows and the integrality of its columns) with the column bounds `lower` and
/// `upper` in force. Those bounds must be valid for the whole search (the root's), because
/// the cuts are derived from them. `options` limits the rows examined and the cuts kept
/// (the gomory_* and general limits of CutOptions). Returns the violated cuts, each scaled to a
/// largest coefficient of 1, unsorted.
std::vector<Cut> separate_gomory_cuts(const Model& model, const Simplex& lp,
                                      const std::vector<double>& lower,
                                      const std::vector<double>& upper,
                                      const CutOptions& options = {});

}  // namespace mealplan::solver

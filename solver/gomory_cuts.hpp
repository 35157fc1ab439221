#pragma once
// Gomory mixed-integer cuts: inequalities read off the rows of an optimal simplex tableau
// whose basic variable is an integer column with a fractional value. Every integer point
// satisfies them; the current LP vertex does not, so adding them tightens the relaxation
// (its bound rises) without removing any integer solution. Branch and bound adds a few
// rounds of them at the root node.

#include <vector>

#include "solver/cuts.hpp"
#include "solver/model.hpp"
#include "solver/simplex.hpp"

namespace mealplan::solver {

struct GomoryLimits : CutLimits {
    /// Rows whose basic value is within this of an integer are skipped: their cuts are
    /// weak and numerically delicate.
    double minimum_fraction = 0.01;
    int maximum_candidates = 500;  ///< fractional rows examined, most fractional first
};

/// Separates Gomory mixed-integer cuts at the optimal vertex of `lp`, which was built from
/// `model` (its rows and the integrality of its columns) with the column bounds `lower` and
/// `upper` in force. Those bounds must be valid for the whole search (the root's), because
/// the cuts are derived from them. Returns the violated cuts, each scaled to a largest
/// coefficient of 1, unsorted.
std::vector<Cut> separate_gomory_cuts(const Model& model, const Simplex& lp,
                                      const std::vector<double>& lower,
                                      const std::vector<double>& upper,
                                      const GomoryLimits& limits = {});

}  // namespace mealplan::solver

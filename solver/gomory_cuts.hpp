#pragma once
// Gomory mixed-integer cuts: inequalities read off the rows of an optimal simplex tableau
// whose basic variable is an integer column with a fractional value. Every integer point
// satisfies them; the current LP vertex does not, so adding them tightens the relaxation
// (its bound rises) without removing any integer solution. Branch and bound adds a few
// rounds of them at the root node.

#include <vector>

#include "solver/model.hpp"
#include "solver/simplex.hpp"

namespace mealplan::solver {

/// The cut  Σ terms ≥ lower  on the model's variables.
struct Cut {
    std::vector<Term> terms;
    double lower = 0.0;
    double efficacy = 0.0;  ///< distance of the LP point from the cut, (lower − a·x*) / ‖a‖
};

struct GomoryLimits {
    /// Rows whose basic value is within this of an integer are skipped: their cuts are
    /// weak and numerically delicate.
    double minimum_fraction = 0.01;
    /// Cuts whose largest and smallest coefficient differ more than this are refused.
    double maximum_dynamic_range = 1e6;
    double minimum_efficacy = 1e-5;
    /// Cuts with more than maximum_density · columns + 10 terms are refused: a few dense
    /// rows make every simplex iteration of the search slower than their bound gain pays
    /// back (measured on MIPLIB 3: qnet1_o 2.1 s without cuts, 18 s with dense cuts,
    /// 1.3 s with this limit).
    double maximum_density = 0.05;
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

/// Picks at most `count` cuts, most effective first, skipping any nearly parallel to one
/// already picked (they would cut off the same thing and make the LP degenerate).
std::vector<Cut> select_cuts(std::vector<Cut> cuts, int count);

}  // namespace mealplan::solver

#pragma once
// The branching rule: reliability branching. Candidates are scored by the product of their
// pseudo-cost estimates down and up; those whose pseudo-costs are not yet reliable are
// strong-branched (a few dual simplex iterations per side, warm from the node), which
// also records their pseudo-costs.

#include <vector>

#include "lp/simplex.hpp"
#include "mip/search_state.hpp"

namespace mealplan::solver {

/// The column to branch on among `fractional` (not empty) at a node of `depth` whose LP
/// `lp` has the optimum `values` with objective `objective` under bounds `lower`/`upper`.
/// Leaves `lp` as it found it.
int choose_branch(SearchState& search, Simplex& lp, int depth, const std::vector<double>& values,
                  const std::vector<int>& fractional, double objective,
                  const std::vector<double>& lower, const std::vector<double>& upper);

}  // namespace mealplan::solver

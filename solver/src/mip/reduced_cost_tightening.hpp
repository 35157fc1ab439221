#pragma once
// Reduced-cost bound tightening: an integer variable at its lower bound with reduced cost
// d > 0 raises the objective by d per unit it moves up, so in a subtree whose LP has the
// objective z it can move at most (cutoff − z) / d units before no better solution is
// possible (and likewise down from an upper bound).

#include <vector>

#include "lp/simplex.hpp"
#include "mip/node_queue.hpp"
#include "mip/search_state.hpp"

namespace mealplan::solver {

/// Tightens `lower`/`upper` of the integer columns at the optimum `values` (objective
/// `objective`) of `lp` against the incumbent's cutoff, and returns the changes; none
/// without an incumbent.
std::vector<BoundChange> tighten_by_reduced_costs(const SearchState& search, const Simplex& lp,
                                                  double objective,
                                                  const std::vector<double>& values,
                                                  std::vector<double>& lower,
                                                  std::vector<double>& upper);

}  // namespace mealplan::solver

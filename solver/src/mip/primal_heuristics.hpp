#pragma once
// Primal heuristics: ways to find integer solutions that the tree search would reach only
// late. Each works on the search's LP and leaves it (basis, bounds and eta file) as it
// found it; what it finds goes to the incumbent. A new heuristic goes here, with the node
// interval that runs it registered in MipOptions.

#include <vector>

#include "lp/simplex.hpp"
#include "mip/search_state.hpp"

namespace mealplan::solver {

/// Rounds the integer columns of the LP point `values` to the nearest integer and offers
/// the point when it is feasible.
void try_rounding(SearchState& search, const std::vector<double>& values);

/// Fixes every integer variable at its rounded LP value and re-optimises the continuous
/// ones: a quick repair when only the continuous part (e.g. slacks) needs to move.
void fix_and_resolve(SearchState& search, Simplex& lp, const std::vector<double>& values);

/// Up-diving guided by the LP from the node with bounds `lower`/`upper`: repeatedly raises
/// the lower bound of the integer variable with the largest fractional part to its ceiling
/// (for a "choose one" row this picks the option the LP likes most), propagates and
/// re-solves, until the LP solution is integral. A dead end is retried once in the other
/// direction before the dive gives up.
void dive(SearchState& search, Simplex& lp, const std::vector<double>& lower,
          const std::vector<double>& upper);

}  // namespace mealplan::solver

#pragma once
// Primal heuristics: ways to find integer solutions that the tree search would reach only
// late, and the schedule that runs them. Each works on the search's LP and leaves it
// (basis, bounds, costs and eta file) as it found it; what it finds goes to the incumbent.
// The simple ones are here; diving.hpp, feasibility_pump.hpp, sub_mip.hpp (RENS, RINS) and
// local_search.hpp hold the others. Their intervals and budgets are MipOptions fields.

#include <vector>

#include "lp/simplex.hpp"
#include "mip/search_state.hpp"
#include "mip/solution_source.hpp"

namespace mealplan::solver {

/// Rounds the integer columns of the point `values` to the nearest integer and offers the
/// point (as `source`) when it is feasible.
void try_rounding(SearchState& search, const std::vector<double>& values, SolutionSource source);

/// Fixes every integer variable at its rounded value in `values` (which may lie outside the
/// current node) and re-optimises the continuous ones on `lp`; offers the result as
/// `source`. A quick repair when only the continuous part (e.g. slacks) needs to move.
void fix_and_resolve(SearchState& search, Simplex& lp, const std::vector<double>& values,
                     SolutionSource source);

/// What the schedule needs to know about the node whose LP optimum `lp` holds.
struct HeuristicNode {
    const std::vector<double>& values;  ///< the LP optimum
    const std::vector<double>& lower;   ///< the node's bounds
    const std::vector<double>& upper;
    const std::vector<double>& global_lower;  ///< the search's bounds
    const std::vector<double>& global_upper;
};

/// Runs the heuristics due at this node: at the root every dive rule, the feasibility pump
/// while no solution is known, RENS and fix-and-resolve; below it a dive (the rules in
/// turn) every `mip.dive_every` nodes, RINS every `mip.rins_every` and fix-and-resolve
/// every `mip.fix_and_resolve_every`; rounding everywhere, and local search whenever the
/// incumbent is new. LP-based heuristics share an iteration budget: a share of all the
/// search's simplex iterations plus an allowance.
void run_primal_heuristics(SearchState& search, Simplex& lp, const HeuristicNode& node);

}  // namespace mealplan::solver

#pragma once
// Large-neighbourhood heuristics: fix part of the integer variables, presolve what is left
// and solve it as a MILP of its own with the same branch and bound, to a node budget,
// started from the search's LP basis (and incumbent, when it fits) and cut off at the
// incumbent's objective so that only improvements count.
//   RENS (Berthold 2009): fix the integers that are integral at an LP point and restrict
//        the others to their floor and ceiling: the best rounding of the LP point.
//   RINS (Danna, Rothberg and Le Pape 2005): fix the integers on which the LP point and
//        the incumbent agree: a better solution near both.
// Inside a sub-MIP neither runs again.

#include <vector>

#include "lp/simplex.hpp"
#include "mip/search_state.hpp"
#include "mip/solution_source.hpp"

namespace mealplan::solver {

/// RENS around the LP point `values` of `lp`, within the node bounds `lower`/`upper`.
void rens(SearchState& search, const Simplex& lp, const std::vector<double>& values,
          const std::vector<double>& lower, const std::vector<double>& upper);

/// RINS between the LP point `values` of `lp` and the incumbent, the unfixed variables
/// within the search's global bounds `lower`/`upper`. Does nothing without an incumbent or
/// when it would fix the same variables as the last time.
void rins(SearchState& search, const Simplex& lp, const std::vector<double>& values,
          const std::vector<double>& lower, const std::vector<double>& upper);

}  // namespace mealplan::solver

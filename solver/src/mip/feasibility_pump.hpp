#pragma once
// The objective feasibility pump (Fischetti, Glover and Lodi 2005; Achterberg and Berthold
// 2007): alternately round the LP point to the nearest integers and solve the LP that
// minimises the distance to that rounding (the sum of how far each integer variable whose
// rounded value sits at a bound moved off it), blended with the objective, whose weight
// shrinks each round. When the LP point is integral the continuous part is re-optimised
// with the true objective and offered. A rounding seen before is perturbed by flipping the
// variables furthest from it, with a seeded generator, so the pump is deterministic.

#include <vector>

#include "lp/simplex.hpp"
#include "mip/search_state.hpp"

namespace mealplan::solver {

/// Pumps from the LP optimum `lp` of a node with bounds `lower`/`upper` for at most
/// `mip.pump_rounds` rounds and `iteration_budget` simplex iterations. Leaves `lp` (costs,
/// basis and bounds) as it found it.
void feasibility_pump(SearchState& search, Simplex& lp, const std::vector<double>& lower,
                      const std::vector<double>& upper, long long iteration_budget);

}  // namespace mealplan::solver

#pragma once
// The control of the root's cutting planes: rounds of Gomory, knapsack cover and MIR cuts.
// Each round adds the most effective violated cuts as rows (their logicals join the basis,
// so the dual simplex re-optimises warm); the loop stops when rounds keep lifting the
// bound by little, and cuts left slack at the end are dropped again so that every node's
// LP stays small.

#include "mip/search_state.hpp"

namespace mealplan::solver {

/// Runs the cut rounds on the search's optimal root LP, replacing `search.lp` and
/// `search.cut_model` by the LP and model with the kept cuts, and the propagator by one on
/// that model. The root's integer bounds (those applied to the LP) must hold for the
/// whole search.
void add_root_cuts(SearchState& search);

}  // namespace mealplan::solver

#pragma once
// Local search around the incumbent (1-opt and 2-opt on the integer variables): moves that
// keep every row satisfied and lower the objective are made until none is left.
//   shift  one integer variable by ±1 (a binary flips);
//   swap   in an equality row whose terms are all 1 on binaries (choose exactly one),
//          the variable at 1 goes to 0 and another goes to 1.
// A continuous variable that appears in only one row follows its row: after a move it
// takes the cheapest values that keep the row satisfied (an LP with one row, solved
// greedily), so a swap that moves an equality row is paid for by its slack variables.
// Other continuous variables keep their values during the moves; at the end the continuous
// part is re-optimised with the integers fixed, and the point is offered. The same moves
// also repair an infeasible point (repair()).

#include <vector>

#include "lp/simplex.hpp"
#include "mip/search_state.hpp"

namespace mealplan::solver {

/// Improves the incumbent (if there is one) by at most `mip.local_search_moves` evaluated
/// moves, then re-solves its continuous part on `lp`, which it leaves as it found it.
void local_search(SearchState& search, Simplex& lp);

/// Iterated local search: `mip.perturbation_rounds` times, a copy of the best point found
/// so far (at first the incumbent) has a few choice rows changed at random (seeded), is
/// repaired and improved by the moves, and replaces the best when it is better; each new
/// best is offered at once. Returns whether the incumbent changed. Leaves `lp` as it found
/// it.
bool perturbation_search(SearchState& search, Simplex& lp);

/// Repair: from `point` (an LP point) rounded, each choice row taking its largest value,
/// the same moves minimise the rows' violations, each weighted by how long it has resisted
/// (as in Feasibility Jump, Luteberget and Sartor 2023), for at most `mip.repair_moves`
/// evaluated moves. A point that satisfies every row has its continuous part re-solved on
/// `lp` and is offered.
void repair(SearchState& search, Simplex& lp, const std::vector<double>& point);

}  // namespace mealplan::solver

#pragma once
// Diving heuristics: from a node's LP optimum, repeatedly bound one fractional integer
// variable towards an integer, propagate and re-solve, until the LP optimum is integral (a
// solution) or the dive runs into infeasibility, the cutoff or its budget. The rules differ
// in which variable they bound and in which direction:
//   up          the largest fractional part, up: for a "choose one" row this takes the
//               option the LP likes most, and the row's propagation fixes the rest;
//   fractional  the variable nearest to an integer, to that integer;
//   coefficient the variable with the fewest rows that rounding it could violate (locks),
//               in the direction with fewer locks;
//   guided      towards the incumbent: the variable nearest to its incumbent value.
// A dead end is retried once in the other direction before the dive gives up.

#include <vector>

#include "lp/simplex.hpp"
#include "mip/search_state.hpp"
#include "mip/solution_source.hpp"

namespace mealplan::solver {

enum class DiveRule { Up, Fractional, Coefficient, Guided };

SolutionSource source_of(DiveRule rule);

/// Dives by `rule` from the node whose bounds are `lower`/`upper` and whose LP optimum `lp`
/// holds, spending at most `iteration_budget` simplex iterations; offers an integral LP
/// optimum to the incumbent. Leaves `lp` as it found it. The guided rule needs an
/// incumbent (without one the dive does nothing). Returns the last LP point of a dive that
/// ended without a solution (nearly integral after a long dive, a start for repair), and
/// the number of its bound changes in `depth`; empty when it found one.
std::vector<double> dive(SearchState& search, Simplex& lp, const std::vector<double>& lower,
                         const std::vector<double>& upper, DiveRule rule,
                         long long iteration_budget, int& depth);

}  // namespace mealplan::solver

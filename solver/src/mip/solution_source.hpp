#pragma once
// What found a solution of a MILP: the caller's start, the tree search, or one of the
// primal heuristics. The search keeps a tally per source (calls, work, solutions found)
// and logs it, which is how each heuristic is measured.

#include <array>
#include <cstddef>
#include <string_view>

namespace mealplan::solver {

enum class SolutionSource {
    Start,          ///< SolveOptions::initial_solution
    Tree,           ///< a node's LP optimum was integral
    Rounding,       ///< an LP point rounded to the nearest integers
    FixAndResolve,  ///< the integers rounded and fixed, the continuous part re-solved
    UpDive,         ///< diving.hpp, each rule
    FractionalDive,
    CoefficientDive,
    GuidedDive,
    FeasibilityPump,  ///< feasibility_pump.hpp
    Rens,             ///< sub_mip.hpp
    Rins,
    LocalSearch,   ///< local_search.hpp, improving the incumbent
    Repair,        ///< local_search.hpp, from an infeasible point
    Perturbation,  ///< local_search.hpp, iterated local search
};

inline constexpr std::size_t kSolutionSources = 14;

std::string_view to_string(SolutionSource source);

/// The work of one heuristic in one search (the solutions it found are the incumbent's
/// count).
struct SourceTally {
    long long calls = 0;
    long long iterations = 0;  ///< simplex iterations it spent
    long long nodes = 0;       ///< sub-MIP nodes it spent
};

using SourceTallies = std::array<SourceTally, kSolutionSources>;

}  // namespace mealplan::solver

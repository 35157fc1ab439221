#pragma once
// What the parts of one branch-and-bound search share: the model and options, the LP every
// node re-optimises warm (with the root's cuts as extra rows), the propagator, the
// incumbent, the pseudo-costs and the counters. The search loop (branch_and_bound.cpp)
// owns it; the root cut rounds, the branching rule and the primal heuristics work on it.

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "log.hpp"
#include "lp/simplex.hpp"
#include "mip/domain_propagation.hpp"
#include "mip/incumbent.hpp"
#include "mip/pseudo_costs.hpp"
#include "mip/solution_source.hpp"
#include "solver/model.hpp"
#include "solver/options.hpp"
#include "solver/solve.hpp"

namespace mealplan::solver {

struct SearchState {
    /// `model` must be valid and have integer variables; model and options outlive this.
    SearchState(const Model& model, const SolveOptions& options,
                std::chrono::steady_clock::time_point deadline);
    SearchState(const SearchState&) = delete;  // its parts refer to one another
    SearchState& operator=(const SearchState&) = delete;

    /// Whether the interrupt flag, a limit or the deadline says stop; sets `status` to the
    /// reason.
    bool stop_requested(ModelStatus& status) const;
    /// Gives `lp` the integer columns' bounds that differ from those it has.
    void apply_bounds(Simplex& lp, const std::vector<double>& lower,
                      const std::vector<double>& upper);
    /// Re-optimises `lp` and counts its iterations.
    LpStatus solve(Simplex& lp);
    /// The work tally of one heuristic.
    SourceTally& tally(SolutionSource source) { return tallies[static_cast<std::size_t>(source)]; }

    const Model& model;  ///< candidate solutions are always checked against this one
    const SolveOptions& options;
    const SimplexLimits lp_limits;  ///< the deadline and interrupt flag of every LP
    const Logger log;
    const std::vector<int> integers;  ///< the integer columns, in order
    /// The model the LP and the propagation work on: the original rows plus the root's cuts.
    Model cut_model;
    std::optional<DomainPropagator> propagator;
    Incumbent incumbent;
    PseudoCosts pseudo_costs;
    std::unique_ptr<Simplex> lp;  ///< replaced when the root's cuts are added
    Basis root_basis;             ///< the root LP's optimal basis before cuts (empty until solved)
    std::vector<double> applied_lower, applied_upper;  ///< bounds currently in the LP
    /// For each column, the rows that lowering (down) or raising (up) it could violate.
    const std::vector<int> down_locks, up_locks;
    long long nodes = 0;
    long long iterations = 0;
    long long strong_iterations = 0;
    long long heuristic_iterations = 0;  ///< spent by the primal heuristics, sub-MIPs included
    SourceTallies tallies{};
    std::size_t next_dive = 0;           ///< the dive rule whose turn is next in the tree
    long long local_search_version = 0;  ///< the incumbent version local search last saw
    std::uint64_t last_rins_fingerprint = 0;
};

}  // namespace mealplan::solver

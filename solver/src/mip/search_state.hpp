#pragma once
// What the parts of one branch-and-bound search share: the model and options, the LP every
// node re-optimises warm (with the root's cuts as extra rows), the propagator, the
// incumbent, the pseudo-costs and the counters. The search loop (branch_and_bound.cpp)
// owns it; the root cut rounds, the branching rule and the primal heuristics work on it.

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

#include "log.hpp"
#include "lp/simplex.hpp"
#include "mip/domain_propagation.hpp"
#include "mip/incumbent.hpp"
#include "mip/pseudo_costs.hpp"
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
    long long nodes = 0;
    long long iterations = 0;
    long long strong_iterations = 0;
};

}  // namespace mealplan::solver

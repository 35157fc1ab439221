#include "mip/sub_mip.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "lp/solve_lp.hpp"
#include "mip/branch_and_bound.hpp"
#include "presolve/presolve.hpp"

namespace mealplan::solver {
namespace {

// Solves the search's model (with its root cuts) under the integer bounds `lower`/`upper`
// as a MILP of its own, to `node_limit` nodes; offers what it finds as `source`.
void solve_neighbourhood(SearchState& search, const Simplex& lp, const std::vector<double>& lower,
                         const std::vector<double>& upper, long long node_limit,
                         SolutionSource source) {
    // Copying and presolving the model is work of its own: none once the search must stop.
    ModelStatus ignored;
    if (search.stop_requested(ignored)) return;
    SourceTally& tally = search.tally(source);
    ++tally.calls;
    Model sub = search.cut_model;
    for (const int j : search.integers) {
        sub.variables[j].lower = lower[j];
        sub.variables[j].upper = upper[j];
    }
    const Presolved presolved = presolve(sub, presolve_settings(search.options, true));
    if (presolved.infeasible) return;
    const Postsolve& postsolve = presolved.postsolve;

    SolveOptions options = search.options;
    options.node_limit = node_limit;
    options.iteration_limit = -1;
    options.log = {};
    options.verbosity = 0;
    options.mip.rens_nodes = 0;
    options.mip.rins_every = 0;
    options.initial_solution.clear();
    options.initial_basis = postsolve.reduce_basis(to_lp_basis(lp.basis(), sub.variable_count()));
    // The incumbent, when it lies in the neighbourhood, starts the sub-MIP (and so cuts it
    // off); otherwise its objective is the cutoff.
    double cutoff = kInfinity;
    if (search.incumbent.has_solution()) {
        const std::vector<double>& incumbent = search.incumbent.values();
        const bool inside = std::all_of(search.integers.begin(), search.integers.end(), [&](int j) {
            return incumbent[j] >= lower[j] && incumbent[j] <= upper[j];
        });
        if (inside) {
            options.initial_solution = postsolve.reduce_values(incumbent);
        } else {
            cutoff = search.incumbent.in_model_sense(search.incumbent.value());
        }
    }
    const auto deadline = search.lp_limits.deadline;
    const SolveResult result = presolved.model.has_integers()
                                   ? solve_mip(presolved.model, options, deadline, cutoff)
                                   : solve_lp(presolved.model, options, deadline);
    tally.nodes += result.nodes;
    tally.iterations += result.simplex_iterations;
    search.iterations += result.simplex_iterations;
    if (result.has_solution)
        search.incumbent.offer(postsolve.values(result.values), search.nodes, source);
}

// The share of the integer columns that `fixed` says are fixed.
double share(const std::vector<char>& fixed, std::size_t integers) {
    const auto count = std::count(fixed.begin(), fixed.end(), 1);
    return integers == 0 ? 0.0 : static_cast<double>(count) / static_cast<double>(integers);
}

}  // namespace

void rens(SearchState& search, const Simplex& lp, const std::vector<double>& values,
          const std::vector<double>& node_lower, const std::vector<double>& node_upper) {
    const MipOptions& options = search.options.mip;
    if (options.rens_nodes <= 0) return;
    std::vector<double> lower = node_lower, upper = node_upper;
    std::vector<char> fixed;
    for (const int j : search.integers) {
        const double value = values[j];
        const bool integral =
            std::abs(value - std::round(value)) <= search.options.integrality_tolerance;
        fixed.push_back(integral ? 1 : 0);
        lower[j] = std::max(lower[j], integral ? std::round(value) : std::floor(value));
        upper[j] = std::min(upper[j], integral ? std::round(value) : std::ceil(value));
    }
    if (share(fixed, search.integers.size()) < options.rens_minimum_fixed) return;
    solve_neighbourhood(search, lp, lower, upper, options.rens_nodes, SolutionSource::Rens);
}

void rins(SearchState& search, const Simplex& lp, const std::vector<double>& values,
          const std::vector<double>& global_lower, const std::vector<double>& global_upper) {
    const MipOptions& options = search.options.mip;
    if (options.rins_nodes <= 0 || !search.incumbent.has_solution()) return;
    const std::vector<double>& incumbent = search.incumbent.values();
    std::vector<double> lower = global_lower, upper = global_upper;
    std::vector<char> fixed;
    std::uint64_t fingerprint = 1469598103934665603ULL;
    for (const int j : search.integers) {
        const bool agree =
            std::abs(values[j] - incumbent[j]) <= search.options.integrality_tolerance;
        fixed.push_back(agree ? 1 : 0);
        if (!agree) continue;
        lower[j] = upper[j] = incumbent[j];
        fingerprint = (fingerprint ^ static_cast<std::uint64_t>(j)) * 1099511628211ULL;
    }
    fingerprint ^= static_cast<std::uint64_t>(search.incumbent.version());
    if (fingerprint == search.last_rins_fingerprint) return;
    search.last_rins_fingerprint = fingerprint;
    if (share(fixed, search.integers.size()) < options.rins_minimum_fixed) return;
    solve_neighbourhood(search, lp, lower, upper, options.rins_nodes, SolutionSource::Rins);
}

}  // namespace mealplan::solver

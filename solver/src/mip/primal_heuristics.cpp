#include "mip/primal_heuristics.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "mip/diving.hpp"
#include "mip/feasibility_pump.hpp"
#include "mip/local_search.hpp"
#include "mip/sub_mip.hpp"
#include "solution_check.hpp"

namespace mealplan::solver {
namespace {

// The dive rules a search may use, in the order the root runs them and the tree takes
// turns with them.
constexpr std::array<DiveRule, 4> kDiveRules = {DiveRule::Up, DiveRule::Fractional,
                                                DiveRule::Coefficient, DiveRule::Guided};

bool enabled(const MipOptions& options, DiveRule rule) {
    switch (rule) {
        case DiveRule::Up:
            return options.dive_up;
        case DiveRule::Fractional:
            return options.dive_fractional;
        case DiveRule::Coefficient:
            return options.dive_coefficient;
        case DiveRule::Guided:
            return options.dive_guided;
    }
    return false;
}

// The simplex iterations the LP-based heuristics may still spend.
long long iterations_left(const SearchState& search) {
    const MipOptions& options = search.options.mip;
    const double allowed =
        options.heuristic_iteration_share * static_cast<double>(search.iterations) +
        static_cast<double>(options.heuristic_iteration_allowance);
    return static_cast<long long>(allowed) - search.heuristic_iterations;
}

// Runs `heuristic` when the budget allows and books its iterations to the heuristics.
template <typename Heuristic>
void within_budget(SearchState& search, Heuristic&& heuristic) {
    const long long left = iterations_left(search);
    if (left <= 0) return;
    ModelStatus ignored;
    if (search.stop_requested(ignored)) return;
    const long long before = search.iterations;
    heuristic(left);
    search.heuristic_iterations += search.iterations - before;
}

// A dive may take this many iterations at most: a few times the row count, so that a dive
// that wanders costs no more than a few nodes.
long long dive_limit(const SearchState& search, long long left) {
    return std::min(left, std::max<long long>(2000, 4LL * search.model.row_count()));
}

}  // namespace

void try_rounding(SearchState& search, const std::vector<double>& values, SolutionSource source) {
    std::vector<double> rounded = values;
    for (const int j : search.integers) rounded[j] = std::round(rounded[j]);
    if (max_violation(search.model, rounded, true) <= search.options.feasibility_tolerance) {
        search.incumbent.offer(rounded, search.nodes, source);
    }
}

void fix_and_resolve(SearchState& search, Simplex& lp, const std::vector<double>& values,
                     SolutionSource source) {
    const auto snapshot = lp.snapshot();
    for (const int j : search.integers) {
        const double value = std::round(values[j]);
        lp.set_column_bounds(j, value, value);
    }
    // Only the continuous part moves: a few times the row count is plenty, and a repair
    // that needs more is not worth its time.
    lp.set_iteration_limit(std::max<long long>(1000, 2 * search.model.row_count()));
    const long long before = search.iterations;
    const LpStatus status = search.solve(lp);
    search.tally(source).iterations += search.iterations - before;
    if (status == LpStatus::Optimal && lp.objective() < search.incumbent.cutoff()) {
        search.incumbent.offer(lp.column_values(), search.nodes, source);
    }
    lp.set_iteration_limit(-1);
    lp.restore(snapshot);
}

namespace {

// Local search on the incumbent when it is new since local search last saw it.
void improve_new_incumbent(SearchState& search, Simplex& lp) {
    if (search.incumbent.version() == search.local_search_version) return;
    const long long before = search.iterations;
    local_search(search, lp);
    search.heuristic_iterations += search.iterations - before;
    search.local_search_version = search.incumbent.version();
}

// A dive by `rule`; while no solution is known, a failed dive's last point is repaired.
void dive_and_repair(SearchState& search, Simplex& lp, const HeuristicNode& node, DiveRule rule) {
    std::vector<double> last;
    within_budget(search, [&](long long left) {
        int depth = 0;
        last = dive(search, lp, node.lower, node.upper, rule, dive_limit(search, left), depth);
    });
    if (!search.incumbent.has_solution() && !last.empty()) repair(search, lp, last);
    improve_new_incumbent(search, lp);
}

void fix_and_resolve_node(SearchState& search, Simplex& lp, const HeuristicNode& node) {
    within_budget(search, [&](long long) {
        ++search.tally(SolutionSource::FixAndResolve).calls;
        fix_and_resolve(search, lp, node.values, SolutionSource::FixAndResolve);
    });
}

// The root: the cheap repairs, the first dive and RENS, then the other dives; the pump and
// a repair of the LP point only while nothing has been found. Each new solution is
// improved by local search at once.
void run_root_heuristics(SearchState& search, Simplex& lp, const HeuristicNode& node) {
    const MipOptions& options = search.options.mip;
    fix_and_resolve_node(search, lp, node);
    if (!search.incumbent.has_solution()) repair(search, lp, node.values);
    improve_new_incumbent(search, lp);
    // Iterated local search starts again from its own improvement while it finds one.
    for (int call = 0; call < options.perturbation_calls && perturbation_search(search, lp);
         ++call) {
        improve_new_incumbent(search, lp);
    }
    improve_new_incumbent(search, lp);
    bool first = true;
    for (const DiveRule rule : kDiveRules) {
        if (!enabled(options, rule)) continue;
        dive_and_repair(search, lp, node, rule);
        if (!first) continue;
        first = false;
        const long long before = search.iterations;
        rens(search, lp, node.values, node.lower, node.upper);
        search.heuristic_iterations += search.iterations - before;
        improve_new_incumbent(search, lp);
    }
    if (!search.incumbent.has_solution() && options.pump_rounds > 0) {
        within_budget(search, [&](long long left) {
            feasibility_pump(search, lp, node.lower, node.upper, left);
        });
        improve_new_incumbent(search, lp);
    }
}

// Below the root: a dive (the rules in turn) every `dive_every` nodes, RINS every
// `rins_every`, fix-and-resolve every `fix_and_resolve_every`.
void run_tree_heuristics(SearchState& search, Simplex& lp, const HeuristicNode& node) {
    const MipOptions& options = search.options.mip;
    if (search.nodes % options.dive_every == 0) {
        for (std::size_t tries = 0; tries < kDiveRules.size(); ++tries) {
            const DiveRule rule = kDiveRules[search.next_dive++ % kDiveRules.size()];
            if (!enabled(options, rule)) continue;
            if (rule == DiveRule::Guided && !search.incumbent.has_solution()) continue;
            dive_and_repair(search, lp, node, rule);
            break;
        }
    }
    if (options.rins_every > 0 && search.nodes % options.rins_every == 0) {
        const long long before = search.iterations;
        rins(search, lp, node.values, node.global_lower, node.global_upper);
        search.heuristic_iterations += search.iterations - before;
    }
    if (search.nodes % options.fix_and_resolve_every == 0) fix_and_resolve_node(search, lp, node);
    improve_new_incumbent(search, lp);
}

}  // namespace

void run_primal_heuristics(SearchState& search, Simplex& lp, const HeuristicNode& node) {
    try_rounding(search, node.values, SolutionSource::Rounding);
    if (search.nodes == 1) {
        run_root_heuristics(search, lp, node);
    } else {
        run_tree_heuristics(search, lp, node);
    }
}

}  // namespace mealplan::solver

#include "mip/primal_heuristics.hpp"

#include <algorithm>
#include <cmath>

#include "solution_check.hpp"

namespace mealplan::solver {

void try_rounding(SearchState& search, const std::vector<double>& values) {
    std::vector<double> rounded = values;
    for (const int j : search.integers) rounded[j] = std::round(rounded[j]);
    if (max_violation(search.model, rounded, true) <= search.options.feasibility_tolerance) {
        search.incumbent.offer(rounded, search.nodes);
    }
}

void fix_and_resolve(SearchState& search, Simplex& lp, const std::vector<double>& values) {
    const auto snapshot = lp.snapshot();
    for (const int j : search.integers) {
        const double value =
            std::clamp(std::round(values[j]), search.applied_lower[j], search.applied_upper[j]);
        lp.set_column_bounds(j, value, value);
    }
    // Only the continuous part moves: a few times the row count is plenty, and a repair
    // that needs more is not worth its time.
    lp.set_iteration_limit(std::max<long long>(1000, 2 * search.model.row_count()));
    const LpStatus status = search.solve(lp);
    if (status == LpStatus::Optimal && lp.objective() < search.incumbent.cutoff()) {
        search.incumbent.offer(lp.column_values(), search.nodes);
    }
    lp.set_iteration_limit(-1);
    lp.restore(snapshot);
}

void dive(SearchState& search, Simplex& lp, const std::vector<double>& node_lower,
          const std::vector<double>& node_upper) {
    const auto snapshot = lp.snapshot();
    const std::vector<double> saved_lower = search.applied_lower;
    const std::vector<double> saved_upper = search.applied_upper;
    std::vector<double> lower = node_lower, upper = node_upper;
    // Each step changes one bound, so the re-solves are short; the limit keeps a dive that
    // wanders from costing more than a few nodes.
    lp.set_iteration_limit(std::max<long long>(2000, 4 * search.model.row_count()));
    auto step = [&](int column, bool up, double value) {
        std::vector<double> trial_lower = lower, trial_upper = upper;
        if (up) {
            trial_lower[column] = std::ceil(value);
        } else {
            trial_upper[column] = std::floor(value);
        }
        if (!search.propagator->propagate(trial_lower, trial_upper, {column})) return false;
        search.apply_bounds(lp, trial_lower, trial_upper);
        const LpStatus status = search.solve(lp);
        if (status != LpStatus::Optimal || lp.objective() >= search.incumbent.cutoff()) {
            return false;
        }
        lower = std::move(trial_lower);
        upper = std::move(trial_upper);
        return true;
    };
    for (int depth = 0; depth < search.options.mip.dive_depth; ++depth) {
        ModelStatus ignored;
        if (search.stop_requested(ignored)) break;
        const std::vector<double> values = lp.column_values();
        int best = -1;
        double best_fraction = -1.0;
        for (const int j : search.integers) {
            const double fraction = values[j] - std::floor(values[j]);
            const bool fractional =
                std::abs(values[j] - std::round(values[j])) > search.options.integrality_tolerance;
            if (fractional && fraction > best_fraction) {
                best_fraction = fraction;
                best = j;
            }
        }
        if (best < 0) {
            search.incumbent.offer(values, search.nodes);
            break;
        }
        if (!step(best, true, values[best]) && !step(best, false, values[best])) break;
    }
    lp.set_iteration_limit(-1);
    lp.restore(snapshot);
    search.applied_lower = saved_lower;
    search.applied_upper = saved_upper;
}

}  // namespace mealplan::solver

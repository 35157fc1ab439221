#include "mip/diving.hpp"

#include <cmath>

namespace mealplan::solver {
namespace {

struct DiveStep {
    int column = -1;  ///< -1: the LP optimum is integral
    bool up = false;
};

// The variable to bound next under `rule`, among the fractional integer columns of `values`.
DiveStep choose(const SearchState& search, DiveRule rule, const std::vector<double>& values) {
    const double tolerance = search.options.integrality_tolerance;
    const std::vector<double>* incumbent =
        search.incumbent.has_solution() ? &search.incumbent.values() : nullptr;
    DiveStep best;
    double best_score = -kInfinity;
    for (const int j : search.integers) {
        const double value = values[j];
        if (std::abs(value - std::round(value)) <= tolerance) continue;
        const double down = value - std::floor(value);  // distance to the floor
        const double up = 1.0 - down;
        bool go_up = false;
        double score = 0.0;  // larger is better
        switch (rule) {
            case DiveRule::Up:
                // Binaries first, each up; general integers, once no binary is fractional,
                // to the nearer integer (rounding a count up is rarely what the LP wants).
                if (search.model.variables[j].lower >= 0.0 &&
                    search.model.variables[j].upper <= 1.0) {
                    go_up = true;
                    score = 1.0 + down;
                } else {
                    go_up = up < down;
                    score = -std::min(down, up);
                }
                break;
            case DiveRule::Fractional:
                go_up = up < down;
                score = -std::min(down, up);
                break;
            case DiveRule::Coefficient: {
                const int down_locks = search.down_locks[j], up_locks = search.up_locks[j];
                go_up = up_locks < down_locks || (up_locks == down_locks && up < down);
                const int locks = go_up ? up_locks : down_locks;
                score = -static_cast<double>(locks) - (go_up ? up : down);
                break;
            }
            case DiveRule::Guided: {
                const double target = (*incumbent)[j];
                go_up = target >= value;
                score = -std::abs(target - value);
                break;
            }
        }
        if (score > best_score) {
            best_score = score;
            best = {j, go_up};
        }
    }
    return best;
}

}  // namespace

SolutionSource source_of(DiveRule rule) {
    switch (rule) {
        case DiveRule::Up:
            return SolutionSource::UpDive;
        case DiveRule::Fractional:
            return SolutionSource::FractionalDive;
        case DiveRule::Coefficient:
            return SolutionSource::CoefficientDive;
        case DiveRule::Guided:
            return SolutionSource::GuidedDive;
    }
    return SolutionSource::UpDive;
}

std::vector<double> dive(SearchState& search, Simplex& lp, const std::vector<double>& node_lower,
                         const std::vector<double>& node_upper, DiveRule rule,
                         long long iteration_budget, int& depth) {
    depth = 0;
    if (rule == DiveRule::Guided && !search.incumbent.has_solution()) return {};
    const SolutionSource source = source_of(rule);
    SourceTally& tally = search.tally(source);
    ++tally.calls;
    const auto snapshot = lp.snapshot();
    const std::vector<double> saved_lower = search.applied_lower;
    const std::vector<double> saved_upper = search.applied_upper;
    std::vector<double> lower = node_lower, upper = node_upper;
    const long long start_iterations = search.iterations;
    auto spent = [&] { return search.iterations - start_iterations; };
    // Tries one bound change; keeps it when the LP stays feasible below the cutoff.
    auto step = [&](int column, bool up, double value) {
        std::vector<double> trial_lower = lower, trial_upper = upper;
        if (up) {
            trial_lower[column] = std::ceil(value);
        } else {
            trial_upper[column] = std::floor(value);
        }
        if (!search.propagator->propagate(trial_lower, trial_upper, {column})) return false;
        search.apply_bounds(lp, trial_lower, trial_upper);
        lp.set_iteration_limit(std::max<long long>(1, iteration_budget - spent()));
        const LpStatus status = search.solve(lp);
        if (status != LpStatus::Optimal || lp.objective() >= search.incumbent.cutoff()) {
            return false;
        }
        lower = std::move(trial_lower);
        upper = std::move(trial_upper);
        return true;
    };
    std::vector<double> last;
    for (; depth < search.options.mip.dive_depth && spent() < iteration_budget; ++depth) {
        ModelStatus ignored;
        if (search.stop_requested(ignored)) break;
        std::vector<double> values = lp.column_values();
        const DiveStep next = choose(search, rule, values);
        if (next.column < 0) {
            search.incumbent.offer(values, search.nodes, source);
            last.clear();
            break;
        }
        const double value = values[next.column];
        last = std::move(values);
        if (!step(next.column, next.up, value) && !step(next.column, !next.up, value)) break;
    }
    tally.iterations += spent();
    lp.set_iteration_limit(-1);
    lp.restore(snapshot);
    search.applied_lower = saved_lower;
    search.applied_upper = saved_upper;
    return last;
}

}  // namespace mealplan::solver

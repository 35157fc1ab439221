#include "mip/branching.hpp"

#include <algorithm>
#include <cmath>

namespace mealplan::solver {
namespace {

// A floor on each side's score, so that a side with no gain still ranks candidates by
// the other side.
constexpr double kScoreFloor = 1e-6;
// Strong branching may use about half of all simplex iterations (and this many more, so
// that the first nodes can strong-branch at all).
constexpr long long kStrongIterationAllowance = 5000;

// The gains of branching `column` down and up, by a few dual iterations each.
void strong_branch(SearchState& search, Simplex& lp, int column, double value, double objective,
                   const std::vector<double>& lower, const std::vector<double>& upper,
                   double (&gains)[2]) {
    const auto snapshot = lp.snapshot();
    for (int direction = 0; direction < 2; ++direction) {
        if (direction == 0) {
            lp.set_column_bounds(column, lower[column], std::floor(value));
        } else {
            lp.set_column_bounds(column, std::ceil(value), upper[column]);
        }
        lp.set_iteration_limit(search.options.mip.strong_iterations);
        const LpStatus status = lp.solve();
        search.strong_iterations += lp.last_iterations();
        search.iterations += lp.last_iterations();
        const double distance =
            direction == 0 ? value - std::floor(value) : std::ceil(value) - value;
        if (status == LpStatus::Infeasible) {
            gains[direction] = kInfinity;
        } else if (status == LpStatus::Optimal || status == LpStatus::IterationLimit) {
            gains[direction] = std::max(0.0, lp.objective() - objective);
            search.pseudo_costs.record(column, direction, gains[direction] / distance);
        }
        lp.restore(snapshot);
    }
    lp.set_iteration_limit(-1);
}

}  // namespace

int choose_branch(SearchState& search, Simplex& lp, int depth, const std::vector<double>& values,
                  const std::vector<int>& fractional, double objective,
                  const std::vector<double>& lower, const std::vector<double>& upper) {
    const MipOptions& options = search.options.mip;
    struct Candidate {
        int column;
        double score;
    };
    std::vector<Candidate> candidates;
    for (const int j : fractional) {
        const double down = values[j] - std::floor(values[j]);
        const double up = 1.0 - down;
        const double score = std::max(search.pseudo_costs.estimate(j, 0) * down, kScoreFloor) *
                             std::max(search.pseudo_costs.estimate(j, 1) * up, kScoreFloor);
        candidates.push_back({j, score});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });

    const bool budget = depth <= options.strong_depth &&
                        search.strong_iterations <= (search.iterations - search.strong_iterations) +
                                                        kStrongIterationAllowance;
    int strong_done = 0;
    int best = candidates.front().column;
    double best_score = -1.0;
    for (Candidate& candidate : candidates) {
        const int j = candidate.column;
        const bool reliable = search.pseudo_costs.reliable(j, options.reliability);
        if (!reliable && budget && strong_done < options.strong_candidates) {
            ++strong_done;
            double gains[2] = {0.0, 0.0};
            strong_branch(search, lp, j, values[j], objective, lower, upper, gains);
            candidate.score = std::max(std::min(gains[0], 1e30), kScoreFloor) *
                              std::max(std::min(gains[1], 1e30), kScoreFloor);
        }
        if (candidate.score > best_score) {
            best_score = candidate.score;
            best = j;
        }
    }
    return best;
}

}  // namespace mealplan::solver

#include "mip/feasibility_pump.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <deque>
#include <numeric>

#include "mip/primal_heuristics.hpp"

namespace mealplan::solver {
namespace {

// The objective's weight starts at 1 and shrinks by this factor each round.
constexpr double kObjectiveDecay = 0.9;
// Roundings remembered to recognise a longer cycle.
constexpr std::size_t kRememberedRoundings = 5;
// A repeated rounding flips between this many and twice as many variables.
constexpr int kFewestFlips = 10;

// SplitMix64, seeded per pump: a fixed sequence on every machine.
class Random {
  public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform(double low, double high) {
        return low + (high - low) * static_cast<double>(next() >> 11) / 9007199254740992.0;
    }

  private:
    std::uint64_t state_;
};

std::uint64_t fingerprint(const std::vector<int>& integers, const std::vector<double>& rounded) {
    std::uint64_t hash = 1469598103934665603ULL;
    for (const int j : integers) {
        hash = (hash ^ static_cast<std::uint64_t>(static_cast<std::int64_t>(rounded[j]))) *
               1099511628211ULL;
    }
    return hash;
}

// Moves rounded[j] one step towards the LP value (a binary flips).
void flip(double lp_value, double lower, double upper, double& rounded) {
    if (lp_value > rounded) {
        rounded = std::min(upper, rounded + 1.0);
    } else if (lp_value < rounded) {
        rounded = std::max(lower, rounded - 1.0);
    } else {
        rounded = rounded > lower ? rounded - 1.0 : std::min(upper, rounded + 1.0);
    }
}

}  // namespace

void feasibility_pump(SearchState& search, Simplex& lp, const std::vector<double>& lower,
                      const std::vector<double>& upper, long long iteration_budget) {
    SourceTally& tally = search.tally(SolutionSource::FeasibilityPump);
    ++tally.calls;
    const std::vector<int>& integers = search.integers;
    const std::vector<double> costs = lp.minimisation_costs();
    const double cost_norm =
        std::sqrt(std::inner_product(costs.begin(), costs.end(), costs.begin(), 0.0));
    const double objective_scale =
        cost_norm > 0.0 ? std::sqrt(static_cast<double>(integers.size())) / cost_norm : 0.0;
    const auto snapshot = lp.snapshot();
    const long long start_iterations = search.iterations;
    const long long start_version = search.incumbent.version();
    auto spent = [&] { return search.iterations - start_iterations; };
    Random random(static_cast<std::uint64_t>(search.nodes) * 7919 + integers.size());

    std::vector<double> point = lp.column_values();
    std::vector<double> rounded(point.size(), 0.0);
    for (const int j : integers) rounded[j] = std::clamp(std::round(point[j]), lower[j], upper[j]);
    std::deque<std::uint64_t> seen;
    double weight = 1.0;
    std::vector<double> pump_costs(costs.size());
    for (int round = 0; round < search.options.mip.pump_rounds && spent() < iteration_budget;
         ++round) {
        ModelStatus ignored;
        if (search.stop_requested(ignored)) break;
        weight *= kObjectiveDecay;
        for (std::size_t j = 0; j < costs.size(); ++j)
            pump_costs[j] = weight * objective_scale * costs[j];
        // |x − x̃| at a bound is linear; inside the bounds (a general integer) it is taken
        // linear on the side of x̃ where the LP point lies.
        for (const int j : integers) {
            const bool at_lower = rounded[j] <= lower[j], at_upper = rounded[j] >= upper[j];
            if (at_lower && at_upper) continue;
            const bool push_down = at_lower || (!at_upper && point[j] > rounded[j]);
            pump_costs[j] += push_down ? 1.0 - weight : -(1.0 - weight);
        }
        lp.set_minimisation_costs(pump_costs);
        lp.set_iteration_limit(std::max<long long>(1, iteration_budget - spent()));
        if (search.solve(lp) != LpStatus::Optimal) break;
        point = lp.column_values();
        bool integral = true;
        for (const int j : integers) {
            integral = integral && std::abs(point[j] - std::round(point[j])) <=
                                       search.options.integrality_tolerance;
        }
        if (integral) {
            lp.set_minimisation_costs(costs);
            fix_and_resolve(search, lp, point, SolutionSource::FeasibilityPump);
            break;
        }
        try_rounding(search, point, SolutionSource::FeasibilityPump);
        if (search.incumbent.version() != start_version) break;
        // The next rounding; a repeat of the last is broken by flipping the variables
        // furthest from it, a repeat of an older one by a random perturbation.
        std::vector<double> next = rounded;
        for (const int j : integers) next[j] = std::clamp(std::round(point[j]), lower[j], upper[j]);
        const bool same = std::all_of(integers.begin(), integers.end(),
                                      [&](int j) { return next[j] == rounded[j]; });
        if (same) {
            std::vector<int> order;
            for (const int j : integers) {
                if (point[j] != next[j]) order.push_back(j);
            }
            std::sort(order.begin(), order.end(), [&](int a, int b) {
                const double da = std::abs(point[a] - next[a]), db = std::abs(point[b] - next[b]);
                return da > db || (da == db && a < b);
            });
            const int flips = kFewestFlips + static_cast<int>(random.next() % kFewestFlips);
            for (int k = 0; k < flips && k < static_cast<int>(order.size()); ++k) {
                const int j = order[k];
                flip(point[j], lower[j], upper[j], next[j]);
            }
        } else if (std::find(seen.begin(), seen.end(), fingerprint(integers, next)) != seen.end()) {
            for (const int j : integers) {
                const double rho = random.uniform(-0.3, 0.7);
                if (std::abs(point[j] - next[j]) + std::max(rho, 0.0) > 0.5) {
                    flip(point[j], lower[j], upper[j], next[j]);
                }
            }
        }
        rounded = std::move(next);
        seen.push_back(fingerprint(integers, rounded));
        if (seen.size() > kRememberedRoundings) seen.pop_front();
    }
    tally.iterations += spent();
    lp.set_minimisation_costs(costs);
    lp.set_iteration_limit(-1);
    lp.restore(snapshot);
}

}  // namespace mealplan::solver

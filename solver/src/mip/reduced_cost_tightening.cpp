#include "mip/reduced_cost_tightening.hpp"

#include <cmath>

namespace mealplan::solver {

std::vector<BoundChange> tighten_by_reduced_costs(const SearchState& search, const Simplex& lp,
                                                  double objective,
                                                  const std::vector<double>& values,
                                                  std::vector<double>& lower,
                                                  std::vector<double>& upper) {
    std::vector<BoundChange> changes;
    const double room = search.incumbent.cutoff() - objective;
    if (!search.incumbent.has_solution() || !(room >= 0.0) || !std::isfinite(room)) {
        return changes;
    }
    const std::vector<double> reduced = lp.reduced_costs();
    const double tolerance = search.options.integrality_tolerance;
    for (const int j : search.integers) {
        const double d = reduced[j];
        if (std::abs(d) <= search.options.mip.reduced_cost_tolerance) continue;
        // The 1e-9 keeps a whole step that rounding left a hair short.
        const double steps = std::floor(room / std::abs(d) + 1e-9);
        if (d > 0.0 && values[j] <= lower[j] + tolerance) {
            const double limit = lower[j] + steps;
            if (limit < upper[j]) {
                upper[j] = limit;
                changes.push_back({j, lower[j], limit});
            }
        } else if (d < 0.0 && values[j] >= upper[j] - tolerance) {
            const double limit = upper[j] - steps;
            if (limit > lower[j]) {
                lower[j] = limit;
                changes.push_back({j, limit, upper[j]});
            }
        }
    }
    return changes;
}

}  // namespace mealplan::solver

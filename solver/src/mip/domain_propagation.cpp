#include "mip/domain_propagation.hpp"

#include <algorithm>
#include <cmath>
#include <deque>

namespace mealplan::solver {
namespace {

// Takes derived bounds of a continuous variable, relaxed by the feasibility tolerance and
// only when they remove a real part of its range (a thousandth), so that rounding errors
// and endless chains of tiny steps cannot creep in. They never reach the LP; they let
// rows through continuous variables tighten integer ones. Returns whether a bound moved.
bool tighten_continuous(double new_lower, double new_upper, double feasibility, double& lower,
                        double& upper) {
    const double range = upper - lower;
    auto significant = [&](double step, double at) {
        return step > 1e-3 * (std::isfinite(range) ? range : std::max(1.0, std::abs(at)));
    };
    new_lower -= feasibility * std::max(1.0, std::abs(new_lower));
    new_upper += feasibility * std::max(1.0, std::abs(new_upper));
    if (new_lower > new_upper) return false;  // left to the LP to report
    bool moved = false;
    if (std::isfinite(new_lower) && significant(new_lower - lower, new_lower)) {
        lower = new_lower;
        moved = true;
    }
    if (std::isfinite(new_upper) && significant(upper - new_upper, new_upper)) {
        upper = new_upper;
        moved = true;
    }
    return moved;
}

}  // namespace

DomainPropagator::DomainPropagator(const Model& model, const PropagationOptions& options)
    : model_(model), options_(options), rows_of_column_(model.variable_count()), terms_(model.row_count()) {
    // Duplicate terms of one variable are merged: the bounds below take each variable's
    // contribution out of the row activity once.
    std::vector<double> merged(model.variable_count(), 0.0);
    std::vector<char> seen(model.variable_count(), 0);
    for (int i = 0; i < model.row_count(); ++i) {
        std::vector<int> order;
        for (const Term& term : model.rows[i].terms) {
            if (!seen[term.variable]) order.push_back(term.variable);
            seen[term.variable] = 1;
            merged[term.variable] += term.coefficient;
        }
        for (const int j : order) {
            if (merged[j] != 0.0) {
                terms_[i].push_back({j, merged[j]});
                rows_of_column_[j].push_back(i);
            }
            merged[j] = 0.0;
            seen[j] = 0;
        }
    }
}

bool DomainPropagator::propagate(std::vector<double>& lower, std::vector<double>& upper,
                                 const std::vector<int>& changed) const {
    const int row_count = model_.row_count();
    const double feasibility = options_.feasibility_tolerance;
    std::vector<char> queued(row_count, 0);
    std::vector<int> visits(row_count, 0);
    std::deque<int> queue;
    auto enqueue_rows_of = [&](int column) {
        for (const int i : rows_of_column_[column]) {
            if (!queued[i] && visits[i] < options_.maximum_row_visits) {
                queued[i] = 1;
                queue.push_back(i);
            }
        }
    };
    if (changed.empty()) {
        for (int i = 0; i < row_count; ++i) {
            queued[i] = 1;
            queue.push_back(i);
        }
    } else {
        for (const int column : changed) enqueue_rows_of(column);
    }

    while (!queue.empty()) {
        const int i = queue.front();
        queue.pop_front();
        queued[i] = 0;
        ++visits[i];
        const Row& row = model_.rows[i];
        const std::vector<Term>& terms = terms_[i];
        // Minimum and maximum activity, counting infinite contributions separately.
        double min_activity = 0.0, max_activity = 0.0;
        int min_infinite = 0, max_infinite = 0;
        double widest = 0.0;  // the largest |a|·(upper − lower) in the row
        for (const Term& term : terms) {
            const double a = term.coefficient;
            const double low = a > 0 ? lower[term.variable] : upper[term.variable];
            const double high = a > 0 ? upper[term.variable] : lower[term.variable];
            widest = std::max(widest, a * (high - low));
            if (std::isinf(low))
                ++min_infinite;
            else
                min_activity += a * low;
            if (std::isinf(high))
                ++max_infinite;
            else
                max_activity += a * high;
        }
        const double slack_tolerance = feasibility * std::max(1.0, std::abs(row.upper));
        if (min_infinite == 0 && min_activity > row.upper + slack_tolerance) return false;
        if (max_infinite == 0 &&
            max_activity < row.lower - feasibility * std::max(1.0, std::abs(row.lower))) {
            return false;
        }
        // A bound can only move when one variable's range is wider than the row's slack
        // (or the activity on that side is unbounded); otherwise the row is skipped.
        const bool upper_may_tighten =
            row.upper < kInfinity &&
            (min_infinite > 0 || widest > row.upper - min_activity - feasibility);
        const bool lower_may_tighten =
            row.lower > -kInfinity &&
            (max_infinite > 0 || widest > max_activity - row.lower - feasibility);
        if (!upper_may_tighten && !lower_may_tighten) continue;
        for (const Term& term : terms) {
            const int j = term.variable;
            const double a = term.coefficient;
            const double low = a > 0 ? lower[j] : upper[j];
            const double high = a > 0 ? upper[j] : lower[j];
            double new_lower = lower[j], new_upper = upper[j];
            // a·x ≤ upper − (minimum activity of the rest).
            if (row.upper < kInfinity) {
                const bool rest_finite =
                    min_infinite == 0 || (min_infinite == 1 && std::isinf(low));
                if (rest_finite) {
                    const double rest = std::isinf(low) ? min_activity : min_activity - a * low;
                    const double limit = (row.upper - rest) / a;
                    if (a > 0)
                        new_upper = std::min(new_upper, limit);
                    else
                        new_lower = std::max(new_lower, limit);
                }
            }
            // a·x ≥ lower − (maximum activity of the rest).
            if (row.lower > -kInfinity) {
                const bool rest_finite =
                    max_infinite == 0 || (max_infinite == 1 && std::isinf(high));
                if (rest_finite) {
                    const double rest = std::isinf(high) ? max_activity : max_activity - a * high;
                    const double limit = (row.lower - rest) / a;
                    if (a > 0)
                        new_lower = std::max(new_lower, limit);
                    else
                        new_upper = std::min(new_upper, limit);
                }
            }
            if (model_.variables[j].type == VariableType::Continuous) {
                if (tighten_continuous(new_lower, new_upper, feasibility, lower[j], upper[j]))
                    enqueue_rows_of(j);
                continue;
            }
            new_lower = std::ceil(new_lower - feasibility);
            new_upper = std::floor(new_upper + feasibility);
            if (new_lower > upper[j] + 0.5 || new_upper < lower[j] - 0.5 || new_lower > new_upper) {
                return false;
            }
            if (new_lower > lower[j] || new_upper < upper[j]) {
                lower[j] = std::max(lower[j], new_lower);
                upper[j] = std::min(upper[j], new_upper);
                // Later terms still use this row's old activities: weaker but valid bounds.
                enqueue_rows_of(j);
            }
        }
    }
    return true;
}

}  // namespace mealplan::solver

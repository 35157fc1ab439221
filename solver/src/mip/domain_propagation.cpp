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

// The rows still to visit, each at most `maximum_visits` times in one propagation.
class RowQueue {
  public:
    RowQueue(const std::vector<std::vector<int>>& rows_of_column, int rows, int maximum_visits)
        : rows_of_column_(rows_of_column),
          maximum_visits_(maximum_visits),
          queued_(rows, 0),
          visits_(rows, 0) {}

    void push_all() {
        for (std::size_t i = 0; i < queued_.size(); ++i) {
            queued_[i] = 1;
            queue_.push_back(static_cast<int>(i));
        }
    }
    /// Queues the rows of a column whose bounds moved.
    void push_rows_of(int column) {
        for (const int i : rows_of_column_[column]) {
            if (!queued_[i] && visits_[i] < maximum_visits_) {
                queued_[i] = 1;
                queue_.push_back(i);
            }
        }
    }
    bool empty() const { return queue_.empty(); }
    int pop() {
        const int i = queue_.front();
        queue_.pop_front();
        queued_[i] = 0;
        ++visits_[i];
        return i;
    }

  private:
    const std::vector<std::vector<int>>& rows_of_column_;
    int maximum_visits_;
    std::vector<char> queued_;
    std::vector<int> visits_;
    std::deque<int> queue_;
};

// Minimum and maximum activity of a row under the bounds, counting infinite contributions
// separately, and the widest single contribution.
struct RowActivity {
    double min_activity = 0.0, max_activity = 0.0;
    int min_infinite = 0, max_infinite = 0;
    double widest = 0.0;  // the largest |a|·(upper − lower) in the row
};

RowActivity activity_of(const std::vector<Term>& terms, const std::vector<double>& lower,
                        const std::vector<double>& upper) {
    RowActivity activity;
    for (const Term& term : terms) {
        const double a = term.coefficient;
        const double low = a > 0 ? lower[term.variable] : upper[term.variable];
        const double high = a > 0 ? upper[term.variable] : lower[term.variable];
        activity.widest = std::max(activity.widest, a * (high - low));
        if (std::isinf(low))
            ++activity.min_infinite;
        else
            activity.min_activity += a * low;
        if (std::isinf(high))
            ++activity.max_infinite;
        else
            activity.max_activity += a * high;
    }
    return activity;
}

// The bounds on a variable with coefficient `a` (contributing between a·`low` and
// a·`high`) that the row's sides imply given the activity of the rest; tightens
// `new_lower`/`new_upper`.
void implied_bounds(const Row& row, const RowActivity& activity, double a, double low, double high,
                    double& new_lower, double& new_upper) {
    const double min_activity = activity.min_activity, max_activity = activity.max_activity;
    const int min_infinite = activity.min_infinite, max_infinite = activity.max_infinite;
    // a·x ≤ upper − (minimum activity of the rest).
    if (row.upper < kInfinity) {
        const bool rest_finite = min_infinite == 0 || (min_infinite == 1 && std::isinf(low));
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
        const bool rest_finite = max_infinite == 0 || (max_infinite == 1 && std::isinf(high));
        if (rest_finite) {
            const double rest = std::isinf(high) ? max_activity : max_activity - a * high;
            const double limit = (row.lower - rest) / a;
            if (a > 0)
                new_lower = std::max(new_lower, limit);
            else
                new_upper = std::min(new_upper, limit);
        }
    }
}

// Tightens the bounds of the variables of one row from the activity of the others; false
// when the row cannot be satisfied. Rows of columns whose bounds moved are queued again.
bool propagate_row(const Model& model, const Row& row, const std::vector<Term>& terms,
                   double feasibility, std::vector<double>& lower, std::vector<double>& upper,
                   RowQueue& queue) {
    const RowActivity activity = activity_of(terms, lower, upper);
    const double min_activity = activity.min_activity, max_activity = activity.max_activity;
    const int min_infinite = activity.min_infinite, max_infinite = activity.max_infinite;
    const double widest = activity.widest;
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
    if (!upper_may_tighten && !lower_may_tighten) return true;
    for (const Term& term : terms) {
        const int j = term.variable;
        const double a = term.coefficient;
        const double low = a > 0 ? lower[j] : upper[j];
        const double high = a > 0 ? upper[j] : lower[j];
        double new_lower = lower[j], new_upper = upper[j];
        implied_bounds(row, activity, a, low, high, new_lower, new_upper);
        if (model.variables[j].type == VariableType::Continuous) {
            if (tighten_continuous(new_lower, new_upper, feasibility, lower[j], upper[j]))
                queue.push_rows_of(j);
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
            queue.push_rows_of(j);
        }
    }
    return true;
}

}  // namespace

DomainPropagator::DomainPropagator(const Model& model, const PropagationOptions& options)
    : model_(model),
      options_(options),
      rows_of_column_(model.variable_count()),
      terms_(model.row_count()) {
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
    RowQueue queue(rows_of_column_, model_.row_count(), options_.maximum_row_visits);
    if (changed.empty()) {
        queue.push_all();
    } else {
        for (const int column : changed) queue.push_rows_of(column);
    }
    while (!queue.empty()) {
        const int i = queue.pop();
        if (!propagate_row(model_, model_.rows[i], terms_[i], options_.feasibility_tolerance, lower,
                           upper, queue)) {
            return false;
        }
    }
    return true;
}

}  // namespace mealplan::solver

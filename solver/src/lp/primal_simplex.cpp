// The bounded primal simplex, composite phase 1 / phase 2: while a basic variable is out
// of its bounds it minimises the sum of infeasibilities, then the true costs. Each
// iteration prices (chooses the entering column by Dantzig's rule), runs a two-pass
// Harris ratio test (chooses the leaving row, or flips the entering variable to its other
// bound), and updates the values and the basis.

#include <algorithm>
#include <cmath>

#include "lp/simplex.hpp"

namespace mealplan::solver {
namespace {

// An iteration whose step moves the objective less than this made no progress.
constexpr double kDegenerateStep = 1e-12;
// A leaving row's entry below this in the entering column is refactorised and rechecked:
// such a pivot after many updates is more likely error than fact.
constexpr double kSmallPivot = 1e-7;

}  // namespace

LpStatus Simplex::primal_simplex() {
    Eigen::VectorXd y(rows_), column(rows_);
    int degenerate_run = 0;
    bool fresh_check = false;
    bland_ = false;
    LpStatus status = LpStatus::Optimal;

    while (true) {
        if (limits_reached(status)) return status;
        if (!refactor_if_due(false)) return LpStatus::NumericalError;
        const bool phase_one = price_composite(y);
        const int entering = choose_entering_column(y, phase_one);
        if (entering < 0) {
            if (!phase_one) {
                for (int p = 0; p < rows_; ++p) d_[head_[p]] = 0.0;
                return LpStatus::Optimal;
            }
            const Recheck recheck = refactor_to_recheck(fresh_check, false);
            if (recheck == Recheck::Failed) return LpStatus::NumericalError;
            if (recheck == Recheck::Done) continue;
            return LpStatus::Infeasible;
        }
        const double dq = (phase_one ? 0.0 : cost_[entering]) - column_dot(entering, y);
        const double direction = dq < 0.0 ? 1.0 : -1.0;

        load_column(entering, column);
        factor_.ftran(column);
        const PrimalStep step = primal_ratio_test(direction, column);
        // The entering variable's own opposite bound.
        const double own_range =
            direction > 0.0 ? upper_[entering] - x_[entering] : x_[entering] - lower_[entering];
        if (own_range < kInfinity && (step.row < 0 || own_range <= step.step)) {
            flip_entering(entering, direction, own_range, column);
            fresh_check = false;
            continue;
        }
        if (step.row < 0) {
            const Recheck recheck = refactor_to_recheck(fresh_check, false);
            if (recheck == Recheck::Failed) return LpStatus::NumericalError;
            if (recheck == Recheck::Done) continue;
            if (phase_one) return LpStatus::NumericalError;
            return LpStatus::Unbounded;
        }
        const int r = step.row;
        if (std::abs(column[r]) < kSmallPivot) {
            const Recheck recheck = refactor_to_recheck(fresh_check, false);
            if (recheck == Recheck::Failed) return LpStatus::NumericalError;
            if (recheck == Recheck::Done) continue;
        }
        fresh_check = false;

        for (int p = 0; p < rows_; ++p) x_[head_[p]] -= direction * step.step * column[p];
        x_[entering] += direction * step.step;
        const int leaving = head_[r];
        replace_basic(r, entering, step.leaving_target,
                      step.leaving_target == lower_[leaving] ? VariableStatus::AtLower
                                                             : VariableStatus::AtUpper,
                      column);
        dse_weight_[r] = 1.0;

        if (step.step * step.largest < kDegenerateStep) {
            if (++degenerate_run >= options_.bland_after / 4) bland_ = true;
        } else {
            degenerate_run = 0;
            bland_ = false;
        }
    }
}

// Fills `y` with the duals of the composite objective: the sum of infeasibilities while
// any basic variable is out of its bounds (returns true: phase 1), else the true costs.
bool Simplex::price_composite(Eigen::VectorXd& y) const {
    const double primal_tolerance = options_.primal_tolerance;
    bool phase_one = false;
    for (int p = 0; p < rows_; ++p) {
        const int j = head_[p];
        double c = 0.0;
        if (x_[j] < lower_[j] - primal_tolerance)
            c = -1.0;
        else if (x_[j] > upper_[j] + primal_tolerance)
            c = 1.0;
        y[p] = c;
        if (c != 0.0) phase_one = true;
    }
    if (!phase_one) {
        for (int p = 0; p < rows_; ++p) y[p] = cost_[head_[p]];
    }
    factor_.btran(y);
    return phase_one;
}

// Dantzig's rule: the nonbasic variable with the largest reduced cost that can move in its
// improving direction (the lowest-numbered one under Bland's rule); -1 when none can. In
// phase 2 it also stores the reduced costs.
int Simplex::choose_entering_column(const Eigen::VectorXd& y, bool phase_one) {
    const double primal_tolerance = options_.primal_tolerance;
    const double dual_tolerance = options_.dual_tolerance;
    int entering = -1;
    double best = 0.0;
    for (int j = 0; j < total_; ++j) {
        if (status_[j] == VariableStatus::Basic || is_fixed(j)) continue;
        const double dj = (phase_one ? 0.0 : cost_[j]) - column_dot(j, y);
        if (!phase_one) d_[j] = dj;
        const bool can_increase = x_[j] < upper_[j] - primal_tolerance;
        const bool can_decrease = x_[j] > lower_[j] + primal_tolerance;
        if (!((dj < -dual_tolerance && can_increase) || (dj > dual_tolerance && can_decrease))) {
            continue;
        }
        if (bland_) {
            if (entering < 0) entering = j;
            continue;
        }
        if (dj * dj > best) {
            best = dj * dj;
            entering = j;
        }
    }
    return entering;
}

// The bound basic variable p moves towards at `rate`: an infeasible one towards the bound
// it violates (and no further), a feasible one to the bound ahead. False when none blocks.
bool Simplex::primal_target(int p, double rate, double& target) const {
    const double primal_tolerance = options_.primal_tolerance;
    const int j = head_[p];
    if (rate > 0.0) {
        if (x_[j] < lower_[j] - primal_tolerance)
            target = lower_[j];
        else if (x_[j] > upper_[j] + primal_tolerance)
            return false;
        else
            target = upper_[j];
    } else {
        if (x_[j] > upper_[j] + primal_tolerance)
            target = upper_[j];
        else if (x_[j] < lower_[j] - primal_tolerance)
            return false;
        else
            target = lower_[j];
    }
    return std::isfinite(target);
}

// Harris two-pass ratio test over the basic variables: the first pass finds the longest
// step the tolerances allow, the second the largest pivot among the rows that block
// within it.
Simplex::PrimalStep Simplex::primal_ratio_test(double direction,
                                               const Eigen::VectorXd& column) const {
    const double primal_tolerance = options_.primal_tolerance;
    const double pivot_tolerance = options_.pivot_tolerance;
    double relaxed_step = kInfinity;
    for (int p = 0; p < rows_; ++p) {
        const double rate = -direction * column[p];
        if (std::abs(rate) <= pivot_tolerance) continue;
        double target = 0.0;
        if (!primal_target(p, rate, target)) continue;
        const double slack = (target - x_[head_[p]]) / rate;
        relaxed_step = std::min(relaxed_step, slack + primal_tolerance / std::abs(rate));
    }
    PrimalStep step;
    for (int p = 0; p < rows_; ++p) {
        const double rate = -direction * column[p];
        if (std::abs(rate) <= pivot_tolerance) continue;
        double target = 0.0;
        if (!primal_target(p, rate, target)) continue;
        const double distance = (target - x_[head_[p]]) / rate;
        if (distance > relaxed_step) continue;
        const bool better =
            bland_ ? (step.row < 0 || head_[p] < head_[step.row]) : std::abs(rate) > step.largest;
        if (better) {
            step.largest = std::abs(rate);
            step.row = p;
            step.step = std::max(distance, 0.0);
            step.leaving_target = target;
        }
    }
    return step;
}

// The entering variable reaches its other bound before any basic variable blocks: it
// moves there and stays nonbasic.
void Simplex::flip_entering(int entering, double direction, double range,
                            const Eigen::VectorXd& column) {
    for (int p = 0; p < rows_; ++p) x_[head_[p]] -= direction * range * column[p];
    const bool up = direction > 0.0;
    status_[entering] = up ? VariableStatus::AtUpper : VariableStatus::AtLower;
    x_[entering] = up ? upper_[entering] : lower_[entering];
    ++iterations_;
    ++call_iterations_;
}

}  // namespace mealplan::solver

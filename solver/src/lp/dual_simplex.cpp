// The bounded dual simplex: each iteration chooses the leaving row (the primal infeasible
// basic variable with the best dual steepest-edge score), computes that row of the
// tableau, chooses the entering column by a bound-flipping ratio test with Harris
// tolerances, and updates the duals, the primal values, the weights and the basis.

#include <algorithm>
#include <cmath>

#include "lp/simplex.hpp"

namespace mealplan::solver {
namespace {

// An iteration whose dual step is below this made no progress.
constexpr double kDegenerateStep = 1e-12;
// The pivot from the column (FTRAN) and from the row (BTRAN) must agree this closely,
// relatively; otherwise the factorisation has drifted.
constexpr double kPivotAgreement = 1e-6;
// The ratio test orders breakpoints a prefix at a time, at least this many at once.
constexpr std::size_t kSortedPrefix = 8;

}  // namespace

LpStatus Simplex::dual_simplex() {
    DualWorkspace work(rows_, total_);
    int degenerate_run = 0;
    bool perturbed = false;
    bool fresh_check = false;  // the previous iteration refactorised to double-check a result
    bland_ = false;
    LpStatus status = LpStatus::Optimal;

    while (true) {
        if (limits_reached(status)) return status;
        if (!refactor_if_due(true)) return LpStatus::NumericalError;
        const int r = choose_leaving_row();
        if (r < 0) return LpStatus::Optimal;

        const int leaving = head_[r];
        const bool to_lower = x_[leaving] < lower_[leaving];
        const double direction = to_lower ? 1.0 : -1.0;
        const double slope =
            to_lower ? lower_[leaving] - x_[leaving] : x_[leaving] - upper_[leaving];
        compute_tableau_row(r, work);
        collect_breakpoints(direction, work);
        const int entering = bound_flipping_ratio_test(slope, work);
        if (entering < 0) {
            // The dual is unbounded along this row: the primal is infeasible. Confirm on a
            // fresh factorisation first.
            const Recheck recheck = refactor_to_recheck(fresh_check, true);
            if (recheck == Recheck::Failed) return LpStatus::NumericalError;
            if (recheck == Recheck::Done) continue;
            return LpStatus::Infeasible;
        }

        load_column(entering, work.column);
        factor_.ftran(work.column);
        const double pivot = work.column[r];
        const double row_pivot = work.alpha_row[entering];
        if (std::abs(pivot - row_pivot) > kPivotAgreement * (1.0 + std::abs(pivot)) ||
            std::abs(pivot) <= options_.pivot_tolerance) {
            const Recheck recheck = refactor_to_recheck(fresh_check, true);
            if (recheck == Recheck::Failed) return LpStatus::NumericalError;
            if (recheck == Recheck::Done) continue;
            if (std::abs(pivot) <= options_.pivot_tolerance) return LpStatus::NumericalError;
        }
        fresh_check = false;

        const double theta_dual = update_duals(entering, leaving, work);
        apply_bound_flips(work);
        const double target = update_primal(entering, leaving, to_lower, pivot, work.column);
        update_dual_weights(r, pivot, work);
        replace_basic(
            r, entering, target,
            to_lower || is_fixed(leaving) ? VariableStatus::AtLower : VariableStatus::AtUpper,
            work.column);
        track_dual_degeneracy(theta_dual, degenerate_run, perturbed);
    }
}

// Pricing: the primal infeasible basic variable with the largest infeasibility relative
// to its dual steepest-edge weight (the lowest-numbered one under Bland's rule); -1 when
// the point is primal feasible.
int Simplex::choose_leaving_row() const {
    const double primal_tolerance = options_.primal_tolerance;
    int r = -1;
    double best = 0.0;
    for (int p = 0; p < rows_; ++p) {
        const int j = head_[p];
        double infeasibility = 0.0;
        if (x_[j] < lower_[j] - primal_tolerance)
            infeasibility = lower_[j] - x_[j];
        else if (x_[j] > upper_[j] + primal_tolerance)
            infeasibility = x_[j] - upper_[j];
        if (infeasibility == 0.0) continue;
        if (bland_) {
            if (r < 0 || j < head_[r]) r = p;
            continue;
        }
        const double score = infeasibility * infeasibility / dse_weight_[p];
        if (score > best) {
            best = score;
            r = p;
        }
    }
    return r;
}

void Simplex::compute_tableau_row(int r, DualWorkspace& work) const {
    work.rho.setZero();
    work.rho[r] = 1.0;
    factor_.btran(work.rho);
    compute_pivot_row(work.rho, work.alpha_row);
}

// The nonbasic variables that can enter when the leaving variable moves in `direction`,
// with the dual step at which each one's reduced cost reaches zero.
void Simplex::collect_breakpoints(double direction, DualWorkspace& work) const {
    work.candidates.clear();
    for (int j = 0; j < total_; ++j) {
        if (status_[j] == VariableStatus::Basic || is_fixed(j)) continue;
        const double a = direction * work.alpha_row[j];
        if (std::abs(a) <= options_.pivot_tolerance) continue;
        double dj = 0.0;
        if (status_[j] == VariableStatus::AtLower) {
            if (a >= 0.0) continue;
            dj = std::max(d_[j], 0.0);
        } else if (status_[j] == VariableStatus::AtUpper) {
            if (a <= 0.0) continue;
            dj = std::max(-d_[j], 0.0);
        }
        work.candidates.push_back({j, dj / std::abs(a), std::abs(a)});
    }
}

// Bound-flipping ratio test with Harris tolerances: passes whole groups of breakpoints by
// flipping boxed variables (into work.flips) while the dual objective still improves —
// `slope` is its rate of improvement, the leaving variable's infeasibility — and returns
// the entering variable, the largest |α| of the group it stops in (-1: none).
int Simplex::bound_flipping_ratio_test(double slope, DualWorkspace& work) const {
    std::vector<Breakpoint>& candidates = work.candidates;
    const double dual_tolerance = options_.dual_tolerance;
    int entering = -1;
    work.flips.clear();
    work.group.clear();
    // Breakpoints are ordered lazily, a growing prefix at a time: the test usually stops
    // after the first few, and sorting every candidate dominated small dense models.
    auto by_ratio = [](const Breakpoint& a, const Breakpoint& b) {
        return a.ratio < b.ratio || (a.ratio == b.ratio && a.j < b.j);
    };
    std::size_t sorted = 0;
    auto in_order_through = [&](std::size_t index) {
        while (sorted <= index) {
            const std::size_t prefix =
                std::min(candidates.size(), sorted + std::max<std::size_t>(kSortedPrefix, sorted));
            std::partial_sort(candidates.begin() + static_cast<std::ptrdiff_t>(sorted),
                              candidates.begin() + static_cast<std::ptrdiff_t>(prefix),
                              candidates.end(), by_ratio);
            sorted = prefix;
        }
    };
    std::size_t next = 0;
    while (next < candidates.size()) {
        // The Harris group: breakpoints up to the smallest relaxed ratio among the rest.
        double bound = kInfinity;
        std::size_t end = next;
        while (end < candidates.size() && (in_order_through(end), candidates[end].ratio <= bound)) {
            bound =
                std::min(bound, candidates[end].ratio + dual_tolerance / candidates[end].magnitude);
            ++end;
        }
        while (end > next && candidates[end - 1].ratio > bound) --end;
        double range = 0.0;
        for (std::size_t k = next; k < end; ++k) {
            range += candidates[k].magnitude * (upper_[candidates[k].j] - lower_[candidates[k].j]);
        }
        if (std::isfinite(range) && slope - range > options_.primal_tolerance && !bland_) {
            slope -= range;
            for (std::size_t k = next; k < end; ++k) work.flips.push_back(candidates[k].j);
            next = end;
            continue;
        }
        double largest = 0.0;
        for (std::size_t k = next; k < end; ++k) {
            const Breakpoint& c = candidates[k];
            work.group.push_back(c);
            const bool better = bland_ ? (entering < 0 || c.j < entering) : c.magnitude > largest;
            if (better) {
                largest = c.magnitude;
                entering = c.j;
            }
        }
        break;
    }
    return entering;
}

// Dual step. A reduced cost of the wrong sign (within the Harris tolerance) is shifted to
// zero so the step is never backwards. Returns the dual step length.
double Simplex::update_duals(int entering, int leaving, DualWorkspace& work) {
    const Eigen::VectorXd& alpha_row = work.alpha_row;
    double dq = d_[entering];
    if ((status_[entering] == VariableStatus::AtLower && dq < 0.0) ||
        (status_[entering] == VariableStatus::AtUpper && dq > 0.0) ||
        status_[entering] == VariableStatus::Free) {
        cost_[entering] -= dq;
        dq = 0.0;
        costs_modified_ = true;
        basis_or_costs_changed();
    }
    const double theta_dual = dq / alpha_row[entering];
    if (theta_dual != 0.0) {
        for (int j = 0; j < total_; ++j) {
            if (status_[j] != VariableStatus::Basic) d_[j] -= theta_dual * alpha_row[j];
        }
    }
    d_[entering] = 0.0;
    d_[leaving] = -theta_dual;
    for (const int j : work.flips) {
        // After passing a flipped variable's breakpoint its reduced cost must suit the
        // opposite bound; a tiny leftover of the wrong sign is shifted away.
        const bool will_be_upper = status_[j] == VariableStatus::AtLower;
        if ((will_be_upper && d_[j] > 0.0) || (!will_be_upper && d_[j] < 0.0)) {
            cost_[j] -= d_[j];
            d_[j] = 0.0;
            costs_modified_ = true;
            basis_or_costs_changed();
        }
    }
    for (const Breakpoint& c : work.group) {
        const int j = c.j;
        if (j == entering) continue;
        const bool at_lower = status_[j] == VariableStatus::AtLower;
        if ((at_lower && d_[j] < 0.0) || (!at_lower && d_[j] > 0.0)) {
            cost_[j] -= d_[j];
            d_[j] = 0.0;
            costs_modified_ = true;
            basis_or_costs_changed();
        }
    }
    return theta_dual;
}

// Moves the flipped boxed variables to their other bound and the basic values with them.
void Simplex::apply_bound_flips(DualWorkspace& work) {
    if (work.flips.empty()) return;
    work.flip_delta.setZero();
    for (const int j : work.flips) {
        const bool at_lower = status_[j] == VariableStatus::AtLower;
        const double change = at_lower ? upper_[j] - lower_[j] : lower_[j] - upper_[j];
        status_[j] = at_lower ? VariableStatus::AtUpper : VariableStatus::AtLower;
        x_[j] = at_lower ? upper_[j] : lower_[j];
        add_column(j, change, work.flip_delta);
    }
    factor_.ftran(work.flip_delta);
    for (int p = 0; p < rows_; ++p) x_[head_[p]] -= work.flip_delta[p];
}

// Primal step: the leaving variable moves exactly onto its violated bound, which is
// returned.
double Simplex::update_primal(int entering, int leaving, bool to_lower, double pivot,
                              const Eigen::VectorXd& column) {
    const double target = to_lower ? lower_[leaving] : upper_[leaving];
    const double theta_primal = (x_[leaving] - target) / pivot;
    if (theta_primal != 0.0) {
        for (int p = 0; p < rows_; ++p) x_[head_[p]] -= theta_primal * column[p];
    }
    x_[entering] += theta_primal;
    return target;
}

// Dual steepest-edge weights (exact update with τ = B⁻¹ρ).
void Simplex::update_dual_weights(int r, double pivot, DualWorkspace& work) {
    work.tau = work.rho;
    factor_.ftran(work.tau);
    const double weight_r = std::max(work.rho.squaredNorm(), 1e-12);
    for (int p = 0; p < rows_; ++p) {
        if (p == r || work.column[p] == 0.0) continue;
        const double ratio = work.column[p] / pivot;
        dse_weight_[p] = std::max(dse_weight_[p] + ratio * (ratio * weight_r - 2.0 * work.tau[p]),
                                  ratio * ratio + 1e-12);
    }
    dse_weight_[r] = std::max(weight_r / (pivot * pivot), 1e-12);
}

// Against stalling: perturbs the costs after a run of degenerate iterations, and falls
// back to Bland's rule, which cannot cycle, after a long one.
void Simplex::track_dual_degeneracy(double theta_dual, int& degenerate_run, bool& perturbed) {
    if (std::abs(theta_dual) < kDegenerateStep) {
        ++degenerate_run;
        if (degenerate_run >= options_.perturb_after && !perturbed) {
            perturb_costs();
            perturbed = true;
        }
        if (degenerate_run >= options_.bland_after) bland_ = true;
    } else {
        degenerate_run = 0;
        bland_ = false;
    }
}

}  // namespace mealplan::solver

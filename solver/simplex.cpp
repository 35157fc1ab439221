#include "solver/simplex.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

#include "solver/scaling.hpp"

namespace mealplan::solver {
namespace {

// Temporary bound given to a variable whose missing bound blocks dual feasibility.
constexpr double kArtificialBox = 1e6;
// Consecutive degenerate iterations before costs are perturbed / Bland's rule is used.
constexpr int kPerturbAfter = 50;
constexpr int kBlandAfter = 2000;

// A deterministic pseudo-random number in [0.5, 1) for variable j (perturbation sizes).
double jitter(int j) {
    std::uint64_t z = static_cast<std::uint64_t>(j) * 0x9E3779B97F4A7C15ULL + 0x2545F4914F6CDD1DULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return 0.5 + 0.5 * static_cast<double>(z >> 11) / static_cast<double>(1ULL << 53);
}

}  // namespace

std::string_view to_string(LpStatus status) {
    switch (status) {
        case LpStatus::Optimal:
            return "optimal";
        case LpStatus::Infeasible:
            return "infeasible";
        case LpStatus::Unbounded:
            return "unbounded";
        case LpStatus::IterationLimit:
            return "iteration_limit";
        case LpStatus::TimeLimit:
            return "time_limit";
        case LpStatus::Interrupted:
            return "interrupted";
        case LpStatus::NumericalError:
            return "numerical_error";
    }
    return "unknown";
}

Simplex::Simplex(const Model& model, SimplexOptions options) : options_(options) {
    rows_ = model.row_count();
    columns_ = model.variable_count();
    total_ = rows_ + columns_;
    sense_ = model.sense == ObjectiveSense::Maximize ? -1.0 : 1.0;

    std::vector<Eigen::Triplet<double, int>> triplets;
    for (int i = 0; i < rows_; ++i) {
        for (const Term& term : model.rows[i].terms) {
            if (term.coefficient != 0.0) triplets.emplace_back(i, term.variable, term.coefficient);
        }
    }
    matrix_.resize(rows_, columns_);
    matrix_.setFromTriplets(triplets.begin(), triplets.end());  // duplicates are summed
    matrix_.prune(0.0);
    matrix_.makeCompressed();

    Scaling scaling;
    if (options_.scale) {
        scaling = compute_scaling(matrix_);
    } else {
        scaling.row.assign(rows_, 1.0);
        scaling.column.assign(columns_, 1.0);
    }
    row_scale_ = scaling.row;
    column_scale_ = scaling.column;
    for (int j = 0; j < columns_; ++j) {
        for (SparseMatrix::InnerIterator it(matrix_, j); it; ++it) {
            it.valueRef() *= row_scale_[it.row()] * column_scale_[j];
        }
    }
    row_matrix_ = matrix_;

    original_cost_.assign(total_, 0.0);
    lower_.assign(total_, 0.0);
    upper_.assign(total_, 0.0);
    for (int j = 0; j < columns_; ++j) {
        const Variable& variable = model.variables[j];
        original_cost_[j] = sense_ * variable.cost * column_scale_[j];
        lower_[j] = variable.lower / column_scale_[j];
        upper_[j] = variable.upper / column_scale_[j];
    }
    for (int i = 0; i < rows_; ++i) {
        lower_[columns_ + i] = model.rows[i].lower * row_scale_[i];
        upper_[columns_ + i] = model.rows[i].upper * row_scale_[i];
    }
    cost_ = original_cost_;

    x_.assign(total_, 0.0);
    d_.assign(total_, 0.0);
    status_.assign(total_, VariableStatus::AtLower);
    position_.assign(total_, -1);
    head_.resize(rows_);
    for (int i = 0; i < rows_; ++i) {
        head_[i] = columns_ + i;
        position_[columns_ + i] = i;
        status_[columns_ + i] = VariableStatus::Basic;
    }
    for (int j = 0; j < columns_; ++j) {
        status_[j] = original_cost_[j] < 0.0 ? VariableStatus::AtUpper : VariableStatus::AtLower;
        place_nonbasic(j);
    }
    dse_weight_.assign(rows_, 1.0);
}

// Makes a nonbasic variable's status agree with its bounds and sets its value.
void Simplex::place_nonbasic(int j) {
    const double lower = lower_[j], upper = upper_[j];
    VariableStatus& status = status_[j];
    if (status == VariableStatus::AtLower && lower == -kInfinity) {
        status = upper < kInfinity ? VariableStatus::AtUpper : VariableStatus::Free;
    } else if (status == VariableStatus::AtUpper && upper == kInfinity) {
        status = lower > -kInfinity ? VariableStatus::AtLower : VariableStatus::Free;
    }
    switch (status) {
        case VariableStatus::AtLower:
            x_[j] = lower;
            break;
        case VariableStatus::AtUpper:
            x_[j] = upper;
            break;
        case VariableStatus::Free:
            if (lower > -kInfinity || upper < kInfinity) {
                // Not a free variable any more: move it onto its nearer finite bound.
                const double value = x_[j];
                if (value <= lower || upper == kInfinity ||
                    (lower > -kInfinity && value - lower <= upper - value)) {
                    status = VariableStatus::AtLower;
                    x_[j] = lower;
                } else {
                    status = VariableStatus::AtUpper;
                    x_[j] = upper;
                }
            }
            break;
        case VariableStatus::Basic:
            break;
    }
}

double Simplex::column_lower(int column) const {
    return lower_[column] * column_scale_[column];
}
double Simplex::column_upper(int column) const {
    return upper_[column] * column_scale_[column];
}

void Simplex::set_column_bounds(int column, double lower, double upper) {
    lower_[column] = lower / column_scale_[column];
    upper_[column] = upper / column_scale_[column];
    if (status_[column] != VariableStatus::Basic) {
        const double before = x_[column];
        place_nonbasic(column);
        const double change = x_[column] - before;
        if (change != 0.0 && factor_valid_ && rows_ > 0) {
            Eigen::VectorXd delta = Eigen::VectorXd::Zero(rows_);
            add_column(column, change, delta);
            factor_.ftran(delta);
            for (int i = 0; i < rows_; ++i) x_[head_[i]] -= delta[i];
        }
    }
}

void Simplex::load_column(int j, Eigen::VectorXd& out) const {
    out.setZero(rows_);
    add_column(j, 1.0, out);
}

void Simplex::add_column(int j, double scale, Eigen::VectorXd& out) const {
    if (j < columns_) {
        for (SparseMatrix::InnerIterator it(matrix_, j); it; ++it) {
            out[it.row()] += scale * it.value();
        }
    } else {
        out[j - columns_] -= scale;
    }
}

double Simplex::column_dot(int j, const Eigen::VectorXd& vector) const {
    if (j >= columns_) return -vector[j - columns_];
    double sum = 0.0;
    for (SparseMatrix::InnerIterator it(matrix_, j); it; ++it) sum += it.value() * vector[it.row()];
    return sum;
}

bool Simplex::refactor() {
    for (int attempt = 0; attempt < 4; ++attempt) {
        std::vector<Eigen::Triplet<double, int>> triplets;
        for (int p = 0; p < rows_; ++p) {
            const int j = head_[p];
            if (j < columns_) {
                for (SparseMatrix::InnerIterator it(matrix_, j); it; ++it) {
                    triplets.emplace_back(static_cast<int>(it.row()), p, it.value());
                }
            } else {
                triplets.emplace_back(j - columns_, p, -1.0);
            }
        }
        SparseMatrix basis(rows_, rows_);
        basis.setFromTriplets(triplets.begin(), triplets.end());
        basis.makeCompressed();
        if (factor_.factorize(basis)) {
            factor_valid_ = true;
            return true;
        }
        // Replace dependent basic columns by the logicals of the rows they leave uncovered.
        const auto& positions = factor_.dependent_positions();
        const auto& replacement_rows = factor_.replacement_rows();
        for (std::size_t k = 0; k < positions.size() && k < replacement_rows.size(); ++k) {
            const int p = positions[k];
            const int leaving = head_[p];
            const int entering = columns_ + replacement_rows[k];
            if (status_[entering] == VariableStatus::Basic) continue;
            position_[leaving] = -1;
            status_[leaving] = VariableStatus::Free;
            place_nonbasic(leaving);
            head_[p] = entering;
            position_[entering] = p;
            status_[entering] = VariableStatus::Basic;
        }
        dse_weight_.assign(rows_, 1.0);
    }
    factor_valid_ = false;
    return false;
}

void Simplex::compute_primal() {
    if (rows_ == 0) return;
    Eigen::VectorXd rhs = Eigen::VectorXd::Zero(rows_);
    for (int j = 0; j < total_; ++j) {
        if (status_[j] != VariableStatus::Basic && x_[j] != 0.0) add_column(j, -x_[j], rhs);
    }
    factor_.ftran(rhs);
    for (int p = 0; p < rows_; ++p) x_[head_[p]] = rhs[p];
}

void Simplex::compute_dual() {
    Eigen::VectorXd y(rows_);
    for (int p = 0; p < rows_; ++p) y[p] = cost_[head_[p]];
    factor_.btran(y);
    for (int j = 0; j < total_; ++j) {
        d_[j] = status_[j] == VariableStatus::Basic ? 0.0 : cost_[j] - column_dot(j, y);
    }
}

double Simplex::max_primal_infeasibility() const {
    double worst = 0.0;
    for (int p = 0; p < rows_; ++p) {
        const int j = head_[p];
        worst = std::max({worst, lower_[j] - x_[j], x_[j] - upper_[j]});
    }
    return worst;
}

// Counts nonbasic variables whose reduced cost has the wrong sign for their position. With
// flip_boxed, boxed variables are moved to the bound their reduced cost asks for instead
// (the primal values are then recomputed).
int Simplex::count_dual_infeasibilities(bool flip_boxed) {
    const double tolerance = options_.dual_tolerance;
    int count = 0;
    bool flipped = false;
    for (int j = 0; j < total_; ++j) {
        if (status_[j] == VariableStatus::Basic || is_fixed(j)) continue;
        const double dj = d_[j];
        VariableStatus wanted = status_[j];
        if (dj < -tolerance && status_[j] != VariableStatus::AtUpper) {
            wanted = VariableStatus::AtUpper;
        } else if (dj > tolerance && status_[j] != VariableStatus::AtLower) {
            wanted = VariableStatus::AtLower;
        } else if (status_[j] == VariableStatus::Free &&
                   (lower_[j] > -kInfinity || upper_[j] < kInfinity)) {
            wanted = dj >= 0.0 && lower_[j] > -kInfinity ? VariableStatus::AtLower
                                                         : VariableStatus::AtUpper;
        } else {
            continue;
        }
        const bool possible =
            wanted == VariableStatus::AtUpper ? upper_[j] < kInfinity : lower_[j] > -kInfinity;
        if (flip_boxed && possible) {
            status_[j] = wanted;
            place_nonbasic(j);
            flipped = true;
        } else if (std::abs(dj) > tolerance) {
            ++count;
        }
    }
    if (flipped) compute_primal();
    return count;
}

bool Simplex::limits_reached(LpStatus& status) {
    if (options_.iteration_limit >= 0 && call_iterations_ >= options_.iteration_limit) {
        status = LpStatus::IterationLimit;
        return true;
    }
    if (options_.interrupt != nullptr && options_.interrupt->load(std::memory_order_relaxed)) {
        status = LpStatus::Interrupted;
        return true;
    }
    if ((call_iterations_ & 15) == 0 && std::chrono::steady_clock::now() > options_.deadline) {
        status = LpStatus::TimeLimit;
        return true;
    }
    return false;
}

LpStatus Simplex::solve() {
    call_iterations_ = 0;
    if (!factor_valid_ && !refactor()) return LpStatus::NumericalError;
    compute_primal();
    LpStatus status = LpStatus::NumericalError;
    for (int attempt = 0; attempt < 3; ++attempt) {
        status = run();
        if (status != LpStatus::Optimal) return status;
        if (verify()) return LpStatus::Optimal;
    }
    return LpStatus::NumericalError;
}

// Recomputes the point from the factorisation (rather than trusting the updated values) and
// checks it against the scaled bounds and the original costs. Returns false if another
// simplex round is needed.
bool Simplex::verify() {
    compute_primal();
    restore_costs();
    compute_dual();
    const double primal = max_primal_infeasibility();
    if (primal > options_.primal_tolerance) {
        // Accumulated error in the eta file: start the next round from a fresh factorisation.
        if (factor_.update_count() > 0) refactor();
        compute_primal();
        return false;
    }
    for (int j = 0; j < total_; ++j) {
        if (status_[j] == VariableStatus::Basic || is_fixed(j)) continue;
        const double dj = d_[j];
        const double tolerance = options_.dual_tolerance;
        const bool bad = (status_[j] == VariableStatus::AtLower && dj < -tolerance) ||
                         (status_[j] == VariableStatus::AtUpper && dj > tolerance) ||
                         (status_[j] == VariableStatus::Free && std::abs(dj) > tolerance);
        if (bad) return false;
    }
    return true;
}

void Simplex::restore_costs() {
    if (!costs_modified_) return;
    cost_ = original_cost_;
    costs_modified_ = false;
}

LpStatus Simplex::run() {
    restore_costs();
    compute_dual();
    const int dual_infeasible = count_dual_infeasibilities(true);
    if (dual_infeasible == 0) {
        const LpStatus status = dual_simplex();
        if (status != LpStatus::Optimal) return status;
        restore_costs();
        compute_dual();
        if (count_dual_infeasibilities(false) == 0) return LpStatus::Optimal;
        return primal_simplex();
    }
    if (max_primal_infeasibility() <= options_.primal_tolerance) return primal_simplex();

    // Box the variables whose missing bound blocks dual feasibility, solve the boxed problem
    // with the dual simplex, then let the primal simplex remove the box.
    std::vector<int> boxed;
    std::vector<double> saved_lower, saved_upper;
    for (int j = 0; j < total_; ++j) {
        if (status_[j] == VariableStatus::Basic || is_boxed(j)) continue;
        boxed.push_back(j);
        saved_lower.push_back(lower_[j]);
        saved_upper.push_back(upper_[j]);
        lower_[j] = std::max(lower_[j], std::min(-kArtificialBox, x_[j]));
        upper_[j] = std::min(upper_[j], std::max(kArtificialBox, x_[j]));
    }
    compute_dual();
    count_dual_infeasibilities(true);
    const LpStatus boxed_status = dual_simplex();
    for (std::size_t k = 0; k < boxed.size(); ++k) {
        const int j = boxed[k];
        lower_[j] = saved_lower[k];
        upper_[j] = saved_upper[k];
        if (status_[j] == VariableStatus::Basic) continue;
        const bool at_lower = status_[j] == VariableStatus::AtLower;
        const double bound = at_lower ? lower_[j] : upper_[j];
        if (x_[j] != bound) status_[j] = VariableStatus::Free;  // left where the box held it
    }
    if (boxed_status != LpStatus::Optimal && boxed_status != LpStatus::Infeasible) {
        return boxed_status;
    }
    restore_costs();
    return primal_simplex();
}

void Simplex::compute_pivot_row(const Eigen::VectorXd& rho, Eigen::VectorXd& alpha) const {
    alpha.setZero(total_);
    int nonzeros = 0;
    for (int i = 0; i < rows_; ++i) nonzeros += rho[i] != 0.0 ? 1 : 0;
    if (nonzeros * 2 < rows_) {
        for (int i = 0; i < rows_; ++i) {
            const double value = rho[i];
            if (value == 0.0) continue;
            for (RowMatrix::InnerIterator it(row_matrix_, i); it; ++it) {
                alpha[it.col()] += value * it.value();
            }
        }
    } else {
        for (int j = 0; j < columns_; ++j) {
            if (status_[j] != VariableStatus::Basic) alpha[j] = column_dot(j, rho);
        }
    }
    for (int i = 0; i < rows_; ++i) alpha[columns_ + i] = -rho[i];
}

void Simplex::perturb_costs() {
    for (int j = 0; j < total_; ++j) {
        if (status_[j] == VariableStatus::Basic || is_fixed(j)) continue;
        const double size = (1e-7 + 1e-6 * std::abs(original_cost_[j])) * jitter(j);
        double shift = 0.0;
        if (status_[j] == VariableStatus::AtLower) shift = size;
        if (status_[j] == VariableStatus::AtUpper) shift = -size;
        cost_[j] += shift;
        d_[j] += shift;
    }
    costs_modified_ = true;
}

LpStatus Simplex::dual_simplex() {
    const double primal_tolerance = options_.primal_tolerance;
    const double dual_tolerance = options_.dual_tolerance;
    const double pivot_tolerance = options_.pivot_tolerance;
    Eigen::VectorXd rho(rows_), alpha_row(total_), column(rows_), tau(rows_), flip_delta(rows_);
    struct Candidate {
        int j;
        double ratio;
        double magnitude;
    };
    std::vector<Candidate> candidates, group;
    std::vector<int> flips;
    int degenerate_run = 0;
    bool perturbed = false;
    bool fresh_check = false;  // the previous iteration refactorised to double-check a result
    bland_ = false;
    LpStatus status = LpStatus::Optimal;

    while (true) {
        if (limits_reached(status)) return status;
        if (factor_.update_count() >= options_.refactor_interval) {
            if (!refactor()) return LpStatus::NumericalError;
            compute_primal();
            compute_dual();
            count_dual_infeasibilities(true);
        }

        // Pricing: the primal infeasible basic variable with the largest infeasibility
        // relative to its dual steepest-edge weight.
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
        if (r < 0) return LpStatus::Optimal;

        const int leaving = head_[r];
        const bool to_lower = x_[leaving] < lower_[leaving];
        const double direction = to_lower ? 1.0 : -1.0;
        double slope = to_lower ? lower_[leaving] - x_[leaving] : x_[leaving] - upper_[leaving];

        rho.setZero();
        rho[r] = 1.0;
        factor_.btran(rho);
        compute_pivot_row(rho, alpha_row);

        candidates.clear();
        for (int j = 0; j < total_; ++j) {
            if (status_[j] == VariableStatus::Basic || is_fixed(j)) continue;
            const double a = direction * alpha_row[j];
            if (std::abs(a) <= pivot_tolerance) continue;
            double dj = 0.0;
            if (status_[j] == VariableStatus::AtLower) {
                if (a >= 0.0) continue;
                dj = std::max(d_[j], 0.0);
            } else if (status_[j] == VariableStatus::AtUpper) {
                if (a <= 0.0) continue;
                dj = std::max(-d_[j], 0.0);
            }
            candidates.push_back({j, dj / std::abs(a), std::abs(a)});
        }

        // Bound-flipping ratio test with Harris tolerances: pass whole groups of breakpoints
        // by flipping boxed variables while the dual objective still improves.
        int entering = -1;
        flips.clear();
        group.clear();
        // Breakpoints are ordered lazily, a growing prefix at a time: the test usually stops
        // after the first few, and sorting every candidate dominated small dense models.
        auto by_ratio = [](const Candidate& a, const Candidate& b) {
            return a.ratio < b.ratio || (a.ratio == b.ratio && a.j < b.j);
        };
        std::size_t sorted = 0;
        auto in_order_through = [&](std::size_t index) {
            while (sorted <= index) {
                const std::size_t prefix =
                    std::min(candidates.size(), sorted + std::max<std::size_t>(8, sorted));
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
            while (end < candidates.size() &&
                   (in_order_through(end), candidates[end].ratio <= bound)) {
                bound = std::min(
                    bound, candidates[end].ratio + dual_tolerance / candidates[end].magnitude);
                ++end;
            }
            while (end > next && candidates[end - 1].ratio > bound) --end;
            double range = 0.0;
            for (std::size_t k = next; k < end; ++k) {
                range +=
                    candidates[k].magnitude * (upper_[candidates[k].j] - lower_[candidates[k].j]);
            }
            if (std::isfinite(range) && slope - range > primal_tolerance && !bland_) {
                slope -= range;
                for (std::size_t k = next; k < end; ++k) flips.push_back(candidates[k].j);
                next = end;
                continue;
            }
            double largest = 0.0;
            for (std::size_t k = next; k < end; ++k) {
                const Candidate& c = candidates[k];
                group.push_back(c);
                const bool better =
                    bland_ ? (entering < 0 || c.j < entering) : c.magnitude > largest;
                if (better) {
                    largest = c.magnitude;
                    entering = c.j;
                }
            }
            break;
        }
        if (entering < 0) {
            // The dual is unbounded along this row: the primal is infeasible. Confirm on a
            // fresh factorisation first.
            if (factor_.update_count() > 0 && !fresh_check) {
                if (!refactor()) return LpStatus::NumericalError;
                compute_primal();
                compute_dual();
                count_dual_infeasibilities(true);
                fresh_check = true;
                continue;
            }
            return LpStatus::Infeasible;
        }

        load_column(entering, column);
        factor_.ftran(column);
        const double pivot = column[r];
        const double row_pivot = alpha_row[entering];
        if (std::abs(pivot - row_pivot) > 1e-6 * (1.0 + std::abs(pivot)) ||
            std::abs(pivot) <= pivot_tolerance) {
            if (factor_.update_count() > 0 && !fresh_check) {
                if (!refactor()) return LpStatus::NumericalError;
                compute_primal();
                compute_dual();
                count_dual_infeasibilities(true);
                fresh_check = true;
                continue;
            }
            if (std::abs(pivot) <= pivot_tolerance) return LpStatus::NumericalError;
        }
        fresh_check = false;

        // Dual step. A reduced cost of the wrong sign (within the Harris tolerance) is
        // shifted to zero so the step is never backwards.
        double dq = d_[entering];
        if ((status_[entering] == VariableStatus::AtLower && dq < 0.0) ||
            (status_[entering] == VariableStatus::AtUpper && dq > 0.0) ||
            status_[entering] == VariableStatus::Free) {
            cost_[entering] -= dq;
            dq = 0.0;
            costs_modified_ = true;
        }
        const double theta_dual = dq / alpha_row[entering];
        if (theta_dual != 0.0) {
            for (int j = 0; j < total_; ++j) {
                if (status_[j] != VariableStatus::Basic) d_[j] -= theta_dual * alpha_row[j];
            }
        }
        d_[entering] = 0.0;
        d_[leaving] = -theta_dual;
        for (const int j : flips) {
            // After passing a flipped variable's breakpoint its reduced cost must suit the
            // opposite bound; a tiny leftover of the wrong sign is shifted away.
            const bool will_be_upper = status_[j] == VariableStatus::AtLower;
            if ((will_be_upper && d_[j] > 0.0) || (!will_be_upper && d_[j] < 0.0)) {
                cost_[j] -= d_[j];
                d_[j] = 0.0;
                costs_modified_ = true;
            }
        }
        for (const Candidate& c : group) {
            const int j = c.j;
            if (j == entering) continue;
            const bool at_lower = status_[j] == VariableStatus::AtLower;
            if ((at_lower && d_[j] < 0.0) || (!at_lower && d_[j] > 0.0)) {
                cost_[j] -= d_[j];
                d_[j] = 0.0;
                costs_modified_ = true;
            }
        }

        if (!flips.empty()) {
            flip_delta.setZero();
            for (const int j : flips) {
                const bool at_lower = status_[j] == VariableStatus::AtLower;
                const double change = at_lower ? upper_[j] - lower_[j] : lower_[j] - upper_[j];
                status_[j] = at_lower ? VariableStatus::AtUpper : VariableStatus::AtLower;
                x_[j] = at_lower ? upper_[j] : lower_[j];
                add_column(j, change, flip_delta);
            }
            factor_.ftran(flip_delta);
            for (int p = 0; p < rows_; ++p) x_[head_[p]] -= flip_delta[p];
        }

        // Primal step: the leaving variable moves exactly onto its violated bound.
        const double target = to_lower ? lower_[leaving] : upper_[leaving];
        const double theta_primal = (x_[leaving] - target) / pivot;
        if (theta_primal != 0.0) {
            for (int p = 0; p < rows_; ++p) x_[head_[p]] -= theta_primal * column[p];
        }
        x_[entering] += theta_primal;

        // Dual steepest-edge weights (exact update with τ = B⁻¹ρ).
        tau = rho;
        factor_.ftran(tau);
        const double weight_r = std::max(rho.squaredNorm(), 1e-12);
        for (int p = 0; p < rows_; ++p) {
            if (p == r || column[p] == 0.0) continue;
            const double ratio = column[p] / pivot;
            dse_weight_[p] = std::max(dse_weight_[p] + ratio * (ratio * weight_r - 2.0 * tau[p]),
                                      ratio * ratio + 1e-12);
        }
        dse_weight_[r] = std::max(weight_r / (pivot * pivot), 1e-12);

        // Basis change.
        x_[leaving] = target;
        status_[leaving] =
            to_lower || is_fixed(leaving) ? VariableStatus::AtLower : VariableStatus::AtUpper;
        position_[leaving] = -1;
        head_[r] = entering;
        position_[entering] = r;
        status_[entering] = VariableStatus::Basic;
        factor_.update(r, column);
        ++iterations_;
        ++call_iterations_;

        if (std::abs(theta_dual) < 1e-12) {
            ++degenerate_run;
            if (degenerate_run >= kPerturbAfter && !perturbed) {
                perturb_costs();
                perturbed = true;
            }
            if (degenerate_run >= kBlandAfter) bland_ = true;
        } else {
            degenerate_run = 0;
            bland_ = false;
        }
    }
}

LpStatus Simplex::primal_simplex() {
    const double primal_tolerance = options_.primal_tolerance;
    const double dual_tolerance = options_.dual_tolerance;
    const double pivot_tolerance = options_.pivot_tolerance;
    Eigen::VectorXd y(rows_), column(rows_);
    std::vector<double> phase_cost(total_, 0.0);
    int degenerate_run = 0;
    bool fresh_check = false;
    bland_ = false;
    LpStatus status = LpStatus::Optimal;

    while (true) {
        if (limits_reached(status)) return status;
        if (factor_.update_count() >= options_.refactor_interval) {
            if (!refactor()) return LpStatus::NumericalError;
            compute_primal();
        }

        // Composite phase 1: minimise the sum of infeasibilities while any basic variable is
        // out of its bounds, else phase 2 on the true costs.
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

        int entering = -1;
        double best = 0.0;
        for (int j = 0; j < total_; ++j) {
            if (status_[j] == VariableStatus::Basic || is_fixed(j)) continue;
            const double dj = (phase_one ? 0.0 : cost_[j]) - column_dot(j, y);
            if (!phase_one) d_[j] = dj;
            const bool can_increase = x_[j] < upper_[j] - primal_tolerance;
            const bool can_decrease = x_[j] > lower_[j] + primal_tolerance;
            if (!((dj < -dual_tolerance && can_increase) ||
                  (dj > dual_tolerance && can_decrease))) {
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
        if (entering < 0) {
            if (!phase_one) {
                for (int p = 0; p < rows_; ++p) d_[head_[p]] = 0.0;
                return LpStatus::Optimal;
            }
            if (factor_.update_count() > 0 && !fresh_check) {
                if (!refactor()) return LpStatus::NumericalError;
                compute_primal();
                fresh_check = true;
                continue;
            }
            return LpStatus::Infeasible;
        }
        const double dq = (phase_one ? 0.0 : cost_[entering]) - column_dot(entering, y);
        const double direction = dq < 0.0 ? 1.0 : -1.0;

        load_column(entering, column);
        factor_.ftran(column);

        // Harris two-pass ratio test over the basic variables.
        auto target_of = [&](int p, double rate, double& target) {
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
        };
        double relaxed_step = kInfinity;
        for (int p = 0; p < rows_; ++p) {
            const double rate = -direction * column[p];
            if (std::abs(rate) <= pivot_tolerance) continue;
            double target = 0.0;
            if (!target_of(p, rate, target)) continue;
            const double slack = (target - x_[head_[p]]) / rate;
            relaxed_step = std::min(relaxed_step, slack + primal_tolerance / std::abs(rate));
        }
        int r = -1;
        double largest = 0.0, step = kInfinity, leaving_target = 0.0;
        for (int p = 0; p < rows_; ++p) {
            const double rate = -direction * column[p];
            if (std::abs(rate) <= pivot_tolerance) continue;
            double target = 0.0;
            if (!target_of(p, rate, target)) continue;
            const double distance = (target - x_[head_[p]]) / rate;
            if (distance > relaxed_step) continue;
            const bool better = bland_ ? (r < 0 || head_[p] < head_[r]) : std::abs(rate) > largest;
            if (better) {
                largest = std::abs(rate);
                r = p;
                step = std::max(distance, 0.0);
                leaving_target = target;
            }
        }
        // The entering variable's own opposite bound.
        const double own_range =
            direction > 0.0 ? upper_[entering] - x_[entering] : x_[entering] - lower_[entering];
        if (own_range < kInfinity && (r < 0 || own_range <= step)) {
            for (int p = 0; p < rows_; ++p) x_[head_[p]] -= direction * own_range * column[p];
            const bool up = direction > 0.0;
            status_[entering] = up ? VariableStatus::AtUpper : VariableStatus::AtLower;
            x_[entering] = up ? upper_[entering] : lower_[entering];
            ++iterations_;
            ++call_iterations_;
            fresh_check = false;
            continue;
        }
        if (r < 0) {
            if (factor_.update_count() > 0 && !fresh_check) {
                if (!refactor()) return LpStatus::NumericalError;
                compute_primal();
                fresh_check = true;
                continue;
            }
            if (phase_one) return LpStatus::NumericalError;
            return LpStatus::Unbounded;
        }
        if (std::abs(column[r]) < 1e-7 && factor_.update_count() > 0 && !fresh_check) {
            if (!refactor()) return LpStatus::NumericalError;
            compute_primal();
            fresh_check = true;
            continue;
        }
        fresh_check = false;

        for (int p = 0; p < rows_; ++p) x_[head_[p]] -= direction * step * column[p];
        x_[entering] += direction * step;
        const int leaving = head_[r];
        x_[leaving] = leaving_target;
        status_[leaving] =
            leaving_target == lower_[leaving] ? VariableStatus::AtLower : VariableStatus::AtUpper;
        position_[leaving] = -1;
        head_[r] = entering;
        position_[entering] = r;
        status_[entering] = VariableStatus::Basic;
        factor_.update(r, column);
        dse_weight_[r] = 1.0;
        ++iterations_;
        ++call_iterations_;

        if (step * largest < 1e-12) {
            if (++degenerate_run >= kBlandAfter / 4) bland_ = true;
        } else {
            degenerate_run = 0;
            bland_ = false;
        }
    }
}

double Simplex::objective() const {
    double sum = 0.0;
    for (int j = 0; j < columns_; ++j) sum += original_cost_[j] * x_[j];
    return sum;
}

double Simplex::column_value(int column) const {
    return x_[column] * column_scale_[column];
}

std::vector<double> Simplex::column_values() const {
    std::vector<double> values(columns_);
    for (int j = 0; j < columns_; ++j) values[j] = column_value(j);
    return values;
}

std::vector<double> Simplex::row_activities() const {
    std::vector<double> activities(rows_);
    for (int i = 0; i < rows_; ++i) activities[i] = x_[columns_ + i] / row_scale_[i];
    return activities;
}

std::vector<double> Simplex::row_duals() const {
    // d of the logical −e_i is c − (−y_i) = y_i in scaled units; row i was multiplied by
    // its scale, so the dual of the original row is scale · y_i.
    std::vector<double> duals(rows_);
    Eigen::VectorXd y(rows_);
    for (int p = 0; p < rows_; ++p) y[p] = original_cost_[head_[p]];
    factor_.btran(y);
    for (int i = 0; i < rows_; ++i) duals[i] = y[i] * row_scale_[i];
    return duals;
}

std::vector<double> Simplex::reduced_costs() const {
    std::vector<double> duals = row_duals();
    std::vector<double> reduced(columns_);
    for (int j = 0; j < columns_; ++j) {
        double sum = 0.0;
        for (SparseMatrix::InnerIterator it(matrix_, j); it; ++it) {
            sum += it.value() / row_scale_[it.row()] / column_scale_[j] * duals[it.row()];
        }
        reduced[j] = original_cost_[j] / column_scale_[j] - sum;
    }
    return reduced;
}

bool Simplex::tableau_row(int column, std::vector<double>& coefficients) const {
    if (column < 0 || column >= columns_ || !factor_valid_) return false;
    const int p = position_[column];
    if (p < 0) return false;
    // Scaled system: [Ã −I](x̃; s̃) = 0, so x̃_B(p) + ρᵀN x̃_N = 0 with ρ = B⁻ᵀe_p.
    Eigen::VectorXd rho = Eigen::VectorXd::Zero(rows_);
    rho[p] = 1.0;
    factor_.btran(rho);
    Eigen::VectorXd alpha;
    compute_pivot_row(rho, alpha);
    // Back to model units: x̃_j = x_j / C_j and s̃_i = R_i s_i; multiplying the row by C_B
    // makes the basic variable's coefficient 1.
    coefficients.assign(total_, 0.0);
    const double basic_scale = column_scale_[column];
    for (int j = 0; j < columns_; ++j) {
        if (status_[j] != VariableStatus::Basic) {
            coefficients[j] = alpha[j] * basic_scale / column_scale_[j];
        }
    }
    for (int i = 0; i < rows_; ++i) {
        if (status_[columns_ + i] != VariableStatus::Basic) {
            coefficients[columns_ + i] = alpha[columns_ + i] * row_scale_[i] * basic_scale;
        }
    }
    return true;
}

Basis Simplex::basis() const {
    return Basis{status_};
}

void Simplex::set_basis(const Basis& basis) {
    if (static_cast<int>(basis.status.size()) != total_) return;
    int position = 0;
    std::vector<int> head;
    for (int j = 0; j < total_; ++j) {
        if (basis.status[j] == VariableStatus::Basic) head.push_back(j);
    }
    if (static_cast<int>(head.size()) != rows_) return;
    status_ = basis.status;
    head_ = head;
    std::fill(position_.begin(), position_.end(), -1);
    for (const int j : head_) position_[j] = position++;
    for (int j = 0; j < total_; ++j) {
        if (status_[j] != VariableStatus::Basic) place_nonbasic(j);
    }
    dse_weight_.assign(rows_, 1.0);
    factor_valid_ = false;
    if (refactor()) compute_primal();
}

Simplex::Snapshot Simplex::snapshot() const {
    return Snapshot{x_,
                    d_,
                    cost_,
                    dse_weight_,
                    lower_,
                    upper_,
                    status_,
                    head_,
                    factor_.update_count(),
                    factor_.generation(),
                    costs_modified_};
}

void Simplex::restore(const Snapshot& snapshot) {
    x_ = snapshot.x;
    d_ = snapshot.d;
    cost_ = snapshot.cost;
    dse_weight_ = snapshot.dse_weight;
    lower_ = snapshot.lower;
    upper_ = snapshot.upper;
    status_ = snapshot.status;
    head_ = snapshot.head;
    costs_modified_ = snapshot.costs_modified;
    std::fill(position_.begin(), position_.end(), -1);
    for (int p = 0; p < rows_; ++p) position_[head_[p]] = p;
    if (factor_.generation() == snapshot.generation &&
        factor_.update_count() >= snapshot.eta_count) {
        factor_.truncate_updates(snapshot.eta_count);
    } else {
        factor_valid_ = false;
        if (refactor()) compute_primal();
    }
}

}  // namespace mealplan::solver

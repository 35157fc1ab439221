#include "lp/simplex.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

#include "lp/scaling.hpp"

namespace mealplan::solver {
namespace {

// Refactorisations with dependent columns replaced before the basis counts as singular.
constexpr int kRefactorAttempts = 4;
// Simplex rounds whose answer fails verify() before the numerical error is admitted.
constexpr int kVerifyRounds = 3;

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

Simplex::Simplex(const Model& model, const SimplexOptions& options, const SimplexLimits& limits)
    : options_(options), limits_(limits) {
    rows_ = model.row_count();
    columns_ = model.variable_count();
    total_ = rows_ + columns_;
    sense_ = model.sense == ObjectiveSense::Maximize ? -1.0 : 1.0;
    load_matrix(model);
    load_bounds_and_costs(model);
    start_from_slack_basis();
}

// The scaled constraint matrix, by columns and by rows.
void Simplex::load_matrix(const Model& model) {
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
}

// Scaled bounds of the columns and of the rows' logicals, and minimisation costs.
void Simplex::load_bounds_and_costs(const Model& model) {
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
}

// Every logical basic; every column at the bound its cost prefers.
void Simplex::start_from_slack_basis() {
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

std::vector<double> Simplex::minimisation_costs() const {
    std::vector<double> costs(columns_);
    for (int j = 0; j < columns_; ++j) costs[j] = original_cost_[j] / column_scale_[j];
    return costs;
}

void Simplex::set_minimisation_costs(const std::vector<double>& costs) {
    for (int j = 0; j < columns_; ++j) original_cost_[j] = costs[j] * column_scale_[j];
    cost_ = original_cost_;
    costs_modified_ = false;
    basis_or_costs_changed();
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
    for (int attempt = 0; attempt < kRefactorAttempts; ++attempt) {
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
            basis_or_costs_changed();
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

void Simplex::compute_dual_if_stale() {
    if (dual_version_ != state_version_) compute_dual();
}

void Simplex::compute_dual() {
    dual_version_ = state_version_;
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
    if (limits_.iteration_limit >= 0 && call_iterations_ >= limits_.iteration_limit) {
        status = LpStatus::IterationLimit;
        return true;
    }
    if (limits_.interrupt != nullptr && limits_.interrupt->load(std::memory_order_relaxed)) {
        status = LpStatus::Interrupted;
        return true;
    }
    // The clock is read every 16 iterations only: it costs more than a small iteration.
    if ((call_iterations_ & 15) == 0 && std::chrono::steady_clock::now() > limits_.deadline) {
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
    for (int attempt = 0; attempt < kVerifyRounds; ++attempt) {
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
    compute_dual_if_stale();
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
    basis_or_costs_changed();
}

LpStatus Simplex::run() {
    restore_costs();
    compute_dual_if_stale();
    const int dual_infeasible = count_dual_infeasibilities(true);
    if (dual_infeasible == 0) {
        const LpStatus status = dual_simplex();
        if (status != LpStatus::Optimal) return status;
        restore_costs();
        compute_dual_if_stale();
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
        lower_[j] = std::max(lower_[j], std::min(-options_.artificial_box, x_[j]));
        upper_[j] = std::min(upper_[j], std::max(options_.artificial_box, x_[j]));
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
    basis_or_costs_changed();
}

bool Simplex::refactor_if_due(bool recompute_duals) {
    if (factor_.update_count() < options_.refactor_interval) return true;
    if (!refactor()) return false;
    compute_primal();
    if (recompute_duals) {
        compute_dual();
        count_dual_infeasibilities(true);
    }
    return true;
}

Simplex::Recheck Simplex::refactor_to_recheck(bool& fresh_check, bool recompute_duals) {
    if (factor_.update_count() == 0 || fresh_check) return Recheck::Unavailable;
    if (!refactor()) return Recheck::Failed;
    compute_primal();
    if (recompute_duals) {
        compute_dual();
        count_dual_infeasibilities(true);
    }
    fresh_check = true;
    return Recheck::Done;
}

void Simplex::replace_basic(int r, int entering, double leaving_value,
                            VariableStatus leaving_status, const Eigen::VectorXd& column) {
    const int leaving = head_[r];
    x_[leaving] = leaving_value;
    status_[leaving] = leaving_status;
    position_[leaving] = -1;
    head_[r] = entering;
    position_[entering] = r;
    status_[entering] = VariableStatus::Basic;
    basis_or_costs_changed();
    factor_.update(r, column);
    ++iterations_;
    ++call_iterations_;
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
    basis_or_costs_changed();
    status_ = basis.status;
    int basic = static_cast<int>(std::count(status_.begin(), status_.end(), VariableStatus::Basic));
    for (int j = total_ - 1; j >= 0 && basic > rows_; --j) {
        if (status_[j] != VariableStatus::Basic) continue;
        status_[j] = VariableStatus::AtLower;
        --basic;
    }
    for (int i = 0; i < rows_ && basic < rows_; ++i) {
        if (status_[columns_ + i] == VariableStatus::Basic) continue;
        status_[columns_ + i] = VariableStatus::Basic;
        ++basic;
    }
    head_.clear();
    std::fill(position_.begin(), position_.end(), -1);
    for (int j = 0; j < total_; ++j) {
        if (status_[j] != VariableStatus::Basic) continue;
        position_[j] = static_cast<int>(head_.size());
        head_.push_back(j);
    }
    for (int j = 0; j < total_; ++j) {
        if (status_[j] != VariableStatus::Basic) place_nonbasic(j);
    }
    dse_weight_.assign(rows_, 1.0);
    factor_valid_ = false;
    if (refactor()) compute_primal();
}

LpBasis to_lp_basis(const Basis& basis, int columns) {
    LpBasis out;
    out.variables.assign(basis.status.begin(), basis.status.begin() + columns);
    out.rows.assign(basis.status.begin() + columns, basis.status.end());
    return out;
}

Basis from_lp_basis(const LpBasis& basis, int columns, int rows) {
    Basis out;
    if (static_cast<int>(basis.variables.size()) > columns ||
        static_cast<int>(basis.rows.size()) > rows) {
        return out;
    }
    out.status = basis.variables;
    out.status.resize(columns, VariableStatus::AtLower);
    out.status.insert(out.status.end(), basis.rows.begin(), basis.rows.end());
    out.status.resize(columns + rows, VariableStatus::Basic);
    return out;
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
                    costs_modified_,
                    dual_version_ == state_version_};
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
    basis_or_costs_changed();
    if (snapshot.duals_fresh) dual_version_ = state_version_;
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

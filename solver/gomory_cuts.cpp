#include "solver/gomory_cuts.hpp"

#include <algorithm>
#include <cmath>

namespace mealplan::solver {
namespace {

// How a nonbasic variable (a column, or a row's logical whose value is the row activity)
// enters the cut: through its distance t ≥ 0 from the bound it sits at.
struct NonbasicVariable {
    enum class Use { Ignore, Lower, Upper, Unusable };
    Use use = Use::Ignore;
    double bound = 0.0;    // the bound it sits at
    bool integer = false;  // t takes integer values only
};

bool is_integer_column(const Model& model, int column) {
    return model.variables[column].type != VariableType::Continuous;
}

// A row whose activity is an integer at every integer point: integer columns only, each
// with an integral coefficient. Its logical variable may then be treated as integer.
bool has_integral_activity(const Model& model, const Row& row) {
    for (const Term& term : row.terms) {
        if (!is_integer_column(model, term.variable) ||
            term.coefficient != std::round(term.coefficient)) {
            return false;
        }
    }
    return true;
}

bool is_integral(double value) {
    return std::abs(value - std::round(value)) <= 1e-9 * std::max(1.0, std::abs(value));
}

bool sits_at(double value, double bound) {
    return std::isfinite(bound) && std::abs(value - bound) <= 1e-7 * std::max(1.0, std::abs(bound));
}

std::vector<NonbasicVariable> describe_nonbasics(const Model& model, const Simplex& lp,
                                                 const std::vector<double>& lower,
                                                 const std::vector<double>& upper,
                                                 const std::vector<double>& values,
                                                 const std::vector<double>& activities) {
    const int columns = model.variable_count();
    const Basis basis = lp.basis();
    std::vector<NonbasicVariable> nonbasic(basis.status.size());
    for (std::size_t k = 0; k < basis.status.size(); ++k) {
        const int index = static_cast<int>(k);
        const bool is_column = index < columns;
        const double lo = is_column ? lower[k] : model.rows[index - columns].lower;
        const double hi = is_column ? upper[k] : model.rows[index - columns].upper;
        const double value = is_column ? values[k] : activities[index - columns];
        NonbasicVariable& variable = nonbasic[k];
        const VariableStatus status = basis.status[k];
        if (status == VariableStatus::Basic) continue;
        const bool fixed = std::isfinite(lo) && hi - lo <= 1e-12 * std::max(1.0, std::abs(lo));
        if (fixed) continue;  // t is always 0
        if (status == VariableStatus::AtLower && sits_at(value, lo)) {
            variable.use = NonbasicVariable::Use::Lower;
            variable.bound = lo;
        } else if (status == VariableStatus::AtUpper && sits_at(value, hi)) {
            variable.use = NonbasicVariable::Use::Upper;
            variable.bound = hi;
        } else {
            variable.use = NonbasicVariable::Use::Unusable;  // free, or off its model bound
            continue;
        }
        const bool integer_variable =
            is_column ? is_integer_column(model, index)
                      : has_integral_activity(model, model.rows[index - columns]);
        variable.integer = integer_variable && is_integral(variable.bound);
    }
    return nonbasic;
}

// Collects a cut's coefficients on the columns: a dense array plus the list of touched
// entries, so that each candidate row costs only its own nonzeros to clear.
class CutAccumulator {
  public:
    explicit CutAccumulator(int columns) : coefficient_(columns, 0.0), touched_(columns, 0) {}

    void add(int column, double value) {
        if (!touched_[column]) {
            touched_[column] = 1;
            indices_.push_back(column);
        }
        coefficient_[column] += value;
    }

    /// Turns the collected inequality  Σ c_j x_j ≥ lower  into a scaled, checked Cut;
    /// false when it is numerically unsafe or not violated enough. Resets the accumulator.
    bool finish(double lower, const std::vector<double>& column_lower,
                const std::vector<double>& column_upper, const std::vector<double>& values,
                const GomoryLimits& limits, Cut& cut) {
        std::sort(indices_.begin(), indices_.end());
        double largest = 0.0;
        for (const int j : indices_) largest = std::max(largest, std::abs(coefficient_[j]));
        bool ok = largest > 0.0 && std::isfinite(largest) && std::isfinite(lower);
        double smallest = kInfinity;
        cut.terms.clear();
        for (const int j : indices_) {
            const double c = coefficient_[j];
            if (ok && std::abs(c) < 1e-9 * largest) {
                // Dropping c·x_j keeps the cut valid when the right-hand side gives up the
                // most that term could contribute.
                const double bound = c > 0.0 ? column_upper[j] : column_lower[j];
                if (std::isfinite(bound)) {
                    lower -= c * bound;
                } else if (c != 0.0) {
                    ok = false;
                }
            } else if (ok) {
                smallest = std::min(smallest, std::abs(c));
                cut.terms.push_back({j, c / largest});
            }
            coefficient_[j] = 0.0;
            touched_[j] = 0;
        }
        indices_.clear();
        const double term_limit =
            limits.maximum_density * static_cast<double>(coefficient_.size()) + 10.0;
        if (!ok || cut.terms.empty() || static_cast<double>(cut.terms.size()) > term_limit ||
            largest / smallest > limits.maximum_dynamic_range) {
            return false;
        }
        cut.lower = lower / largest;
        double activity = 0.0, norm = 0.0;
        for (const Term& term : cut.terms) {
            activity += term.coefficient * values[term.variable];
            norm += term.coefficient * term.coefficient;
        }
        cut.efficacy = (cut.lower - activity) / std::sqrt(norm);
        return cut.efficacy >= limits.minimum_efficacy;
    }

  private:
    std::vector<double> coefficient_;
    std::vector<char> touched_;
    std::vector<int> indices_;
};

}  // namespace

std::vector<Cut> separate_gomory_cuts(const Model& model, const Simplex& lp,
                                      const std::vector<double>& lower,
                                      const std::vector<double>& upper,
                                      const GomoryLimits& limits) {
    const int columns = model.variable_count();
    const std::vector<double> values = lp.column_values();
    const std::vector<double> activities = lp.row_activities();
    const Basis basis = lp.basis();

    struct Candidate {
        int column;
        double distance;  // from the nearest integer
    };
    std::vector<Candidate> candidates;
    for (int j = 0; j < columns; ++j) {
        if (!is_integer_column(model, j) || basis.status[j] != VariableStatus::Basic) continue;
        const double fraction = values[j] - std::floor(values[j]);
        const double distance = std::min(fraction, 1.0 - fraction);
        if (distance >= limits.minimum_fraction) candidates.push_back({j, distance});
    }
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const Candidate& a, const Candidate& b) { return a.distance > b.distance; });
    if (static_cast<int>(candidates.size()) > limits.maximum_candidates) {
        candidates.resize(limits.maximum_candidates);
    }
    if (candidates.empty()) return {};

    const std::vector<NonbasicVariable> nonbasic =
        describe_nonbasics(model, lp, lower, upper, values, activities);
    std::vector<Cut> cuts;
    CutAccumulator accumulator(columns);
    std::vector<double> row;
    for (const Candidate& candidate : candidates) {
        if (!lp.tableau_row(candidate.column, row)) continue;
        // x_B + Σ ā_k t_k = β with t_k ≥ 0 the distances of the nonbasics from their bounds;
        // the mixed-integer rounding of that equation is  Σ g_k t_k ≥ 1.
        const double beta = values[candidate.column];
        const double f0 = beta - std::floor(beta);
        double constant = 0.0;  // Σ g_k t_k = Σ_j c_j x_j + constant
        bool usable = true;
        for (std::size_t k = 0; k < row.size() && usable; ++k) {
            if (std::abs(row[k]) < 1e-12) continue;
            const NonbasicVariable& variable = nonbasic[k];
            if (variable.use == NonbasicVariable::Use::Ignore) continue;
            if (variable.use == NonbasicVariable::Use::Unusable) {
                usable = false;
                break;
            }
            const bool at_upper = variable.use == NonbasicVariable::Use::Upper;
            const double a = at_upper ? -row[k] : row[k];
            double g;
            if (variable.integer) {
                const double fk = a - std::floor(a);
                g = fk <= f0 ? fk / f0 : (1.0 - fk) / (1.0 - f0);
            } else {
                g = a >= 0.0 ? a / f0 : -a / (1.0 - f0);
            }
            if (g == 0.0) continue;
            // t = v − bound at a lower bound, bound − v at an upper one.
            const double on_value = at_upper ? -g : g;
            constant -= on_value * variable.bound;
            const int index = static_cast<int>(k);
            if (index < columns) {
                accumulator.add(index, on_value);
            } else {
                for (const Term& term : model.rows[index - columns].terms) {
                    accumulator.add(term.variable, on_value * term.coefficient);
                }
            }
        }
        Cut cut;
        const double rhs = usable ? 1.0 - constant : kInfinity;
        if (accumulator.finish(rhs, lower, upper, values, limits, cut)) cuts.push_back(cut);
    }
    return cuts;
}

namespace {

double dot(const std::vector<Term>& a, const std::vector<Term>& b) {
    double sum = 0.0;
    std::size_t i = 0, k = 0;
    while (i < a.size() && k < b.size()) {
        if (a[i].variable < b[k].variable) {
            ++i;
        } else if (b[k].variable < a[i].variable) {
            ++k;
        } else {
            sum += a[i++].coefficient * b[k++].coefficient;
        }
    }
    return sum;
}

}  // namespace

std::vector<Cut> select_cuts(std::vector<Cut> cuts, int count) {
    constexpr double kMaximumParallelism = 0.999;
    std::stable_sort(cuts.begin(), cuts.end(),
                     [](const Cut& a, const Cut& b) { return a.efficacy > b.efficacy; });
    std::vector<Cut> picked;
    std::vector<double> norms;
    for (Cut& cut : cuts) {
        if (static_cast<int>(picked.size()) >= count) break;
        const double norm = std::sqrt(dot(cut.terms, cut.terms));
        bool parallel = false;
        for (std::size_t p = 0; p < picked.size() && !parallel; ++p) {
            parallel = dot(cut.terms, picked[p].terms) > kMaximumParallelism * norm * norms[p];
        }
        if (parallel) continue;
        norms.push_back(norm);
        picked.push_back(std::move(cut));
    }
    return picked;
}

}  // namespace mealplan::solver

#include "mip/gomory_cuts.hpp"

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

std::vector<NonbasicVariable> describe_nonbasics(const Model& model, const Basis& basis,
                                                 const std::vector<double>& lower,
                                                 const std::vector<double>& upper,
                                                 const std::vector<double>& values,
                                                 const std::vector<double>& activities) {
    const int columns = model.variable_count();
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

}  // namespace

std::vector<Cut> separate_gomory_cuts(const Model& model, const Simplex& lp,
                                      const std::vector<double>& lower,
                                      const std::vector<double>& upper, const CutOptions& limits) {
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
        if (distance >= limits.gomory_minimum_fraction) candidates.push_back({j, distance});
    }
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const Candidate& a, const Candidate& b) { return a.distance > b.distance; });
    if (static_cast<int>(candidates.size()) > limits.gomory_maximum_candidates) {
        candidates.resize(limits.gomory_maximum_candidates);
    }
    if (candidates.empty()) return {};

    const std::vector<NonbasicVariable> nonbasic =
        describe_nonbasics(model, basis, lower, upper, values, activities);
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

}  // namespace mealplan::solver

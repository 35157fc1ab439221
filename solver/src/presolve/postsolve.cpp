#include "presolve/postsolve.hpp"

#include <cmath>
#include <type_traits>

#include "solution_check.hpp"

namespace mealplan::solver {
namespace {

// A value counts as sitting at a bound within this (relative) distance.
constexpr double kAtBoundTolerance = 1e-9;

bool at(double value, double bound) {
    return std::isfinite(bound) &&
           std::abs(value - bound) <= kAtBoundTolerance * std::max(1.0, std::abs(bound));
}

// Calls `visit` on each record, last first.
template <typename Visit>
void in_reverse(const std::vector<PresolveRecord>& records, Visit&& visit) {
    for (auto it = records.rbegin(); it != records.rend(); ++it) std::visit(visit, *it);
}

}  // namespace

Postsolve::Postsolve(const Model& model, bool keep_duals)
    : original_column_count_(model.variable_count()),
      original_rows_(model.row_count()),
      original_lower_(model.variable_count()),
      original_upper_(model.variable_count()) {
    for (int j = 0; j < model.variable_count(); ++j) {
        original_lower_[j] = model.variables[j].lower;
        original_upper_[j] = model.variables[j].upper;
    }
    if (!keep_duals) return;
    const double sense = model.sense == ObjectiveSense::Maximize ? -1.0 : 1.0;
    original_costs_.resize(model.variable_count());
    for (int j = 0; j < model.variable_count(); ++j) {
        original_costs_[j] = sense * model.variables[j].cost;
    }
    original_columns_.resize(model.variable_count());
    for (int i = 0; i < model.row_count(); ++i) {
        for (const Term& term : model.rows[i].terms) {
            original_columns_[term.variable].push_back({i, term.coefficient});
        }
    }
}

void Postsolve::set_reduced(std::vector<int> columns, std::vector<int> rows,
                            std::vector<double> final_costs) {
    kept_columns_ = std::move(columns);
    kept_rows_ = std::move(rows);
    final_costs_ = std::move(final_costs);
}

std::vector<double> Postsolve::values(const std::vector<double>& reduced_values) const {
    std::vector<double> x(original_column_count_, 0.0);
    for (std::size_t k = 0; k < kept_columns_.size(); ++k) x[kept_columns_[k]] = reduced_values[k];
    in_reverse(records_, [&](const auto& record) {
        using T = std::decay_t<decltype(record)>;
        if constexpr (std::is_same_v<T, FixedColumn>) {
            x[record.column] = record.value;
        } else if constexpr (std::is_same_v<T, FreeColumnSingleton>) {
            double rest = 0.0;
            for (const PresolveEntry& entry : record.others) rest += entry.value * x[entry.index];
            x[record.column] = (record.right_hand_side - rest) / record.coefficient;
        }
    });
    return x;
}

void Postsolve::duals(const std::vector<double>& reduced_row_duals,
                      const std::vector<double>& original_values, std::vector<double>& row_duals,
                      std::vector<double>& reduced_costs) const {
    std::vector<double>& y = row_duals;
    y.assign(original_rows_, 0.0);
    for (std::size_t k = 0; k < kept_rows_.size(); ++k) y[kept_rows_[k]] = reduced_row_duals[k];
    // The costs as they were when each reduction was made: the final ones, with the cost
    // moves of free column singletons undone on the way back.
    std::vector<double> cost = final_costs_;
    auto reduced_cost = [&](int column) {
        double sum = cost[column];
        for (const PresolveEntry& entry : original_columns_[column]) {
            sum -= entry.value * y[entry.index];
        }
        return sum;
    };
    in_reverse(records_, [&](const auto& record) {
        using T = std::decay_t<decltype(record)>;
        if constexpr (std::is_same_v<T, SingletonRow>) {
            // The row takes over the reduced cost of a bound it supplied and that binds.
            const double d = reduced_cost(record.column);
            const double value = original_values[record.column];
            if ((record.lower_from_row && at(value, record.lower) && d > 0.0) ||
                (record.upper_from_row && at(value, record.upper) && d < 0.0)) {
                y[record.row] = d / record.coefficient;
            }
        } else if constexpr (std::is_same_v<T, DuplicateRow>) {
            const double merged = y[record.kept];
            if ((merged > 0.0 && record.lower_from_removed) ||
                (merged < 0.0 && record.upper_from_removed)) {
                y[record.removed] = merged / record.factor;
                y[record.kept] = 0.0;
            }
        } else if constexpr (std::is_same_v<T, FreeColumnSingleton>) {
            for (const PresolveEntry& entry : record.others) {
                cost[entry.index] += record.cost * entry.value / record.coefficient;
            }
            cost[record.column] = record.cost;
            y[record.row] = record.cost / record.coefficient;
        }
    });
    reduced_costs.resize(original_column_count_);
    for (int j = 0; j < original_column_count_; ++j) {
        double sum = original_costs_[j];
        for (const PresolveEntry& entry : original_columns_[j]) sum -= entry.value * y[entry.index];
        reduced_costs[j] = sum;
    }
}

LpBasis Postsolve::basis(const LpBasis& reduced_basis,
                         const std::vector<double>& original_values) const {
    LpBasis out;
    out.variables.assign(original_column_count_, BasisStatus::AtLower);
    out.rows.assign(original_rows_, BasisStatus::Basic);
    for (std::size_t k = 0; k < kept_columns_.size(); ++k) {
        out.variables[kept_columns_[k]] = reduced_basis.variables[k];
    }
    for (std::size_t k = 0; k < kept_rows_.size(); ++k) {
        out.rows[kept_rows_[k]] = reduced_basis.rows[k];
    }
    in_reverse(records_, [&](const auto& record) {
        using T = std::decay_t<decltype(record)>;
        if constexpr (std::is_same_v<T, FixedColumn>) {
            const bool at_upper = at(record.value, original_upper_[record.column]) &&
                                  !at(record.value, original_lower_[record.column]);
            out.variables[record.column] = at_upper ? BasisStatus::AtUpper : BasisStatus::AtLower;
        } else if constexpr (std::is_same_v<T, RedundantRow>) {
            out.rows[record.row] = BasisStatus::Basic;
        } else if constexpr (std::is_same_v<T, SingletonRow>) {
            // A variable held at a bound the row supplied is basic in the original model,
            // and the row is at the side that bound came from.
            BasisStatus& column = out.variables[record.column];
            const double value = original_values[record.column];
            const bool positive = record.coefficient > 0.0;
            out.rows[record.row] = BasisStatus::Basic;
            if (column == BasisStatus::Basic) return;
            if (record.lower_from_row && at(value, record.lower)) {
                column = BasisStatus::Basic;
                out.rows[record.row] = positive ? BasisStatus::AtLower : BasisStatus::AtUpper;
            } else if (record.upper_from_row && at(value, record.upper)) {
                column = BasisStatus::Basic;
                out.rows[record.row] = positive ? BasisStatus::AtUpper : BasisStatus::AtLower;
            }
        } else if constexpr (std::is_same_v<T, DuplicateRow>) {
            BasisStatus& kept = out.rows[record.kept];
            BasisStatus& removed = out.rows[record.removed];
            const bool positive = record.factor > 0.0;
            removed = BasisStatus::Basic;
            if (kept == BasisStatus::AtLower && record.lower_from_removed) {
                removed = positive ? BasisStatus::AtLower : BasisStatus::AtUpper;
                kept = BasisStatus::Basic;
            } else if (kept == BasisStatus::AtUpper && record.upper_from_removed) {
                removed = positive ? BasisStatus::AtUpper : BasisStatus::AtLower;
                kept = BasisStatus::Basic;
            }
        } else if constexpr (std::is_same_v<T, FreeColumnSingleton>) {
            out.variables[record.column] = BasisStatus::Basic;
            out.rows[record.row] = BasisStatus::AtLower;
        }
    });
    return out;
}

std::vector<double> Postsolve::reduce_values(const std::vector<double>& original_values) const {
    std::vector<double> reduced;
    reduced.reserve(kept_columns_.size());
    for (const int j : kept_columns_) reduced.push_back(original_values[j]);
    return reduced;
}

LpBasis Postsolve::reduce_basis(const LpBasis& original_basis) const {
    LpBasis reduced;
    for (const int j : kept_columns_) reduced.variables.push_back(original_basis.variables[j]);
    for (const int i : kept_rows_) reduced.rows.push_back(original_basis.rows[i]);
    return reduced;
}

SolveResult postsolve_result(const Model& model, const Postsolve& postsolve, SolveResult reduced) {
    SolveResult result = std::move(reduced);
    std::vector<double> values;
    if (result.has_solution) {
        values = postsolve.values(result.values);
        result.objective = objective_value(model, values);
    }
    // An optimal LP has duals even when presolve left no rows (then the reduced model's
    // row duals are an empty list and every original row's dual comes from postsolve).
    const bool has_duals =
        !model.has_integers() && result.model_status == ModelStatus::Optimal && result.has_solution;
    if (has_duals) {
        const double sense = model.sense == ObjectiveSense::Maximize ? -1.0 : 1.0;
        for (double& dual : result.row_duals) dual *= sense;
        std::vector<double> duals, reduced_costs;
        postsolve.duals(result.row_duals, values, duals, reduced_costs);
        for (double& dual : duals) dual *= sense;
        for (double& cost : reduced_costs) cost *= sense;
        result.row_duals = std::move(duals);
        result.reduced_costs = std::move(reduced_costs);
    } else {
        result.row_duals.clear();
        result.reduced_costs.clear();
    }
    if (!result.basis.empty()) {
        // A MILP's root basis goes with the root LP's values, which postsolve does not
        // have; the solution's values place the removed variables just as well.
        result.basis = postsolve.basis(
            result.basis,
            values.empty() ? std::vector<double>(model.variable_count(), 0.0) : values);
    }
    result.values = std::move(values);
    return result;
}

}  // namespace mealplan::solver

#pragma once
// What presolve removed, kept so that a solution of the reduced model can be turned back
// into one of the original model: values, row duals and reduced costs, and a basis. Each
// reduction leaves one record; postsolve undoes them in reverse order. The reduced model
// keeps the surviving variables and rows in their original order.
//
// Duals here are those of the minimisation form (a maximisation's costs negated), as the
// simplex computes them: reduced cost d = c − Aᵀy.

#include <variant>
#include <vector>

#include "solver/basis.hpp"
#include "solver/model.hpp"
#include "solver/solve.hpp"

namespace mealplan::solver {

/// A term of the original model, by row or by variable.
struct PresolveEntry {
    int index = 0;  ///< the variable (in a row) or the row (in a column)
    double value = 0.0;
};

/// A variable fixed at `value` (its bounds met, or nothing gained by moving it off a bound).
struct FixedColumn {
    int column = 0;
    double value = 0.0;
};

/// A row removed because no point within the bounds can violate it (or it has no terms).
struct RedundantRow {
    int row = 0;
};

/// A row with one term, turned into bounds on its variable.
struct SingletonRow {
    int row = 0;
    int column = 0;
    double coefficient = 0.0;
    bool lower_from_row = false;  ///< the variable's lower bound became the row's
    bool upper_from_row = false;
    double lower = 0.0, upper = 0.0;  ///< the variable's bounds after the reduction
};

/// Row `removed` is `factor` times row `kept`; its sides were merged into `kept`'s.
struct DuplicateRow {
    int kept = 0;
    int removed = 0;
    double factor = 1.0;
    bool lower_from_removed = false;  ///< the merged lower side is the removed row's
    bool upper_from_removed = false;
};

/// A continuous variable that only appears in one equality row and whose bounds that row
/// already implies: the row defines it, so both leave the model and the variable's cost
/// moves onto the row's other variables.
struct FreeColumnSingleton {
    int row = 0;
    int column = 0;
    double coefficient = 0.0;           ///< of the column in the row
    double right_hand_side = 0.0;       ///< the row's value at the time
    double cost = 0.0;                  ///< the column's cost at the time (minimisation form)
    std::vector<PresolveEntry> others;  ///< the row's other terms at the time
};

using PresolveRecord =
    std::variant<FixedColumn, RedundantRow, SingletonRow, DuplicateRow, FreeColumnSingleton>;

class Postsolve {
  public:
    Postsolve() = default;
    /// Starts an empty stack for `model`. With `keep_duals` it keeps the model's costs and
    /// columns, which duals() needs (a MILP has no duals to postsolve).
    Postsolve(const Model& model, bool keep_duals);

    void push(PresolveRecord record) { records_.push_back(std::move(record)); }
    /// The surviving variables and rows, in order (set when presolve is done), and the
    /// costs of all variables (minimisation form) after every reduction.
    void set_reduced(std::vector<int> columns, std::vector<int> rows,
                     std::vector<double> final_costs);

    int original_columns() const { return original_column_count_; }
    int original_rows() const { return original_rows_; }
    const std::vector<int>& kept_columns() const { return kept_columns_; }
    const std::vector<int>& kept_rows() const { return kept_rows_; }
    std::size_t record_count() const { return records_.size(); }

    /// The values of the original variables from those of the reduced model.
    std::vector<double> values(const std::vector<double>& reduced_values) const;
    /// The original rows' duals (minimisation form) from the reduced rows' duals, given the
    /// original values from values(); reduced_costs gets c − Aᵀy of the original model.
    /// Needs a Postsolve made with `keep_duals`.
    void duals(const std::vector<double>& reduced_row_duals,
               const std::vector<double>& original_values, std::vector<double>& row_duals,
               std::vector<double>& reduced_costs) const;
    /// A basis of the original model from one of the reduced model, given the original
    /// values from values().
    LpBasis basis(const LpBasis& reduced_basis, const std::vector<double>& original_values) const;

    /// The reduced model's part of an original point (for a starting solution).
    std::vector<double> reduce_values(const std::vector<double>& original_values) const;
    /// The reduced model's part of a basis of the original model (one status per variable
    /// and per row); its count of basic variables may be
    /// off, which Simplex::set_basis repairs.
    LpBasis reduce_basis(const LpBasis& original_basis) const;

  private:
    std::vector<PresolveRecord> records_;
    int original_column_count_ = 0;
    int original_rows_ = 0;
    std::vector<double> original_lower_, original_upper_;
    std::vector<double> original_costs_;  // minimisation form; with keep_duals only
    std::vector<std::vector<PresolveEntry>> original_columns_;  // with keep_duals only
    std::vector<int> kept_columns_, kept_rows_;
    std::vector<double> final_costs_;
};

/// `reduced`, the result of solving the reduced model, for the original `model`: the values,
/// the objective recomputed on them, the basis and, for a model without integers, the duals.
/// Statuses, bound and counts carry over.
SolveResult postsolve_result(const Model& model, const Postsolve& postsolve, SolveResult reduced);

}  // namespace mealplan::solver

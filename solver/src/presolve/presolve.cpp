#include "presolve/presolve.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <unordered_map>

#include "mip/domain_propagation.hpp"

namespace mealplan::solver {
namespace {

// A free column singleton's coefficient must be at least this share of the largest in its
// row: dividing by a tiny pivot would spread rounding errors over the whole row.
constexpr double kSubstitutionPivot = 1e-3;
// Rows count as multiples of each other when their normalised coefficients agree this
// closely (relatively).
constexpr double kParallelTolerance = 1e-12;

// Minimum and maximum of a row's activity over the bounds, with the number of terms whose
// contribution is unbounded on each side.
struct Activity {
    double minimum = 0.0, maximum = 0.0;
    int minimum_infinite = 0, maximum_infinite = 0;
};

// The model as presolve changes it: bounds, costs (minimisation form) and sides, the terms
// by row and by column, and which rows and columns are still there.
class Reducer {
  public:
    Reducer(const Model& model, const PresolveSettings& settings);

    /// Applies the reductions until none finds anything; false when the model is infeasible.
    bool run();
    /// The reduced model and its postsolve (after run()).
    Presolved finish();

  private:
    /// The tolerance at `side`; none at an infinite side, so that comparisons with it stay
    /// comparisons with infinity.
    double tolerance(double side) const {
        return std::isfinite(side) ? settings_.tolerance * std::max(1.0, std::abs(side)) : 0.0;
    }
    bool is_integer(int j) const { return model_.variables[j].type != VariableType::Continuous; }
    /// Rounds an integer column's bounds inward; false when they cross.
    bool round_bounds(int j);
    Activity activity(int i, int skip_column) const;

    void remove_row(int i);
    /// Removes column j at `value`, moving its terms onto the row sides.
    void remove_column(int j, double value);

    bool fix_columns();
    bool reduce_rows();
    bool reduce_row(int i);
    bool apply_singleton_row(int i, const PresolveEntry& entry);
    bool substitute_free_column_singletons();
    bool merge_duplicate_rows();
    bool tighten_integer_bounds();

    const Model& model_;
    PresolveSettings settings_;
    double sense_;
    std::vector<double> lower_, upper_, cost_;
    std::vector<double> row_lower_, row_upper_;
    std::vector<std::vector<PresolveEntry>> row_entries_, column_entries_;
    std::vector<char> row_active_, column_active_;
    std::vector<int> row_size_, column_size_;
    double offset_ = 0.0;  // minimisation form
    Postsolve postsolve_;
    PresolveCounts counts_;
    bool infeasible_ = false;
    std::optional<DomainPropagator> propagator_;
};

Reducer::Reducer(const Model& model, const PresolveSettings& settings)
    : model_(model),
      settings_(settings),
      sense_(model.sense == ObjectiveSense::Maximize ? -1.0 : 1.0),
      row_entries_(model.row_count()),
      column_entries_(model.variable_count()),
      row_active_(model.row_count(), 1),
      column_active_(model.variable_count(), 1),
      row_size_(model.row_count(), 0),
      column_size_(model.variable_count(), 0),
      postsolve_(model, settings.keep_duals) {
    const int n = model.variable_count();
    for (int j = 0; j < n; ++j) {
        const Variable& variable = model.variables[j];
        lower_.push_back(variable.lower);
        upper_.push_back(variable.upper);
        cost_.push_back(sense_ * variable.cost);
    }
    // Terms of one variable in one row are merged, as the simplex does.
    std::vector<double> merged(n, 0.0);
    std::vector<char> seen(n, 0);
    for (int i = 0; i < model.row_count(); ++i) {
        const Row& row = model.rows[i];
        row_lower_.push_back(row.lower);
        row_upper_.push_back(row.upper);
        std::vector<int> order;
        for (const Term& term : row.terms) {
            if (!seen[term.variable]) order.push_back(term.variable);
            seen[term.variable] = 1;
            merged[term.variable] += term.coefficient;
        }
        for (const int j : order) {
            if (merged[j] != 0.0) {
                row_entries_[i].push_back({j, merged[j]});
                column_entries_[j].push_back({i, merged[j]});
            }
            merged[j] = 0.0;
            seen[j] = 0;
        }
        row_size_[i] = static_cast<int>(row_entries_[i].size());
    }
    for (int j = 0; j < n; ++j) column_size_[j] = static_cast<int>(column_entries_[j].size());
    if (model.has_integers()) propagator_.emplace(model, settings.propagation);
}

bool Reducer::round_bounds(int j) {
    if (!is_integer(j)) return lower_[j] <= upper_[j] + tolerance(upper_[j]);
    lower_[j] = std::ceil(lower_[j] - settings_.integrality_tolerance);
    upper_[j] = std::floor(upper_[j] + settings_.integrality_tolerance);
    return lower_[j] <= upper_[j];
}

Activity Reducer::activity(int i, int skip_column) const {
    Activity activity;
    for (const PresolveEntry& entry : row_entries_[i]) {
        const int j = entry.index;
        if (!column_active_[j] || j == skip_column) continue;
        const double a = entry.value;
        const double low = a > 0 ? lower_[j] : upper_[j];
        const double high = a > 0 ? upper_[j] : lower_[j];
        if (std::isinf(low)) {
            ++activity.minimum_infinite;
        } else {
            activity.minimum += a * low;
        }
        if (std::isinf(high)) {
            ++activity.maximum_infinite;
        } else {
            activity.maximum += a * high;
        }
    }
    return activity;
}

void Reducer::remove_row(int i) {
    row_active_[i] = 0;
    for (const PresolveEntry& entry : row_entries_[i]) {
        if (column_active_[entry.index]) --column_size_[entry.index];
    }
}

void Reducer::remove_column(int j, double value) {
    column_active_[j] = 0;
    lower_[j] = upper_[j] = value;  // what propagation over the original rows sees
    for (const PresolveEntry& entry : column_entries_[j]) {
        const int i = entry.index;
        if (!row_active_[i]) continue;
        --row_size_[i];
        const double shift = entry.value * value;
        if (std::isfinite(row_lower_[i])) row_lower_[i] -= shift;
        if (std::isfinite(row_upper_[i])) row_upper_[i] -= shift;
    }
    offset_ += cost_[j] * value;
    postsolve_.push(FixedColumn{j, value});
}

// Fixed, empty and dominated columns leave at a bound.
bool Reducer::fix_columns() {
    bool changed = false;
    for (int j = 0; j < model_.variable_count() && !infeasible_; ++j) {
        if (!column_active_[j]) continue;
        if (!round_bounds(j)) {
            infeasible_ = true;
            break;
        }
        const double lower = lower_[j], upper = upper_[j];
        if (upper - lower <= tolerance(lower)) {
            remove_column(j, lower <= upper ? lower : 0.5 * (lower + upper));
            ++counts_.fixed_columns;
            changed = true;
            continue;
        }
        // Locks: rows that moving the column down (or up) could violate.
        int down_locks = 0, up_locks = 0;
        for (const PresolveEntry& entry : column_entries_[j]) {
            const int i = entry.index;
            if (!row_active_[i]) continue;
            const bool has_lower = std::isfinite(row_lower_[i]);
            const bool has_upper = std::isfinite(row_upper_[i]);
            if (entry.value > 0) {
                down_locks += has_lower ? 1 : 0;
                up_locks += has_upper ? 1 : 0;
            } else {
                down_locks += has_upper ? 1 : 0;
                up_locks += has_lower ? 1 : 0;
            }
        }
        const double cost = cost_[j];
        std::optional<double> value;
        if (cost >= 0.0 && down_locks == 0 && std::isfinite(lower)) {
            value = lower;
        } else if (cost <= 0.0 && up_locks == 0 && std::isfinite(upper)) {
            value = upper;
        } else if (cost == 0.0 && column_size_[j] == 0) {
            value = std::clamp(0.0, lower, upper);
        }
        if (value) {
            remove_column(j, *value);
            ++counts_.dominated_columns;
            changed = true;
        }
    }
    return changed;
}

bool Reducer::apply_singleton_row(int i, const PresolveEntry& entry) {
    const int j = entry.index;
    const double a = entry.value;
    double implied_lower = (a > 0 ? row_lower_[i] : row_upper_[i]) / a;
    double implied_upper = (a > 0 ? row_upper_[i] : row_lower_[i]) / a;
    if (is_integer(j)) {
        implied_lower = std::ceil(implied_lower - settings_.integrality_tolerance);
        implied_upper = std::floor(implied_upper + settings_.integrality_tolerance);
    }
    SingletonRow record{i, j, a, false, false, lower_[j], upper_[j]};
    if (implied_lower > lower_[j] + tolerance(lower_[j])) {
        lower_[j] = implied_lower;
        record.lower_from_row = true;
    }
    if (implied_upper < upper_[j] - tolerance(upper_[j])) {
        upper_[j] = implied_upper;
        record.upper_from_row = true;
    }
    if (lower_[j] > upper_[j] + tolerance(upper_[j])) return false;
    record.lower = lower_[j];
    record.upper = upper_[j];
    remove_row(i);
    postsolve_.push(record);
    ++counts_.singleton_rows;
    return true;
}

// One row: dropped when empty or redundant, turned into bounds when it has one term; false
// when it cannot be satisfied.
bool Reducer::reduce_row(int i) {
    if (row_size_[i] == 0) {
        if (row_lower_[i] > tolerance(row_lower_[i]) || row_upper_[i] < -tolerance(row_upper_[i])) {
            return false;
        }
        remove_row(i);
        postsolve_.push(RedundantRow{i});
        ++counts_.redundant_rows;
        return true;
    }
    if (row_size_[i] == 1) {
        for (const PresolveEntry& entry : row_entries_[i]) {
            if (column_active_[entry.index]) return apply_singleton_row(i, entry);
        }
    }
    const Activity range = activity(i, -1);
    const bool below_upper =
        range.maximum_infinite == 0 && range.maximum <= row_upper_[i] + tolerance(row_upper_[i]);
    const bool above_lower =
        range.minimum_infinite == 0 && range.minimum >= row_lower_[i] - tolerance(row_lower_[i]);
    if (range.minimum_infinite == 0 && range.minimum > row_upper_[i] + tolerance(row_upper_[i])) {
        return false;
    }
    if (range.maximum_infinite == 0 && range.maximum < row_lower_[i] - tolerance(row_lower_[i])) {
        return false;
    }
    if ((below_upper || std::isinf(row_upper_[i])) && (above_lower || std::isinf(row_lower_[i]))) {
        remove_row(i);
        postsolve_.push(RedundantRow{i});
        ++counts_.redundant_rows;
    }
    return true;
}

bool Reducer::reduce_rows() {
    const std::size_t before = postsolve_.record_count();
    for (int i = 0; i < model_.row_count(); ++i) {
        if (!row_active_[i]) continue;
        if (!reduce_row(i)) {
            infeasible_ = true;
            return false;
        }
    }
    return postsolve_.record_count() > before;
}

bool Reducer::substitute_free_column_singletons() {
    bool changed = false;
    for (int j = 0; j < model_.variable_count(); ++j) {
        if (!column_active_[j] || is_integer(j) || column_size_[j] != 1) continue;
        int i = -1;
        double a = 0.0;
        for (const PresolveEntry& entry : column_entries_[j]) {
            if (row_active_[entry.index]) {
                i = entry.index;
                a = entry.value;
            }
        }
        if (i < 0 || row_lower_[i] != row_upper_[i]) continue;
        double largest = 0.0;
        for (const PresolveEntry& entry : row_entries_[i]) {
            if (column_active_[entry.index]) largest = std::max(largest, std::abs(entry.value));
        }
        if (std::abs(a) < kSubstitutionPivot * largest) continue;
        // x_j = (b − rest) / a must stay within its bounds for every value of the rest.
        const double b = row_lower_[i];
        const Activity rest = activity(i, j);
        const double low_rest = rest.minimum_infinite > 0 ? -kInfinity : rest.minimum;
        const double high_rest = rest.maximum_infinite > 0 ? kInfinity : rest.maximum;
        const double implied_lower = a > 0 ? (b - high_rest) / a : (b - low_rest) / a;
        const double implied_upper = a > 0 ? (b - low_rest) / a : (b - high_rest) / a;
        if (implied_lower < lower_[j] - tolerance(lower_[j]) ||
            implied_upper > upper_[j] + tolerance(upper_[j])) {
            continue;
        }
        FreeColumnSingleton record{i, j, a, b, cost_[j], {}};
        for (const PresolveEntry& entry : row_entries_[i]) {
            const int k = entry.index;
            if (k == j || !column_active_[k]) continue;
            record.others.push_back(entry);
            cost_[k] -= cost_[j] * entry.value / a;
        }
        offset_ += cost_[j] * b / a;
        remove_row(i);
        column_active_[j] = 0;
        postsolve_.push(std::move(record));
        ++counts_.free_column_singletons;
        changed = true;
    }
    return changed;
}

bool Reducer::merge_duplicate_rows() {
    // Rows with the same columns and the same ratio of their first two coefficients (taken
    // coarsely, so that rounding cannot split a pair of multiples) hash alike; rows of one
    // hash are then compared term by term.
    const int m = model_.row_count();
    std::vector<std::vector<PresolveEntry>> terms(m);
    std::vector<std::uint64_t> hash(m, 0);
    std::unordered_map<std::uint64_t, std::vector<int>> rows_by_hash;
    for (int i = 0; i < m; ++i) {
        if (!row_active_[i] || row_size_[i] < 2) continue;
        for (const PresolveEntry& entry : row_entries_[i]) {
            if (column_active_[entry.index]) terms[i].push_back(entry);
        }
        std::sort(terms[i].begin(), terms[i].end(),
                  [](const PresolveEntry& x, const PresolveEntry& y) { return x.index < y.index; });
        std::uint64_t h = 1469598103934665603ULL;  // FNV-1a
        for (const PresolveEntry& entry : terms[i]) {
            h = (h ^ static_cast<std::uint64_t>(entry.index)) * 1099511628211ULL;
        }
        const double ratio = terms[i][1].value / terms[i][0].value;
        h = (h ^ static_cast<std::uint64_t>(std::llround(ratio * 1e6))) * 1099511628211ULL;
        hash[i] = h;
        rows_by_hash[h].push_back(i);
    }
    // Whether row `other` is `factor` times row `kept`.
    auto multiple = [&](int kept, int other, double& factor) {
        const auto& a = terms[kept];
        const auto& b = terms[other];
        if (a.size() != b.size()) return false;
        factor = b[0].value / a[0].value;
        for (std::size_t k = 0; k < a.size(); ++k) {
            if (a[k].index != b[k].index) return false;
            const double expected = factor * a[k].value;
            if (std::abs(b[k].value - expected) >
                kParallelTolerance * std::max(std::abs(expected), std::abs(b[k].value))) {
                return false;
            }
        }
        return true;
    };
    bool changed = false;
    // Rows in order, each with the later rows of its hash: the same merges on any machine,
    // whatever order the hash table keeps.
    for (int i = 0; i < m; ++i) {
        if (!row_active_[i] || terms[i].empty()) continue;
        const std::vector<int>& rows = rows_by_hash[hash[i]];
        if (rows.size() < 2) continue;
        for (const int other : rows) {
            double factor = 1.0;
            if (other <= i || !row_active_[other] || !multiple(i, other, factor)) continue;
            // The other row's sides as sides of row i.
            const double lower =
                factor > 0 ? row_lower_[other] / factor : row_upper_[other] / factor;
            const double upper =
                factor > 0 ? row_upper_[other] / factor : row_lower_[other] / factor;
            DuplicateRow record{i, other, factor, false, false};
            if (lower > row_lower_[i]) {
                row_lower_[i] = lower;
                record.lower_from_removed = true;
            }
            if (upper < row_upper_[i]) {
                row_upper_[i] = upper;
                record.upper_from_removed = true;
            }
            if (row_lower_[i] > row_upper_[i] + tolerance(row_upper_[i])) {
                infeasible_ = true;
                return false;
            }
            remove_row(other);
            postsolve_.push(record);
            ++counts_.duplicate_rows;
            changed = true;
        }
    }
    return changed;
}

bool Reducer::tighten_integer_bounds() {
    if (!propagator_) return false;
    std::vector<double> lower = lower_, upper = upper_;
    if (!propagator_->propagate(lower, upper, {})) {
        infeasible_ = true;
        return false;
    }
    bool changed = false;
    for (int j = 0; j < model_.variable_count(); ++j) {
        if (!column_active_[j] || !is_integer(j)) continue;
        if (lower[j] > lower_[j] || upper[j] < upper_[j]) {
            lower_[j] = std::max(lower_[j], lower[j]);
            upper_[j] = std::min(upper_[j], upper[j]);
            ++counts_.tightened_bounds;
            changed = true;
        }
    }
    return changed;
}

bool Reducer::run() {
    for (int pass = 0; pass < settings_.maximum_passes && !infeasible_; ++pass) {
        ++counts_.passes;
        bool changed = tighten_integer_bounds();
        changed = fix_columns() || changed;
        changed = reduce_rows() || changed;
        changed = substitute_free_column_singletons() || changed;
        changed = merge_duplicate_rows() || changed;
        if (!changed) break;
    }
    return !infeasible_;
}

Presolved Reducer::finish() {
    Presolved out;
    out.counts = counts_;
    Model& reduced = out.model;
    reduced.name = model_.name;
    reduced.sense = model_.sense;
    reduced.objective_name = model_.objective_name;
    reduced.objective_offset = model_.objective_offset + sense_ * offset_;
    std::vector<int> kept_columns, kept_rows, new_index(model_.variable_count(), -1);
    for (int j = 0; j < model_.variable_count(); ++j) {
        if (!column_active_[j]) continue;
        new_index[j] = static_cast<int>(kept_columns.size());
        kept_columns.push_back(j);
        const Variable& variable = model_.variables[j];
        reduced.variables.push_back(
            {variable.name, lower_[j], upper_[j], sense_ * cost_[j], variable.type});
    }
    for (int i = 0; i < model_.row_count(); ++i) {
        if (!row_active_[i]) continue;
        kept_rows.push_back(i);
        Row row{model_.rows[i].name, row_lower_[i], row_upper_[i], {}};
        for (const PresolveEntry& entry : row_entries_[i]) {
            if (column_active_[entry.index])
                row.terms.push_back({new_index[entry.index], entry.value});
        }
        reduced.rows.push_back(std::move(row));
    }
    postsolve_.set_reduced(std::move(kept_columns), std::move(kept_rows), cost_);
    out.postsolve = std::move(postsolve_);
    return out;
}

}  // namespace

Presolved presolve(const Model& model, const PresolveSettings& settings) {
    Reducer reducer(model, settings);
    if (!reducer.run()) {
        Presolved infeasible;
        infeasible.infeasible = true;
        return infeasible;
    }
    return reducer.finish();
}

PresolveSettings presolve_settings(const SolveOptions& options, bool has_integers) {
    PresolveSettings settings;
    settings.integrality_tolerance = options.integrality_tolerance;
    settings.keep_duals = !has_integers;
    settings.propagation = options.propagation;
    return settings;
}

}  // namespace mealplan::solver

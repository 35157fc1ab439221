#include "solution_check.hpp"

#include <algorithm>
#include <cmath>

#include "integer_rows.hpp"

namespace mealplan::solver {

double max_violation(const Model& model, const std::vector<double>& values,
                     bool check_integrality) {
    double worst = 0.0;
    auto check = [&](double value, double lower, double upper) {
        if (value < lower)
            worst = std::max(worst, (lower - value) / std::max(1.0, std::abs(lower)));
        if (value > upper)
            worst = std::max(worst, (value - upper) / std::max(1.0, std::abs(upper)));
    };
    for (int j = 0; j < model.variable_count(); ++j) {
        const Variable& variable = model.variables[j];
        if (!std::isfinite(values[j])) return kInfinity;
        check(values[j], variable.lower, variable.upper);
        if (check_integrality && variable.type != VariableType::Continuous) {
            worst = std::max(worst, std::abs(values[j] - std::round(values[j])));
        }
    }
    for (const Row& row : model.rows) {
        if (check_integrality && is_integer_row(model, row)) {
            // At the point's integer reading the activity is exact: it meets the bounds
            // absolutely, not within a share of their size.
            double activity = 0.0;
            for (const Term& term : row.terms)
                activity += term.coefficient * std::round(values[term.variable]);
            worst = std::max({worst, row.lower - activity, activity - row.upper});
            continue;
        }
        double activity = 0.0;
        for (const Term& term : row.terms) activity += term.coefficient * values[term.variable];
        check(activity, row.lower, row.upper);
    }
    return worst;
}

double objective_value(const Model& model, const std::vector<double>& values) {
    double sum = model.objective_offset;
    for (int j = 0; j < model.variable_count(); ++j) sum += model.variables[j].cost * values[j];
    return sum;
}

}  // namespace mealplan::solver

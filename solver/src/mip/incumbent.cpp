#include "mip/incumbent.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "solution_check.hpp"

namespace mealplan::solver {

Incumbent::Incumbent(const Model& model, const std::vector<int>& integers,
                     const SolveOptions& options, Logger log)
    : model_(model),
      integers_(integers),
      options_(options),
      log_(log),
      sense_(model.sense == ObjectiveSense::Maximize ? -1.0 : 1.0) {
    // With integer costs on integer variables only, every objective value is an integer
    // (up to the offset), so a node must beat the incumbent by a whole unit.
    for (const Variable& variable : model.variables) {
        if (variable.cost == 0.0) continue;
        if (variable.type == VariableType::Continuous ||
            variable.cost != std::round(variable.cost)) {
            integral_objective_ = false;
        }
    }
}

bool Incumbent::offer(const std::vector<double>& values, long long node) {
    if (static_cast<int>(values.size()) != model_.variable_count()) return false;
    std::vector<double> candidate = values;
    for (const int j : integers_) candidate[j] = std::round(candidate[j]);
    if (max_violation(model_, candidate, true) > options_.feasibility_tolerance) {
        candidate = values;
        if (max_violation(model_, candidate, true) > options_.feasibility_tolerance) return false;
    }
    const double value = sense_ * (objective_value(model_, candidate) - model_.objective_offset);
    if (has_solution_ && value >= value_ - 1e-12 * std::max(1.0, std::abs(value))) {
        return false;
    }
    has_solution_ = true;
    values_ = std::move(candidate);
    value_ = value;
    log_(2, "mip: incumbent " + std::to_string(in_model_sense(value)) + " at node " +
                std::to_string(node));
    return true;
}

double Incumbent::prune_tolerance() const {
    const double incumbent = in_model_sense(value_);
    return std::max(options_.absolute_gap,
                    options_.relative_gap * std::max(1.0, std::abs(incumbent)));
}

double Incumbent::cutoff() const {
    if (!has_solution_) return kInfinity;
    double value = value_ - prune_tolerance();
    if (integral_objective_) value = std::max(value, value_ - 1.0 + 1e-6);
    return value;
}

}  // namespace mealplan::solver

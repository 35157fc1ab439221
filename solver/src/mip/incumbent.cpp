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

bool Incumbent::offer(const std::vector<double>& values, long long node, SolutionSource source) {
    if (static_cast<int>(values.size()) != model_.variable_count()) return false;
    std::vector<double> candidate = values;
    for (const int j : integers_) candidate[j] = std::round(candidate[j]);
    if (max_violation(model_, candidate, true) > options_.feasibility_tolerance) {
        candidate = values;
        if (max_violation(model_, candidate, true) > options_.feasibility_tolerance) return false;
    }
    const double value = sense_ * (objective_value(model_, candidate) - model_.objective_offset);
    const double reference = reference_value();
    if (std::isfinite(reference) && value >= reference - 1e-12 * std::max(1.0, std::abs(value))) {
        return false;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    if (!has_solution_) first_seconds_ = seconds;
    best_seconds_ = seconds;
    has_solution_ = true;
    values_ = std::move(candidate);
    value_ = value;
    source_ = source;
    ++version_;
    ++solutions_by_source_[static_cast<std::size_t>(source)];
    log_(2, "mip: incumbent " + std::to_string(in_model_sense(value)) + " by " +
                std::string(to_string(source)) + " at node " + std::to_string(node) + " after " +
                std::to_string(seconds) + " s");
    return true;
}

void Incumbent::set_external_cutoff(double objective) {
    external_cutoff_ = sense_ * (objective - model_.objective_offset);
}

double Incumbent::prune_tolerance() const {
    const double incumbent = in_model_sense(reference_value());
    return std::max(options_.absolute_gap,
                    options_.relative_gap * std::max(1.0, std::abs(incumbent)));
}

double Incumbent::cutoff() const {
    const double reference = reference_value();
    if (!std::isfinite(reference)) return kInfinity;
    double value = reference - prune_tolerance();
    if (integral_objective_) value = std::max(value, reference - 1.0 + 1e-6);
    return value;
}

std::string_view to_string(SolutionSource source) {
    switch (source) {
        case SolutionSource::Start:
            return "start";
        case SolutionSource::Tree:
            return "tree";
        case SolutionSource::Rounding:
            return "rounding";
        case SolutionSource::FixAndResolve:
            return "fix-and-resolve";
        case SolutionSource::UpDive:
            return "up-dive";
        case SolutionSource::FractionalDive:
            return "fractional-dive";
        case SolutionSource::CoefficientDive:
            return "coefficient-dive";
        case SolutionSource::GuidedDive:
            return "guided-dive";
        case SolutionSource::FeasibilityPump:
            return "feasibility-pump";
        case SolutionSource::Rens:
            return "rens";
        case SolutionSource::Rins:
            return "rins";
        case SolutionSource::LocalSearch:
            return "local-search";
        case SolutionSource::Repair:
            return "repair";
        case SolutionSource::Perturbation:
            return "perturbation";
    }
    return "unknown";
}

}  // namespace mealplan::solver

#include "planner/day_search.hpp"

#include <algorithm>
#include <cmath>

namespace mealplan {
namespace {

double seconds_left(Deadline deadline) {
    return std::chrono::duration<double>(deadline - std::chrono::steady_clock::now()).count();
}

void fix(solver::Variable& variable, double value) {
    value = std::clamp(std::round(value), variable.lower, variable.upper);
    variable.lower = value;
    variable.upper = value;
}

}  // namespace

std::vector<int> day_variables(const PlanModel& plan, int day) {
    std::vector<int> variables;
    for (const auto& slot : plan.dish_choices[day]) {
        for (const DishChoice& choice : slot) variables.push_back(choice.variable);
    }
    for (const auto& slot : plan.side_choices[day]) {
        for (const SideChoice& choice : slot) variables.push_back(choice.variable);
    }
    for (const SupplementChoice& choice : plan.supplement_choices[day])
        variables.push_back(choice.variable);
    return variables;
}

double objective_of(const solver::Model& model, const std::vector<double>& values) {
    double sum = model.objective_offset;
    for (int v = 0; v < model.variable_count(); ++v) sum += model.variables[v].cost * values[v];
    return sum;
}

std::optional<std::vector<double>> build_day_by_day(const PlanModel& plan,
                                                    const solver::SolveOptions& options,
                                                    Deadline deadline) {
    const int days = static_cast<int>(plan.dish_choices.size());
    solver::Model model = plan.model;
    std::vector<double> values;
    for (int d = 0; d < days; ++d) {
        solver::Model step = model;
        for (int later = d + 1; later < days; ++later) {
            for (int v : day_variables(plan, later))
                step.variables[v].type = solver::VariableType::Continuous;
        }
        solver::SolveOptions step_options = options;
        step_options.initial_solution.clear();
        const double left = seconds_left(deadline);
        if (left <= 0.0) return std::nullopt;
        step_options.time_limit_seconds = std::max(0.01, left / (days - d));
        const solver::SolveResult result = solver::solve(step, step_options);
        if (!result.has_solution) return std::nullopt;
        values = result.values;
        for (int v : day_variables(plan, d)) fix(model.variables[v], values[v]);
    }
    // The last step left every integer fixed; its values are the plan.
    for (int d = 0; d < days; ++d) {
        for (int v : day_variables(plan, d)) values[v] = model.variables[v].lower;
    }
    return values;
}

std::vector<double> improve_day_by_day(const PlanModel& plan, std::vector<double> values,
                                       const solver::SolveOptions& options, Deadline deadline) {
    const int days = static_cast<int>(plan.dish_choices.size());
    if (days < 2) return values;
    double best = objective_of(plan.model, values);
    int since_gain = 0;
    for (int d = 0; since_gain < days && seconds_left(deadline) > 0.0; d = (d + 1) % days) {
        solver::Model step = plan.model;
        for (int other = 0; other < days; ++other) {
            if (other == d) continue;
            for (int v : day_variables(plan, other)) fix(step.variables[v], values[v]);
        }
        solver::SolveOptions step_options = options;
        step_options.initial_solution = values;
        step_options.time_limit_seconds = std::max(0.01, std::min(seconds_left(deadline), 0.25));
        const solver::SolveResult result = solver::solve(step, step_options);
        ++since_gain;
        if (result.has_solution && result.objective < best - 1e-9 * std::max(1.0, std::abs(best))) {
            best = result.objective;
            values = result.values;
            since_gain = 0;
        }
    }
    return values;
}

}  // namespace mealplan

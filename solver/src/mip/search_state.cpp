#include "mip/search_state.hpp"

namespace mealplan::solver {
namespace {

std::vector<int> integer_columns(const Model& model) {
    std::vector<int> integers;
    for (int j = 0; j < model.variable_count(); ++j) {
        if (model.variables[j].type != VariableType::Continuous) integers.push_back(j);
    }
    return integers;
}

// Rows that moving a column down (direction 0) or up (1) could violate.
std::vector<int> locks(const Model& model, int direction) {
    std::vector<int> count(model.variable_count(), 0);
    for (const Row& row : model.rows) {
        for (const Term& term : row.terms) {
            const bool raises = (term.coefficient > 0) == (direction == 1);
            const bool violable = raises ? row.upper < kInfinity : row.lower > -kInfinity;
            if (term.coefficient != 0.0 && violable) ++count[term.variable];
        }
    }
    return count;
}

}  // namespace

SearchState::SearchState(const Model& search_model, const SolveOptions& search_options,
                         std::chrono::steady_clock::time_point deadline)
    : model(search_model),
      options(search_options),
      lp_limits{-1, deadline, search_options.interrupt},
      log(search_options),
      integers(integer_columns(search_model)),
      cut_model(search_model),
      incumbent(search_model, integers, search_options, log),
      pseudo_costs(search_model.variable_count()),
      down_locks(locks(search_model, 0)),
      up_locks(locks(search_model, 1)) {
    propagator.emplace(model, options.propagation);
}

bool SearchState::stop_requested(ModelStatus& status) const {
    if (options.interrupt != nullptr && options.interrupt->load(std::memory_order_relaxed)) {
        status = ModelStatus::Interrupted;
        return true;
    }
    if (options.node_limit >= 0 && nodes >= options.node_limit) {
        status = ModelStatus::NodeLimit;
        return true;
    }
    if (options.iteration_limit >= 0 && iterations >= options.iteration_limit) {
        status = ModelStatus::IterationLimit;
        return true;
    }
    if (std::chrono::steady_clock::now() >= lp_limits.deadline) {
        status = ModelStatus::TimeLimit;
        return true;
    }
    return false;
}

void SearchState::apply_bounds(Simplex& target, const std::vector<double>& lower,
                               const std::vector<double>& upper) {
    for (const int j : integers) {
        if (lower[j] != applied_lower[j] || upper[j] != applied_upper[j]) {
            target.set_column_bounds(j, lower[j], upper[j]);
            applied_lower[j] = lower[j];
            applied_upper[j] = upper[j];
        }
    }
}

LpStatus SearchState::solve(Simplex& target) {
    const LpStatus status = target.solve();
    iterations += target.last_iterations();
    return status;
}

}  // namespace mealplan::solver

#include "lp/solve_lp.hpp"

#include <algorithm>

#include "lp/simplex.hpp"
#include "solution_check.hpp"

namespace mealplan::solver {
namespace {

// The two statuses that a simplex status stands for.
void set_statuses(LpStatus status, SolveResult& result) {
    result.call_status = CallStatus::Ok;
    switch (status) {
        case LpStatus::Optimal:
            result.model_status = ModelStatus::Optimal;
            return;
        case LpStatus::Infeasible:
            result.model_status = ModelStatus::Infeasible;
            return;
        case LpStatus::Unbounded:
            result.model_status = ModelStatus::Unbounded;
            return;
        case LpStatus::IterationLimit:
            result.model_status = ModelStatus::IterationLimit;
            return;
        case LpStatus::TimeLimit:
            result.model_status = ModelStatus::TimeLimit;
            return;
        case LpStatus::Interrupted:
            result.model_status = ModelStatus::Interrupted;
            return;
        case LpStatus::NumericalError:
            break;
    }
    result.call_status = CallStatus::NumericalError;
    result.model_status = ModelStatus::NotSolved;
}

}  // namespace

SolveResult solve_lp(const Model& model, const SolveOptions& options,
                     std::chrono::steady_clock::time_point deadline) {
    SolveResult result;
    SimplexOptions simplex_options = options.simplex;
    SimplexLimits limits{options.iteration_limit, deadline, options.interrupt};
    const double sense = model.sense == ObjectiveSense::Maximize ? -1.0 : 1.0;
    // A second, tighter pass if the first answer fails the check against the original rows:
    // unscaled, with a hundredth of the primal tolerance.
    const Basis start =
        from_lp_basis(options.initial_basis, model.variable_count(), model.row_count());
    for (int attempt = 0; attempt < 2; ++attempt) {
        Simplex simplex(model, simplex_options, limits);
        if (!start.status.empty()) simplex.set_basis(start);
        const LpStatus status = simplex.solve();
        result.simplex_iterations += simplex.iterations();
        set_statuses(status, result);
        if (status != LpStatus::Optimal) {
            result.has_solution = false;
            result.values.clear();
            return result;
        }
        result.values = simplex.column_values();
        const double violation = max_violation(model, result.values, false);
        if (violation <= options.feasibility_tolerance || attempt == 1) {
            result.has_solution = violation <= options.feasibility_tolerance;
            if (!result.has_solution) set_statuses(LpStatus::NumericalError, result);
            result.objective = objective_value(model, result.values);
            result.bound = sense * simplex.objective() + model.objective_offset;
            result.gap = 0.0;
            if (result.has_solution) {
                result.row_duals = simplex.row_duals();
                result.reduced_costs = simplex.reduced_costs();
                for (double& dual : result.row_duals) dual *= sense;
                for (double& reduced : result.reduced_costs) reduced *= sense;
                result.basis = to_lp_basis(simplex.basis(), model.variable_count());
            }
            return result;
        }
        simplex_options.primal_tolerance /= 100.0;
        simplex_options.scale = false;
        if (limits.iteration_limit >= 0) {
            limits.iteration_limit = std::max(0LL, limits.iteration_limit - simplex.iterations());
        }
    }
    return result;
}

}  // namespace mealplan::solver

#include "solver/solve.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iostream>

#include "solver/branch_and_bound.hpp"
#include "solver/simplex.hpp"
#include "solver/solution_check.hpp"

namespace mealplan::solver {

std::string_view to_string(SolveStatus status) {
    switch (status) {
        case SolveStatus::Optimal:
            return "optimal";
        case SolveStatus::Infeasible:
            return "infeasible";
        case SolveStatus::Unbounded:
            return "unbounded";
        case SolveStatus::TimeLimit:
            return "time_limit";
        case SolveStatus::NodeLimit:
            return "node_limit";
        case SolveStatus::Interrupted:
            return "interrupted";
        case SolveStatus::NumericalError:
            return "numerical_error";
        case SolveStatus::InvalidModel:
            return "invalid_model";
    }
    return "unknown";
}

namespace {

SolveStatus from_lp_status(LpStatus status) {
    switch (status) {
        case LpStatus::Optimal:
            return SolveStatus::Optimal;
        case LpStatus::Infeasible:
            return SolveStatus::Infeasible;
        case LpStatus::Unbounded:
            return SolveStatus::Unbounded;
        case LpStatus::IterationLimit:
            return SolveStatus::NodeLimit;
        case LpStatus::TimeLimit:
            return SolveStatus::TimeLimit;
        case LpStatus::Interrupted:
            return SolveStatus::Interrupted;
        case LpStatus::NumericalError:
            return SolveStatus::NumericalError;
    }
    return SolveStatus::NumericalError;
}

// Bounds that contradict each other make the model infeasible before any solving.
bool has_conflicting_bounds(const Model& model, double tolerance) {
    for (const Variable& variable : model.variables) {
        double lower = variable.lower, upper = variable.upper;
        if (variable.type != VariableType::Continuous) {
            lower = std::ceil(lower - tolerance);
            upper = std::floor(upper + tolerance);
        }
        if (lower > upper + tolerance) return true;
    }
    return std::any_of(model.rows.begin(), model.rows.end(),
                       [&](const Row& row) { return row.lower > row.upper + tolerance; });
}

SolveResult solve_lp(const Model& model, const SolveOptions& options,
                     std::chrono::steady_clock::time_point deadline) {
    SolveResult result;
    SimplexOptions simplex_options;
    simplex_options.deadline = deadline;
    simplex_options.interrupt = options.interrupt;
    const double sense = model.sense == ObjectiveSense::Maximize ? -1.0 : 1.0;
    // A second, tighter pass if the first answer fails the check against the original rows.
    for (int attempt = 0; attempt < 2; ++attempt) {
        Simplex simplex(model, simplex_options);
        const LpStatus status = simplex.solve();
        result.simplex_iterations += simplex.iterations();
        result.status = from_lp_status(status);
        if (status != LpStatus::Optimal) {
            result.has_solution = false;
            result.values.clear();
            return result;
        }
        result.values = simplex.column_values();
        const double violation = max_violation(model, result.values, false);
        if (violation <= options.feasibility_tolerance || attempt == 1) {
            result.has_solution = violation <= options.feasibility_tolerance;
            if (!result.has_solution) result.status = SolveStatus::NumericalError;
            result.objective = objective_value(model, result.values);
            result.bound = sense * simplex.objective() + model.objective_offset;
            result.gap = 0.0;
            return result;
        }
        simplex_options.primal_tolerance /= 100.0;
        simplex_options.scale = false;
    }
    return result;
}

}  // namespace

SolveResult solve(const Model& model, const SolveOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    SolveResult result;
    result.problems = validate(model);
    if (!result.problems.empty()) {
        result.status = SolveStatus::InvalidModel;
        return result;
    }
    const auto deadline =
        std::isfinite(options.time_limit_seconds)
            ? start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                          std::chrono::duration<double>(std::max(0.0, options.time_limit_seconds)))
            : std::chrono::steady_clock::time_point::max();
    if (has_conflicting_bounds(model, options.feasibility_tolerance)) {
        result.status = SolveStatus::Infeasible;
    } else if (model.has_integers()) {
        result = solve_mip(model, options, deadline);
    } else {
        result = solve_lp(model, options, deadline);
    }
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (options.verbosity >= 1) {
        std::string line = "solve: " + std::string(to_string(result.status)) + " objective " +
                           std::to_string(result.objective) + " bound " +
                           std::to_string(result.bound) + " iterations " +
                           std::to_string(result.simplex_iterations) + " nodes " +
                           std::to_string(result.nodes);
        if (options.log) {
            options.log(line);
        } else {
            std::cerr << line << '\n';
        }
    }
    return result;
}

}  // namespace mealplan::solver

#include "solver/solve.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>
#include <new>
#include <optional>
#include <string>

#include "log.hpp"
#include "lp/solve_lp.hpp"
#include "mip/branch_and_bound.hpp"
#include "presolve/presolve.hpp"
#include "solution_check.hpp"

namespace mealplan::solver {

std::string_view to_string(CallStatus status) {
    switch (status) {
        case CallStatus::Ok:
            return "ok";
        case CallStatus::InvalidModel:
            return "invalid_model";
        case CallStatus::InvalidOptions:
            return "invalid_options";
        case CallStatus::NumericalError:
            return "numerical_error";
        case CallStatus::InternalError:
            return "internal_error";
    }
    return "unknown";
}

std::string_view to_string(ModelStatus status) {
    switch (status) {
        case ModelStatus::NotSolved:
            return "not_solved";
        case ModelStatus::Optimal:
            return "optimal";
        case ModelStatus::Infeasible:
            return "infeasible";
        case ModelStatus::Unbounded:
            return "unbounded";
        case ModelStatus::TimeLimit:
            return "time_limit";
        case ModelStatus::NodeLimit:
            return "node_limit";
        case ModelStatus::IterationLimit:
            return "iteration_limit";
        case ModelStatus::Interrupted:
            return "interrupted";
    }
    return "unknown";
}

namespace {

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

SolveResult refused(CallStatus status, std::vector<std::string> problems) {
    SolveResult result;
    result.call_status = status;
    result.model_status = ModelStatus::NotSolved;
    result.problems = std::move(problems);
    return result;
}

SolveResult solve_as_stated(const Model& model, const SolveOptions& options,
                            std::chrono::steady_clock::time_point deadline) {
    if (model.has_integers()) return solve_mip(model, options, deadline);
    return solve_lp(model, options, deadline);
}

// Solves the presolved model and maps its answer back; nothing when presolve removed
// nothing, or when the mapped solution fails the check against the model as stated (then
// the model is solved as stated).
std::optional<SolveResult> solve_presolved(const Model& model, const SolveOptions& options,
                                           std::chrono::steady_clock::time_point deadline) {
    const Logger log(options);
    const bool integers = model.has_integers();
    const Presolved presolved = presolve(model, presolve_settings(options, integers));
    if (presolved.infeasible) {
        log(1, "presolve: the model is infeasible");
        SolveResult result;
        result.model_status = ModelStatus::Infeasible;
        return result;
    }
    const Postsolve& postsolve = presolved.postsolve;
    if (postsolve.record_count() == 0) return std::nullopt;
    if (log.enabled(1)) {
        const PresolveCounts& counts = presolved.counts;
        log(1, "presolve: " + std::to_string(model.row_count()) + " rows, " +
                   std::to_string(model.variable_count()) + " variables -> " +
                   std::to_string(presolved.model.row_count()) + " rows, " +
                   std::to_string(presolved.model.variable_count()) + " variables (" +
                   std::to_string(counts.fixed_columns) + " fixed, " +
                   std::to_string(counts.dominated_columns) + " dominated, " +
                   std::to_string(counts.free_column_singletons) + " free column singletons; " +
                   std::to_string(counts.singleton_rows) + " singleton rows, " +
                   std::to_string(counts.redundant_rows) + " redundant, " +
                   std::to_string(counts.duplicate_rows) + " duplicate; " +
                   std::to_string(counts.tightened_bounds) + " bounds tightened; " +
                   std::to_string(counts.passes) + " passes)");
    }
    SolveOptions reduced_options = options;
    if (!options.initial_solution.empty() &&
        static_cast<int>(options.initial_solution.size()) == model.variable_count()) {
        reduced_options.initial_solution = postsolve.reduce_values(options.initial_solution);
    }
    SolveResult result = postsolve_result(
        model, postsolve, solve_as_stated(presolved.model, reduced_options, deadline));
    if (result.has_solution &&
        max_violation(model, result.values, integers) > options.feasibility_tolerance) {
        log(1, "presolve: the mapped solution fails the check; solving the model as stated");
        return std::nullopt;
    }
    return result;
}

SolveResult solve_valid(const Model& model, const SolveOptions& options,
                        std::chrono::steady_clock::time_point start) {
    const auto deadline =
        std::isfinite(options.time_limit_seconds)
            ? start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                          std::chrono::duration<double>(std::max(0.0, options.time_limit_seconds)))
            : std::chrono::steady_clock::time_point::max();
    if (has_conflicting_bounds(model, options.feasibility_tolerance)) {
        SolveResult result;
        result.call_status = CallStatus::Ok;
        result.model_status = ModelStatus::Infeasible;
        return result;
    }
    if (options.presolve && options.initial_basis.empty()) {
        if (auto result = solve_presolved(model, options, deadline)) return std::move(*result);
    }
    return solve_as_stated(model, options, deadline);
}

}  // namespace

SolveResult solve(const Model& model, const SolveOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::string> problems = validate(model);
    if (!problems.empty()) return refused(CallStatus::InvalidModel, std::move(problems));
    problems = validate(options);
    if (!problems.empty()) return refused(CallStatus::InvalidOptions, std::move(problems));
    SolveResult result;
    try {
        result = solve_valid(model, options, start);
    } catch (const std::bad_alloc&) {
        return refused(CallStatus::InternalError, {"out of memory"});
    } catch (const std::exception& error) {
        return refused(CallStatus::InternalError, {error.what()});
    }
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const Logger log(options);
    if (log.enabled(1)) {
        const std::string status = result.call_status == CallStatus::Ok
                                       ? std::string(to_string(result.model_status))
                                       : std::string(to_string(result.call_status));
        log(1, "solve: " + status + " objective " + std::to_string(result.objective) + " bound " +
                   std::to_string(result.bound) + " iterations " +
                   std::to_string(result.simplex_iterations) + " nodes " +
                   std::to_string(result.nodes));
    }
    return result;
}

}  // namespace mealplan::solver

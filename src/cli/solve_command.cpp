// `mealplan solve FILE`: solves an LP/MILP file (MPS or CPLEX LP) with the project's own
// solver and reports what it found. Infeasible and unbounded are answers, not errors:
// they exit 0. Bad files exit 2 with "file:line: what"; a numerical failure exits 1 after
// printing the result.

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/command.hpp"
#include "cli/interrupt.hpp"
#include "cli/output.hpp"
#include "solver/model_file.hpp"
#include "solver/solve.hpp"

namespace mealplan::cli {
namespace {

struct SolveCommandOptions {
    std::string file;
    std::string input_format;  ///< empty: from the file name
    double time_limit_seconds = solver::kInfinity;
    long long node_limit = -1;
    double relative_gap = 1e-4;
    std::string format = "text";
    std::string out_path;
    bool verbose = false;
    bool values = false;
};

/// A dual bound means something only when the search ran: not for infeasible or unbounded.
bool has_bound(const solver::SolveResult& result) {
    return result.status != solver::SolveStatus::Infeasible &&
           result.status != solver::SolveStatus::Unbounded &&
           result.status != solver::SolveStatus::NumericalError;
}

nlohmann::ordered_json number_or_null(double value) {
    if (!std::isfinite(value)) return nullptr;
    return value;
}

std::string text_number(double value) {
    if (std::isinf(value)) return value > 0 ? "+infinity" : "-infinity";
    return fmt::format("{:.10g}", value);
}

std::string render_json(const solver::Model& model, const solver::SolveResult& result,
                        const std::string& file) {
    nlohmann::ordered_json json;
    json["schema"] = "mealplan.solve/1";
    json["file"] = file;
    json["status"] = std::string(solver::to_string(result.status));
    json["has_solution"] = result.has_solution;
    json["objective"] = result.has_solution ? number_or_null(result.objective) : nullptr;
    json["bound"] = has_bound(result) ? number_or_null(result.bound) : nullptr;
    json["gap"] = result.has_solution ? number_or_null(result.gap) : nullptr;
    json["seconds"] = result.seconds;
    json["iterations"] = result.simplex_iterations;
    json["nodes"] = result.nodes;
    nlohmann::ordered_json values = nlohmann::ordered_json::object();
    if (result.has_solution) {
        for (int j = 0; j < model.variable_count() && j < static_cast<int>(result.values.size());
             ++j) {
            values[model.variables[j].name] = result.values[j];
        }
    }
    json["values"] = std::move(values);
    return json.dump(2) + "\n";
}

std::string render_text(const solver::Model& model, const solver::SolveResult& result,
                        const std::string& file, bool with_values) {
    int integers = 0;
    for (const auto& variable : model.variables) {
        if (variable.type != solver::VariableType::Continuous) ++integers;
    }
    std::string out;
    out += fmt::format("Problem:     {} ({} rows, {} variables, {} integer)\n", file,
                       model.row_count(), model.variable_count(), integers);
    out += fmt::format("Status:      {}\n", solver::to_string(result.status));
    out += fmt::format("Objective:   {}\n",
                       result.has_solution ? text_number(result.objective) : "none (no solution)");
    out += fmt::format("Bound:       {}\n", has_bound(result) ? text_number(result.bound) : "none");
    if (result.has_solution) out += fmt::format("Gap:         {:.4g} %\n", 100.0 * result.gap);
    out += fmt::format("Time:        {:.3f} s\n", result.seconds);
    out += fmt::format("Iterations:  {}\n", result.simplex_iterations);
    out += fmt::format("Nodes:       {}\n", result.nodes);
    if (with_values && result.has_solution) {
        out += "Nonzero values:\n";
        std::size_t width = 0;
        for (int j = 0; j < model.variable_count(); ++j) {
            if (result.values[j] != 0.0) width = std::max(width, model.variables[j].name.size());
        }
        for (int j = 0; j < model.variable_count(); ++j) {
            if (result.values[j] == 0.0) continue;
            out += fmt::format("  {:<{}}  {}\n", model.variables[j].name, width,
                               text_number(result.values[j]));
        }
    }
    return out;
}

CommandOutcome run_solve(const SolveCommandOptions& options) {
    std::optional<solver::ModelFileFormat> format;
    if (!options.input_format.empty()) {
        format = solver::parse_model_file_format(options.input_format);
    } else {
        format = solver::format_from_file_name(options.file);
        if (!format) {
            return CommandOutcome::bad_input(
                {{options.file,
                  "cannot tell the format from the name (expected .mps, .mps.gz, .lp or .lp.gz); "
                  "name it with --input-format mps|fixed-mps|free-mps|lp"}});
        }
    }
    solver::ModelReading reading = solver::read_model_file(options.file, *format);
    Problems problems;
    for (const auto& issue : reading.errors) problems.push_back({issue.where, issue.what});
    if (!reading.ok()) return CommandOutcome::bad_input(std::move(problems));
    for (const auto& issue : reading.warnings) problems.push_back({issue.where, issue.what});
    const solver::Model& model = *reading.model;

    solver::SolveOptions solve_options;
    solve_options.time_limit_seconds = options.time_limit_seconds;
    solve_options.node_limit = options.node_limit;
    solve_options.relative_gap = options.relative_gap;
    solve_options.verbosity = options.verbose ? 2 : 0;
    solver::SolveResult result;
    {
        const InterruptGuard interrupt;
        solve_options.interrupt = interrupt.flag();
        result = solver::solve(model, solve_options);
    }

    if (result.status == solver::SolveStatus::InvalidModel) {
        Problems invalid;
        for (const auto& problem : result.problems) invalid.push_back({options.file, problem});
        return CommandOutcome::bad_input(std::move(invalid));
    }
    const std::string text = options.format == "json"
                                 ? render_json(model, result, options.file)
                                 : render_text(model, result, options.file, options.values);
    if (auto problem = emit(text, options.out_path)) return {kExitBadInput, {*problem}};
    if (result.status == solver::SolveStatus::NumericalError) {
        problems.push_back(
            {options.file, "the solver failed numerically; the result is not reliable"});
        return {kExitInternalError, std::move(problems)};
    }
    return {kExitOk, std::move(problems)};
}

}  // namespace

void add_solve_command(CLI::App& app, const GlobalOptions& /*global*/, CommandAction& action) {
    auto options = std::make_shared<SolveCommandOptions>();
    auto* command = app.add_subcommand(
        "solve",
        "Solve an LP or MILP file (MPS or CPLEX LP, optionally .gz) with mealplan's solver");
    command->add_option("file", options->file, "Model file (.mps, .mps.gz, .lp, .lp.gz)")
        ->required();
    command
        ->add_option("--input-format", options->input_format,
                     "File format when the name does not say: mps (fixed or free), fixed-mps, "
                     "free-mps, lp")
        ->check(CLI::IsMember({"mps", "fixed-mps", "free-mps", "lp"}));
    command->add_option("--time-limit", options->time_limit_seconds, "Stop after S seconds")
        ->check(CLI::NonNegativeNumber);
    command->add_option("--node-limit", options->node_limit, "Stop after N branch-and-bound nodes")
        ->check(CLI::NonNegativeNumber);
    command->add_option("--gap", options->relative_gap, "Relative gap at which a MILP is optimal")
        ->check(CLI::Range(0.0, 1.0));
    command->add_option("--format", options->format, "Output format")
        ->check(CLI::IsMember({"text", "json"}));
    command->add_option("--out", options->out_path, "Write the output to FILE (atomically)");
    command->add_flag("--values", options->values, "List the nonzero values (text format)");
    command->add_flag("--verbose", options->verbose, "Log the solver's progress to stderr");
    command->callback([options, &action] { action = [options] { return run_solve(*options); }; });
}

}  // namespace mealplan::cli

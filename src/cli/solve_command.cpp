// `mealplan solve FILE`: solves an LP/MILP file (MPS or CPLEX LP) with the project's own
// solver and prints what it found (rendered by solver/solve_report.hpp). Infeasible and
// unbounded are answers, not errors: they exit 0. Bad files and bad options exit 2 with
// the file and line or the option named; a numerical failure exits 1 after printing the
// result.

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/command.hpp"
#include "cli/interrupt.hpp"
#include "cli/output.hpp"
#include "solver/model_file.hpp"
#include "solver/options.hpp"
#include "solver/solve.hpp"
#include "solver/solve_report.hpp"

namespace mealplan::cli {
namespace {

struct SolveCommandOptions {
    std::string file;
    std::string input_format;  ///< empty: from the file name
    std::optional<double> time_limit_seconds;
    std::optional<long long> node_limit;
    std::optional<double> relative_gap;
    std::vector<std::string> settings;  ///< NAME=VALUE, applied after the flags above
    std::string format = "text";
    std::string out_path;
    bool verbose = false;
    bool values = false;
};

/// The solver's options from the flags, then from each --set in order; the problems name
/// the option and its range.
Problems solver_options(const SolveCommandOptions& options, solver::SolveOptions& solve_options) {
    Problems problems;
    auto set = [&](const std::string& flag, std::string_view name, const std::string& value) {
        if (auto problem = solver::set_option(solve_options, name, value)) {
            problems.push_back({flag, *problem});
        }
    };
    if (options.time_limit_seconds) {
        set("--time-limit", "time_limit", fmt::format("{}", *options.time_limit_seconds));
    }
    if (options.node_limit) set("--node-limit", "node_limit", std::to_string(*options.node_limit));
    if (options.relative_gap) {
        set("--gap", "relative_gap", fmt::format("{}", *options.relative_gap));
    }
    if (options.verbose) solve_options.verbosity = 2;
    for (const std::string& setting : options.settings) {
        const auto equals = setting.find('=');
        if (equals == std::string::npos) {
            problems.push_back({"--set", "expected NAME=VALUE, got '" + setting + "'"});
            continue;
        }
        set("--set " + setting.substr(0, equals), setting.substr(0, equals),
            setting.substr(equals + 1));
    }
    return problems;
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
    if (Problems bad = solver_options(options, solve_options); !bad.empty()) {
        return CommandOutcome::bad_input(std::move(bad));
    }
    solve_options.log = [](const std::string& line) { std::cerr << line << '\n'; };
    solver::SolveResult result;
    solve_options.interrupt = interrupt_flag();
    result = solver::solve(model, solve_options);

    if (result.call_status == solver::CallStatus::InvalidModel ||
        result.call_status == solver::CallStatus::InvalidOptions) {
        Problems invalid;
        for (const auto& problem : result.problems) invalid.push_back({options.file, problem});
        return CommandOutcome::bad_input(std::move(invalid));
    }
    if (result.call_status == solver::CallStatus::InternalError) {
        for (const auto& problem : result.problems) problems.push_back({options.file, problem});
        return {kExitInternalError, std::move(problems)};
    }
    const std::string text =
        options.format == "json"
            ? solver::render_solve_json(model, result, options.file)
            : solver::render_solve_text(model, result, options.file, options.values);
    const std::vector<Input> inputs = {{"", options.file}};
    if (result.call_status == solver::CallStatus::NumericalError) {
        problems.push_back(
            {options.file, "the solver failed numerically; the result is not reliable"});
        return produced({{"--out", options.out_path, text}}, inputs, kExitInternalError,
                        std::move(problems));
    }
    return produced({{"--out", options.out_path, text}}, inputs, kExitOk, std::move(problems));
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
    command
        ->add_option("--set", options->settings,
                     "Set a solver option, NAME=VALUE (repeatable; after the flags above)")
        ->type_name("NAME=VALUE");
    command->add_flag("--verbose", options->verbose, "Log the solver's progress to stderr");
    command->footer("Solver options (--set NAME=VALUE):\n" + solver::render_option_table());
    command->callback([options, &action] { action = [options] { return run_solve(*options); }; });
}

}  // namespace mealplan::cli

#pragma once
// The contract between the CLI11 front end and each subcommand. A subcommand parses its
// options into a plain struct, then runs a library call; it never prints errors itself:
// it returns them in a CommandOutcome, and app.cpp, the one exit path of the program,
// prints "mealplan: error: …" and returns the exit code.

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/problems.hpp"

namespace CLI {
class App;
}

namespace mealplan::cli {

/// Every exit code of the program (docs/ARCHITECTURE.md, "Exit codes").
enum ExitCode : int {
    kExitOk = 0,
    kExitInternalError = 1,  ///< a bug, or a solver failure the result cannot be trusted after
    kExitBadInput = 2,       ///< a file, an option or a combination of options is wrong
    kExitShortfall = 3,      ///< a plan was printed but some target could not be met
    kExitInterrupted = 130,  ///< stopped by SIGINT (Ctrl-C): 128 + SIGINT, as shells say
    kExitTerminated = 143,   ///< stopped by SIGTERM: 128 + SIGTERM
};

/// One text a command produced, for `path`, or standard output when `path` is empty, "-" or
/// "/dev/stdout".
/// `option` names where the path came from (`--out`, `--export-lp`) in messages.
struct Output {
    std::string option;
    std::string path;
    std::string text;
};

/// A file a command read, by the option (or argument) that named it.
struct Input {
    std::string option;
    std::string path;
};

struct CommandOutcome {
    CommandOutcome() = default;
    CommandOutcome(ExitCode code, Problems problems_to_print = {}, std::string hint_line = {})
        : exit_code(code), problems(std::move(problems_to_print)), hint(std::move(hint_line)) {}

    ExitCode exit_code = kExitOk;
    /// Printed as errors (exit code ≠ 0) or warnings (exit code 0), one line each.
    Problems problems;
    /// A line printed after the problems, such as where to find the usage.
    std::string hint;
    /// What the command produced. app.cpp delivers all of it only after the command has
    /// returned, and none of it when an output would replace an input or another output, when
    /// one cannot be staged, or when the run was interrupted (cli/output.hpp).
    std::vector<Output> outputs;
    /// The files the command read: no output may replace one of them.
    std::vector<Input> inputs;

    static CommandOutcome bad_input(Problems problems) {
        return {kExitBadInput, std::move(problems)};
    }
};

/// Options accepted by every subcommand (before or after the subcommand's name).
/// Empty paths mean "the shipped file in data/".
struct GlobalOptions {
    std::string catalogue_path;
    std::string dishes_path;
    std::string dri_path;
    std::string purchases_path;

    std::string catalogue_or_default() const;
    std::string dishes_or_default() const;
    std::string dri_or_default() const;
    /// The purchase data: the given file, else the shipped data/purchases.json when the
    /// catalogue is the shipped one; empty (lists by catalogue food) for another catalogue.
    std::string purchases_or_default() const;
};

/// What a subcommand registers: the action to run once the command line has parsed.
using CommandAction = std::function<CommandOutcome()>;

/// Each subcommand lives in its own file and adds itself to the app with one of these.
/// `action` is set by the subcommand's parse callback when that subcommand was chosen.
void add_foods_command(CLI::App& app, const GlobalOptions& global, CommandAction& action);
void add_dishes_command(CLI::App& app, const GlobalOptions& global, CommandAction& action);
void add_targets_command(CLI::App& app, const GlobalOptions& global, CommandAction& action);
void add_import_usda_command(CLI::App& app, const GlobalOptions& global, CommandAction& action);
void add_import_dri_command(CLI::App& app, const GlobalOptions& global, CommandAction& action);
void add_solve_command(CLI::App& app, const GlobalOptions& global, CommandAction& action);
void add_plan_commands(CLI::App& app, const GlobalOptions& global, CommandAction& action);
void add_shopping_list_command(CLI::App& app, const GlobalOptions& global, CommandAction& action);
void add_report_command(CLI::App& app, const GlobalOptions& global, CommandAction& action);
void add_why_command(CLI::App& app, const GlobalOptions& global, CommandAction& action);

/// Runs the program; returns the process exit code. The whole of main().
int run(int argc, char** argv);

}  // namespace mealplan::cli

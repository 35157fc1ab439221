#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>

#include "cli/command.hpp"
#include "cli/interrupt.hpp"
#include "cli/output.hpp"
#include "core/data_paths.hpp"
#include "core/utf8.hpp"

namespace mealplan::cli {

std::string GlobalOptions::catalogue_or_default() const {
    return catalogue_path.empty() ? (find_data_dir() / "foods.json").string() : catalogue_path;
}
std::string GlobalOptions::dishes_or_default() const {
    return dishes_path.empty() ? (find_data_dir() / "dishes.json").string() : dishes_path;
}
std::string GlobalOptions::dri_or_default() const {
    return dri_path.empty() ? (find_data_dir() / "dri.json").string() : dri_path;
}
std::string GlobalOptions::purchases_or_default() const {
    if (!purchases_path.empty()) return purchases_path;
    return catalogue_path.empty() ? (find_data_dir() / "purchases.json").string() : std::string();
}

namespace {

constexpr std::string_view kUsageHint = "Run 'mealplan --help' for usage.";
constexpr std::string_view kCommandUsageHint =
    "Run 'mealplan --help' (or 'mealplan COMMAND --help') for usage.";

/// The command word of `argv` when it names no command of `app` (CLI11 would only say that a
/// command is required); empty otherwise. Global options and their values come first.
std::string unknown_command(const CLI::App& app, int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view word = argv[i];
        if (word.rfind("-", 0) == 0) {
            const bool takes_value = word == "--catalogue" || word == "--dishes" ||
                                     word == "--dri" || word == "--purchases";
            if (takes_value) ++i;
            continue;
        }
        for (const CLI::App* command : app.get_subcommands({})) {
            if (command->get_name() == word) return {};
        }
        return std::string(word);
    }
    return {};
}

/// Parses the command line and runs the command it names. Help and version requests are
/// answered here (CLI11 prints them); everything else becomes the outcome of a command.
CommandOutcome parse_and_run(int argc, char** argv) {
    CLI::App app{
        "mealplan: day and week meal plans that cover every nutrient target (magnesium, "
        "calcium, vitamin D, B1, B6, B12 and the rest of the US DRIs), from USDA data."};
    app.name("mealplan");
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("mealplan ") + MEALPLAN_VERSION);

    GlobalOptions global;
    app.add_option("--catalogue", global.catalogue_path,
                   "Food catalogue JSON (default: the shipped data/foods.json)");
    app.add_option("--dishes", global.dishes_path,
                   "Dishes JSON (default: the shipped data/dishes.json)");
    app.add_option("--dri", global.dri_path, "DRI table JSON (default: the shipped data/dri.json)");
    app.add_option("--purchases", global.purchases_path,
                   "What each food is bought as, with packages and prices (default: the shipped "
                   "data/purchases.json, with the shipped catalogue)");

    CommandAction action;
    add_foods_command(app, global, action);
    add_dishes_command(app, global, action);
    add_targets_command(app, global, action);
    add_plan_commands(app, global, action);
    add_shopping_list_command(app, global, action);
    add_report_command(app, global, action);
    add_why_command(app, global, action);
    add_solve_command(app, global, action);
    add_import_usda_command(app, global, action);
    add_import_dri_command(app, global, action);
    // Global options may follow the subcommand's name: `mealplan foods --catalogue x.json`.
    for (auto* subcommand : app.get_subcommands({})) subcommand->fallthrough();

    if (const std::string word = unknown_command(app, argc, argv); !word.empty()) {
        std::string names;
        for (const CLI::App* command : app.get_subcommands({}))
            names += (names.empty() ? "" : ", ") + command->get_name();
        return {kExitBadInput,
                {{"", "unknown command \"" + word + "\"; the commands are " + names}},
                std::string(kUsageHint)};
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return {static_cast<ExitCode>(app.exit(e)), {}, {}};
    } catch (const CLI::CallForAllHelp& e) {
        return {static_cast<ExitCode>(app.exit(e)), {}, {}};
    } catch (const CLI::CallForVersion& e) {
        return {static_cast<ExitCode>(app.exit(e)), {}, {}};
    } catch (const CLI::ParseError& e) {
        return {kExitBadInput, {{"", e.what()}}, std::string(kCommandUsageHint)};
    }
    if (!action) return CommandOutcome::bad_input({{"", "no command chosen"}});
    return deliver(action());
}

/// The message level of an outcome's problems.
std::string_view level_of(ExitCode code) {
    switch (code) {
        case kExitOk:
            return "warning";
        case kExitInternalError:
            return "internal error";
        case kExitBadInput:
        case kExitShortfall:
        case kExitInterrupted:
        case kExitTerminated:
            return "error";
    }
    return "error";
}

}  // namespace

int run(int argc, char** argv) {
    install_interrupt_handler();
    CommandOutcome outcome;
    try {
        outcome = parse_and_run(argc, argv);
    } catch (const std::bad_alloc&) {
        outcome = {kExitInternalError, {{"", "out of memory"}}, {}};
    } catch (const std::exception& e) {
        outcome = {kExitInternalError, {{"", e.what()}}, {}};
    }
    for (const auto& problem : outcome.problems) {
        // Problems quote what the user typed or a file held: shown escaped, never raw.
        std::cerr << "mealplan: " << level_of(outcome.exit_code) << ": "
                  << escaped_for_terminal(to_string(problem)) << '\n';
    }
    if (!outcome.hint.empty()) std::cerr << outcome.hint << '\n';
    return outcome.exit_code;
}

}  // namespace mealplan::cli

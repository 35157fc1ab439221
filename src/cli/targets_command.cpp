#include <CLI/CLI.hpp>

#include "cli/command.hpp"

namespace mealplan::cli {

void add_targets_command(CLI::App& app, const GlobalOptions& /*global*/, CommandAction& action) {
    auto* command = app.add_subcommand("targets", "(not built yet)");
    command->callback([&action] {
        action = [] { return CommandOutcome{kExitInternalError, {{"", "'targets' is not built yet"}}}; };
    });
}

}  // namespace mealplan::cli

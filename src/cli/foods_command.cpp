#include <CLI/CLI.hpp>

#include "cli/command.hpp"

namespace mealplan::cli {

void add_foods_command(CLI::App& app, const GlobalOptions& /*global*/, CommandAction& action) {
    auto* command = app.add_subcommand("foods", "(not built yet)");
    command->callback([&action] {
        action = [] { return CommandOutcome{kExitInternalError, {{"", "'foods' is not built yet"}}}; };
    });
}

}  // namespace mealplan::cli

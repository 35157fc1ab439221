#include <CLI/CLI.hpp>

#include "cli/command.hpp"

namespace mealplan::cli {

void add_shopping_list_command(CLI::App& app, const GlobalOptions& /*global*/, CommandAction& action) {
    auto* command = app.add_subcommand("shopping-list", "(not built yet)");
    command->callback([&action] {
        action = [] { return CommandOutcome{kExitInternalError, {{"", "'shopping-list' is not built yet"}}}; };
    });
}

}  // namespace mealplan::cli

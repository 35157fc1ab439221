#include <CLI/CLI.hpp>

#include "cli/command.hpp"

namespace mealplan::cli {

void add_import_usda_command(CLI::App& app, const GlobalOptions& /*global*/, CommandAction& action) {
    auto* command = app.add_subcommand("import-usda", "(not built yet)");
    command->callback([&action] {
        action = [] { return CommandOutcome{kExitInternalError, {{"", "'import-usda' is not built yet"}}}; };
    });
}

}  // namespace mealplan::cli

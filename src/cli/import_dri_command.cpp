#include <CLI/CLI.hpp>

#include "cli/command.hpp"

namespace mealplan::cli {

void add_import_dri_command(CLI::App& app, const GlobalOptions& /*global*/, CommandAction& action) {
    auto* command = app.add_subcommand("import-dri", "(not built yet)");
    command->callback([&action] {
        action = [] { return CommandOutcome{kExitInternalError, {{"", "'import-dri' is not built yet"}}}; };
    });
}

}  // namespace mealplan::cli

#include <CLI/CLI.hpp>

#include "cli/command.hpp"

namespace mealplan::cli {

void add_plan_commands(CLI::App& app, const GlobalOptions& /*global*/, CommandAction& action) {
    for (const char* name : {"day", "week"}) {
        auto* command = app.add_subcommand(name, "(not built yet)");
        command->callback([&action] {
            action = [] { return CommandOutcome{kExitInternalError, {{"", "planning is not built yet"}}}; };
        });
    }
}

}  // namespace mealplan::cli

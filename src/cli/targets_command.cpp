// `mealplan targets [profile] [--format text|json] [--out FILE]`: a person's daily nutrient
// targets from the US Dietary Reference Intakes.

#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "cli/enum_option.hpp"
#include "cli/output.hpp"
#include "cli/profile_options.hpp"
#include "cli/request_options.hpp"
#include "core/listing_format.hpp"
#include "dri/dri_table.hpp"
#include "dri/targets.hpp"
#include "dri/targets_report.hpp"

namespace mealplan::cli {
namespace {

struct TargetsOptions {
    ProfileOptions profile;
    std::string format{to_string(ListingFormat::Text)};
    std::string out_path;
};

CommandOutcome run_targets(const TargetsOptions& options, const GlobalOptions& global) {
    auto profile = profile_from_options(options.profile);
    if (!profile) return CommandOutcome::bad_input(std::move(profile).problems());
    auto targets = targets_from_dri_file(global.dri_or_default(), *profile);
    if (!targets) return CommandOutcome::bad_input(std::move(targets).problems());
    const std::string description = describe_profile(*profile);
    const std::string text =
        option_value(options.format, ListingFormat::Text) == ListingFormat::Json
            ? targets_to_json(*targets, description)
            : targets_to_text(*targets, description);
    return produced_text(text, options.out_path, {{"--dri", global.dri_or_default()}});
}

}  // namespace

void add_targets_command(CLI::App& app, const GlobalOptions& global, CommandAction& action) {
    auto options = std::make_shared<TargetsOptions>();
    auto* command = app.add_subcommand(
        "targets",
        "Daily nutrient targets for a person from the US Dietary Reference Intakes: minimums "
        "(RDA or AI), the limits that apply to food, energy and macronutrient ranges");
    add_profile_options(*command, options->profile);
    command->add_option("--format", options->format, "Output format (default: text)")
        ->check(enum_names<ListingFormat>());
    command->add_option("--out", options->out_path, "Write to FILE (replaced atomically)");
    command->callback([&action, &global, options] {
        action = [options, &global] { return run_targets(*options, global); };
    });
}

}  // namespace mealplan::cli

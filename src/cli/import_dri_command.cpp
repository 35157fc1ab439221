// `mealplan import-dri --dri-dir DIR --out FILE`: builds data/dri.json from the DRI CSV
// tables. Running it again on the same files reproduces the output byte for byte.

#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "cli/output.hpp"
#include "dri/dri_import.hpp"
#include "dri/dri_table.hpp"

namespace mealplan::cli {
namespace {

struct ImportDriOptions {
    std::string dri_dir;
    std::string out_path;
};

CommandOutcome run_import_dri(const ImportDriOptions& options) {
    auto table = import_dri_tables(options.dri_dir);
    if (!table) return CommandOutcome::bad_input(std::move(table).problems());
    return produced_text(dri_to_json(*table), options.out_path);
}

}  // namespace

void add_import_dri_command(CLI::App& app, const GlobalOptions& /*global*/, CommandAction& action) {
    auto options = std::make_shared<ImportDriOptions>();
    auto* command =
        app.add_subcommand("import-dri",
                           "Build dri.json from the DRI CSV tables (dri_long_2011_IOM.csv, "
                           "dri_2019_potassium_sodium_AI.csv, amdr_ranges.csv)");
    command->add_option("--dri-dir", options->dri_dir, "Directory holding the DRI CSV files")
        ->required();
    command->add_option("--out", options->out_path, "Output file (replaced atomically)")
        ->required();
    command->callback(
        [&action, options] { action = [options] { return run_import_dri(*options); }; });
}

}  // namespace mealplan::cli

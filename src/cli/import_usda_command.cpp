#include <CLI/CLI.hpp>

#include "catalogue/catalogue.hpp"
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "usda/catalogue_spec.hpp"
#include "usda/importer.hpp"
#include "usda/sr28.hpp"
#include "usda/sr28_table.hpp"

namespace mealplan::cli {
namespace {

struct ImportUsdaOptions {
    std::string sr28_directory;
    std::string spec_path;
    std::string out_path;
    bool whole_table = false;
};

/// The whole SR28 table, gzip-compressed when the output file ends in ".gz".
CommandOutcome run_import_whole_table(const ImportUsdaOptions& options) {
    if (options.out_path.empty() || options.out_path == "-") {
        return CommandOutcome::bad_input({{"--out", "--all needs an output file"}});
    }
    auto sr28 = usda::read_sr28(options.sr28_directory);
    if (!sr28) return CommandOutcome::bad_input(std::move(sr28).problems());
    std::string text = usda::sr28_table_tsv(sr28.value());
    if (options.out_path.ends_with(".gz")) text = usda::gzip_compress(text);
    return produced_text(std::move(text), options.out_path);
}

CommandOutcome run_import_usda(const ImportUsdaOptions& options) {
    if (options.whole_table) return run_import_whole_table(options);
    if (options.spec_path.empty()) {
        return CommandOutcome::bad_input({{"--spec", "required (or --all for the whole table)"}});
    }
    auto spec = usda::load_catalogue_spec(options.spec_path);
    if (!spec) return CommandOutcome::bad_input(std::move(spec).problems());
    auto sr28 = usda::read_sr28(options.sr28_directory);
    if (!sr28) return CommandOutcome::bad_input(std::move(sr28).problems());
    auto catalogue = usda::build_catalogue(sr28.value(), spec.value(), options.spec_path);
    if (!catalogue) return CommandOutcome::bad_input(std::move(catalogue).problems());
    return produced_text(catalogue_to_json(catalogue.value()), options.out_path,
                         {{"--spec", options.spec_path}});
}

}  // namespace

void add_import_usda_command(CLI::App& app, const GlobalOptions& /*global*/,
                             CommandAction& action) {
    auto options = std::make_shared<ImportUsdaOptions>();
    auto* command = app.add_subcommand(
        "import-usda",
        "Build the food catalogue (foods.json) from the USDA SR28 ASCII files and a selection "
        "spec (data/catalogue-spec.json)");
    command
        ->add_option("--sr28", options->sr28_directory,
                     "Directory with FOOD_DES.txt, FD_GROUP.txt, NUT_DATA.txt, NUTR_DEF.txt "
                     "and WEIGHT.txt")
        ->required();
    command->add_option("--spec", options->spec_path, "Selection spec JSON");
    command->add_flag("--all", options->whole_table,
                      "Write the whole SR28 nutrient table (every food, every tracked nutrient) "
                      "as TSV instead of the catalogue; gzip-compressed when --out ends in .gz");
    command->add_option("--out", options->out_path,
                        "Catalogue JSON to write (replaced atomically; default: standard output)");
    command->callback(
        [options, &action] { action = [options] { return run_import_usda(*options); }; });
}

}  // namespace mealplan::cli

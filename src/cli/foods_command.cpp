// `mealplan foods`: the catalogue's foods, found by words or aisle, or ranked as sources of
// a nutrient; with --all, the whole SR28 table by words. The listings are rendered by
// catalogue/foods_report.hpp and usda/sr28_listing.hpp.

#include <CLI/CLI.hpp>

#include "catalogue/catalogue.hpp"
#include "catalogue/food_query.hpp"
#include "catalogue/foods_report.hpp"
#include "cli/command.hpp"
#include "cli/enum_option.hpp"
#include "cli/output.hpp"
#include "core/data_paths.hpp"
#include "core/listing_format.hpp"
#include "usda/sr28_listing.hpp"
#include "usda/sr28_table.hpp"

namespace mealplan::cli {
namespace {

struct FoodsOptions {
    std::string source;
    std::string search;
    std::string aisle;
    std::string format{to_string(ListingFormat::Text)};
    std::string out_path;
    bool whole_sr28 = false;
    std::string sr28_table_path;
};

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string text;
    for (const auto& part : parts) {
        if (!text.empty()) text += separator;
        text += part;
    }
    return text;
}

CommandOutcome run_foods_whole_sr28(const FoodsOptions& options) {
    if (!options.source.empty() || !options.aisle.empty()) {
        return CommandOutcome::bad_input(
            {{"--all", "searches the whole SR28 table by name only (use --search)"}});
    }
    const std::string path = options.sr28_table_path.empty()
                                 ? (find_data_dir() / "sr28" / "sr28-foods.tsv.gz").string()
                                 : options.sr28_table_path;
    auto table = usda::load_sr28_table(path);
    if (!table) return CommandOutcome::bad_input(std::move(table).problems());
    const auto matches = usda::search_sr28_table(table.value(), options.search);
    const std::string text =
        option_value(options.format, ListingFormat::Text) == ListingFormat::Json
            ? usda::sr28_foods_json(matches)
            : usda::sr28_foods_text(matches);
    return produced_text(text, options.out_path, {{"--sr28-table", path}});
}

CommandOutcome run_foods(const FoodsOptions& options, const GlobalOptions& global) {
    if (options.whole_sr28) return run_foods_whole_sr28(options);
    std::optional<Nutrient> nutrient;
    if (!options.source.empty()) {
        nutrient = nutrient_from_name(options.source);
        if (!nutrient) {
            return CommandOutcome::bad_input(
                {{"--source", "unknown nutrient '" + options.source +
                                  "'; valid names: " + join(nutrient_names_for_help(), ", ")}});
        }
    }
    if (!options.aisle.empty() && !is_known_aisle(options.aisle)) {
        std::vector<std::string> aisles;
        for (const auto aisle : aisles_in_store_order()) aisles.emplace_back(aisle);
        return CommandOutcome::bad_input(
            {{"--aisle", "unknown aisle '" + options.aisle + "'; aisles: " + join(aisles, ", ")}});
    }
    auto catalogue = load_catalogue(global.catalogue_or_default());
    if (!catalogue) return CommandOutcome::bad_input(std::move(catalogue).problems());

    std::vector<const Food*> foods;
    for (const auto& food : catalogue->foods) {
        if (options.aisle.empty() || food.aisle == options.aisle) foods.push_back(&food);
    }
    foods = search_foods(foods, options.search);

    std::vector<SourceRanking> ranking;
    if (nutrient) {
        ranking = rank_sources(foods, *nutrient);
        foods.clear();
        for (const auto& entry : ranking) foods.push_back(entry.food);
    }

    std::string text;
    if (option_value(options.format, ListingFormat::Text) == ListingFormat::Json) {
        Catalogue selection;
        selection.source = catalogue->source;
        for (const Food* food : foods) selection.foods.push_back(*food);
        text = catalogue_to_json(selection);
    } else {
        text = nutrient ? sources_text(ranking, *nutrient) : foods_text(foods);
    }
    return produced_text(std::move(text), options.out_path,
                         {{"--catalogue", global.catalogue_or_default()}});
}

}  // namespace

void add_foods_command(CLI::App& app, const GlobalOptions& global, CommandAction& action) {
    auto options = std::make_shared<FoodsOptions>();
    auto* command = app.add_subcommand(
        "foods", "List catalogue foods, search them, or rank the sources of a nutrient");
    command->add_option("--source", options->source,
                        "Rank the good and excellent sources of this nutrient (magnesium_mg, "
                        "magnesium, b12, vitamin-d …)");
    command->add_option("--search", options->search,
                        "Only foods whose name contains every word of TEXT (case-insensitive)");
    command->add_option("--aisle", options->aisle, "Only foods of this aisle (e.g. produce)");
    command->add_option("--format", options->format, "Output format (default: text)")
        ->check(enum_names<ListingFormat>());
    command->add_option("--out", options->out_path,
                        "Write to this file (replaced atomically) instead of standard output");
    command->add_flag("--all", options->whole_sr28,
                      "Search the whole USDA SR28 table (8,789 foods) instead of the catalogue");
    command->add_option("--sr28-table", options->sr28_table_path,
                        "SR28 table for --all (default: the shipped data/sr28/sr28-foods.tsv.gz)");
    command->callback([options, &global, &action] {
        action = [options, &global] { return run_foods(*options, global); };
    });
}

}  // namespace mealplan::cli

// `mealplan foods`: the catalogue's foods (the shipped ones and the person's own), found by
// words or aisle, or ranked as sources of a nutrient; with --all, the whole SR28 table by
// words. `foods add` and `foods remove` change the person's own foods. The listings are rendered by
// catalogue/foods_report.hpp and usda/sr28_listing.hpp.

#include <CLI/CLI.hpp>

#include "catalogue/catalogue.hpp"
#include "catalogue/food_query.hpp"
#include "catalogue/foods_report.hpp"
#include "cli/command.hpp"
#include "cli/enum_option.hpp"
#include "cli/kitchen_data.hpp"
#include "cli/output.hpp"
#include "core/data_paths.hpp"
#include "core/listing_format.hpp"
#include "core/user_home.hpp"
#include "kitchen/user_kitchen.hpp"
#include "usda/sr28_listing.hpp"
#include "usda/sr28_table.hpp"

namespace mealplan::cli {
namespace {

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string text;
    for (const auto& part : parts) {
        if (!text.empty()) text += separator;
        text += part;
    }
    return text;
}

struct FoodsOptions {
    std::string source;
    std::string search;
    std::string aisle;
    std::string format{to_string(ListingFormat::Text)};
    std::string out_path;
    bool whole_sr28 = false;
    bool mine_only = false;
    std::string sr28_table_path;
};

struct FoodsAddOptions {
    std::vector<std::string> ids;
    std::string aisle;
};

std::string shipped_sr28_table_path() {
    return (find_data_dir() / "sr28" / "sr28-foods.tsv.gz").string();
}

/// The listing's foods: the catalogue a command plans with, or only the person's own.
Result<Catalogue> listed_catalogue(const FoodsOptions& options, const GlobalOptions& global) {
    if (options.mine_only) return kitchen::load_user_foods(find_user_home());
    return load_kitchen_catalogue(global);
}

CommandOutcome unknown_aisle(std::string_view option, const std::string& aisle) {
    std::vector<std::string> aisles;
    for (const auto known : aisles_in_store_order()) aisles.emplace_back(known);
    return CommandOutcome::bad_input(
        {{std::string(option), "unknown aisle '" + aisle + "'; aisles: " + join(aisles, ", ")}});
}

CommandOutcome run_foods_add(const FoodsAddOptions& options, const GlobalOptions& global) {
    if (!options.aisle.empty() && !is_known_aisle(options.aisle)) {
        return unknown_aisle("--aisle", options.aisle);
    }
    auto sources = load_kitchen_sources(global);
    if (!sources) return CommandOutcome::bad_input(std::move(sources).problems());
    const auto home = find_user_home();
    auto added = kitchen::add_foods(home, options.ids, options.aisle, sources->view());
    if (!added) return CommandOutcome::bad_input(std::move(added).problems());
    return produced_text(kitchen_foods_text(*added, "Added") + "Your foods are in " +
                             kitchen::user_foods_path(home).string() + "\n",
                         "");
}

CommandOutcome run_foods_remove(const std::string& id, const GlobalOptions& global) {
    auto shipped = load_catalogue(global.catalogue_or_default());
    if (!shipped) return CommandOutcome::bad_input(std::move(shipped).problems());
    auto removed = kitchen::remove_food(find_user_home(), id, *shipped);
    if (!removed) return CommandOutcome::bad_input(std::move(removed).problems());
    return produced_text(kitchen_foods_text({*removed}, "Removed"), "");
}

CommandOutcome run_foods_whole_sr28(const FoodsOptions& options) {
    if (!options.source.empty() || !options.aisle.empty() || options.mine_only) {
        return CommandOutcome::bad_input(
            {{"--all", "searches the whole SR28 table by name only (use --search)"}});
    }
    const std::string path =
        options.sr28_table_path.empty() ? shipped_sr28_table_path() : options.sr28_table_path;
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
        return unknown_aisle("--aisle", options.aisle);
    }
    auto catalogue = listed_catalogue(options, global);
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
    command->add_flag("--mine", options->mine_only,
                      "Only the foods you added (mealplan foods add), kept in $MEALPLAN_HOME");
    command->callback([command, options, &global, &action] {
        if (!command->get_subcommands().empty()) return;  // foods add / foods remove ran
        action = [options, &global] { return run_foods(*options, global); };
    });

    auto add_options = std::make_shared<FoodsAddOptions>();
    auto* add = command->add_subcommand(
        "add",
        "Add SR28 foods to your own catalogue ($MEALPLAN_HOME, default "
        "$XDG_DATA_HOME/mealplan or ~/.local/share/mealplan); plans and lists then use them");
    add->add_option("NDB", add_options->ids, "SR28 NDB numbers (find them with 'foods --all')")
        ->required();
    add->add_option("--aisle", add_options->aisle,
                    "Aisle to shop them in, instead of the one their SR28 food group gives");
    add->callback([add_options, &global, &action] {
        action = [add_options, &global] { return run_foods_add(*add_options, global); };
    });

    auto remove_id = std::make_shared<std::string>();
    auto* remove = command->add_subcommand(
        "remove", "Remove one of your own foods (refused while one of your dishes uses it)");
    remove->add_option("NDB", *remove_id, "NDB number of the food")->required();
    remove->callback([remove_id, &global, &action] {
        action = [remove_id, &global] { return run_foods_remove(*remove_id, global); };
    });
}

}  // namespace mealplan::cli

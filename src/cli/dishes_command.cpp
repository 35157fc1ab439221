// `mealplan dishes`: the dishes plans are made of (the shipped ones and the person's own),
// found by words; `dishes import` turns Cooklang recipes into dishes of the person's own,
// `dishes remove` removes one. The work is done by kitchen/recipe_import.hpp; the listings
// are rendered by dishes/dishes_report.hpp.

#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "cli/enum_option.hpp"
#include "cli/kitchen_data.hpp"
#include "cli/output.hpp"
#include "core/listing_format.hpp"
#include "core/text.hpp"
#include "core/user_home.hpp"
#include "dishes/dishes_json.hpp"
#include "dishes/dishes_report.hpp"
#include "kitchen/recipe_import.hpp"
#include "kitchen/user_kitchen.hpp"

namespace mealplan::cli {
namespace {

struct DishesOptions {
    std::string search;
    std::string format{to_string(ListingFormat::Text)};
    std::string out_path;
    bool mine_only = false;
};

struct DishesImportOptions {
    std::vector<std::string> files;
    std::vector<std::string> maps;
    std::vector<std::string> slots;
};

CommandOutcome run_dishes(const DishesOptions& options, const GlobalOptions& global) {
    auto catalogue = load_kitchen_catalogue(global);
    if (!catalogue) return CommandOutcome::bad_input(std::move(catalogue).problems());
    auto dishes = options.mine_only ? kitchen::load_user_dishes(find_user_home(), *catalogue)
                                    : load_kitchen_dishes(global, *catalogue);
    if (!dishes) return CommandOutcome::bad_input(std::move(dishes).problems());
    const auto found = search_dishes(*dishes, *catalogue, options.search);
    const std::string text =
        option_value(options.format, ListingFormat::Text) == ListingFormat::Json
            ? dishes_json(found, *catalogue)
            : dishes_text(found, *catalogue);
    return produced_text(text, options.out_path);
}

/// "red lentils=16144" → {"red lentils", "16144"}.
Result<kitchen::RecipeImportRequest> import_request(const DishesImportOptions& options) {
    kitchen::RecipeImportRequest request;
    Problems problems;
    for (const auto& map : options.maps) {
        const auto equals = map.rfind('=');
        const std::string name =
            equals == std::string::npos ? "" : lowercase(trimmed(map.substr(0, equals)));
        const std::string id = equals == std::string::npos ? "" : trimmed(map.substr(equals + 1));
        if (name.empty() || !is_ndb_number(id)) {
            problems.push_back(
                {"--map", "'" + map + "' is not 'INGREDIENT=NDB' (red lentils=16144)"});
        } else if (!request.food_for_name.emplace(name, id).second) {
            problems.push_back({"--map", "maps '" + name + "' twice"});
        }
    }
    for (const auto& slot : options.slots) {
        request.slots.insert(option_value(slot, MealSlot::Lunch));
    }
    if (!problems.empty()) return problems;
    return request;
}

CommandOutcome run_dishes_import(const DishesImportOptions& options, const GlobalOptions& global) {
    auto request = import_request(options);
    if (!request) return CommandOutcome::bad_input(std::move(request).problems());
    auto sources = load_kitchen_sources(global);
    if (!sources) return CommandOutcome::bad_input(std::move(sources).problems());
    auto shipped_dishes = load_dishes(global.dishes_or_default(), sources->shipped);
    if (!shipped_dishes) return CommandOutcome::bad_input(std::move(shipped_dishes).problems());
    const std::vector<std::filesystem::path> files(options.files.begin(), options.files.end());
    const auto home = find_user_home();
    auto imported =
        kitchen::import_recipes(home, files, sources->view(), *shipped_dishes, *request);
    if (!imported) return CommandOutcome::bad_input(std::move(imported).problems());
    return produced_text(kitchen::imported_recipes_text(*imported) + "Your dishes are in " +
                             kitchen::user_dishes_path(home).string() + "\n",
                         "");
}

CommandOutcome run_dishes_remove(const std::string& id, const GlobalOptions& global) {
    auto shipped = load_catalogue(global.catalogue_or_default());
    if (!shipped) return CommandOutcome::bad_input(std::move(shipped).problems());
    auto removed = kitchen::remove_dish(find_user_home(), id, *shipped);
    if (!removed) return CommandOutcome::bad_input(std::move(removed).problems());
    return produced_text("Removed " + removed->id + " \"" + removed->name + "\"\n", "");
}

}  // namespace

void add_dishes_command(CLI::App& app, const GlobalOptions& global, CommandAction& action) {
    auto options = std::make_shared<DishesOptions>();
    auto* command = app.add_subcommand(
        "dishes", "List and search the dishes plans are made of (shipped and your own)");
    command->add_option("--search", options->search,
                        "Only dishes whose name, cuisine or foods hold every word of TEXT");
    command->add_flag("--mine", options->mine_only,
                      "Only the dishes you imported (mealplan dishes import)");
    command->add_option("--format", options->format, "Output format (default: text)")
        ->check(enum_names<ListingFormat>());
    command->add_option("--out", options->out_path,
                        "Write to this file (replaced atomically) instead of standard output");
    command->callback([command, options, &global, &action] {
        if (!command->get_subcommands().empty()) return;  // dishes import / dishes remove ran
        action = [options, &global] { return run_dishes(*options, global); };
    });

    auto import_options = std::make_shared<DishesImportOptions>();
    auto* import = command->add_subcommand(
        "import",
        "Import Cooklang recipes (.cook) as dishes of your own ($MEALPLAN_HOME): ingredients "
        "matched to foods by name, weighed in grams, divided by >> servings");
    import->add_option("FILE", import_options->files, "Cooklang recipe files")->required();
    import->add_option("--map", import_options->maps,
                       "Use this food for an ingredient: 'red lentils=16144' (repeatable)");
    import
        ->add_option("--slot", import_options->slots,
                     "Meals the dishes suit, instead of their >> course: (repeatable)")
        ->check(enum_names<MealSlot>());
    import->callback([import_options, &global, &action] {
        action = [import_options, &global] { return run_dishes_import(*import_options, global);
};
}  // namespace mealplan::cli
);

auto remove_id = std::make_shared<std::string>();
auto* remove = command->add_subcommand("remove", "Remove one of your own dishes");
remove->add_option("ID", *remove_id, "Dish id (as 'mealplan dishes --mine' lists it)")->required();
remove->callback([remove_id, &global, &action] {
    action = [remove_id, &global] { return run_dishes_remove(*remove_id, global); };
});
}

}  // namespace mealplan::cli

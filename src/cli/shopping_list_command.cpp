// `mealplan shopping-list`: the shopping list of a plan JSON file.

#include <CLI/CLI.hpp>

#include "catalogue/catalogue.hpp"
#include "cli/command.hpp"
#include "cli/enum_option.hpp"
#include "cli/output.hpp"
#include "cli/request_options.hpp"
#include "cli/shopping_data.hpp"
#include "core/text.hpp"
#include "plan/plan_json.hpp"
#include "shopping/aisle_order.hpp"
#include "shopping/pantry.hpp"
#include "shopping/render.hpp"
#include "shopping/shopping_list.hpp"

namespace mealplan::cli {
namespace {

struct ShoppingListArguments {
    std::string plan_path;
    std::string people = "1";
    std::string pantry_path;
    std::string units{to_string(Units::Metric)};
    std::string aisles_path;
    std::string prices_path;
    std::string staples_path;
    std::string format{to_string(ShoppingFormat::Text)};
    std::string out_path;
};

void append(Problems& all, Problems more) {
    all.insert(all.end(), std::make_move_iterator(more.begin()),
               std::make_move_iterator(more.end()));
}

CommandOutcome run_shopping_list(const ShoppingListArguments& arguments,
                                 const GlobalOptions& global) {
    // Every input is read and checked before anything is written, and every problem of
    // every input is reported in one run.
    Problems problems;
    ShoppingOptions options;
    if (const auto people = parse_number<int>(trimmed(arguments.people))) {
        options.people = *people;
        append(problems, as_option_problems(validate_options(options)));
    } else {
        problems.push_back({std::string(option_for(ShoppingField::People)),
                            "must be a whole number of people, got \"" + arguments.people + "\""});
    }

    auto plan = load_plan(arguments.plan_path);
    if (!plan) append(problems, std::move(plan).problems());

    auto catalogue = load_catalogue(global.catalogue_or_default());
    if (!catalogue) {
        append(problems, std::move(catalogue).problems());
        return CommandOutcome::bad_input(std::move(problems));
    }
    if (!arguments.aisles_path.empty()) {
        const std::vector<std::string> known_aisles(aisles_in_store_order().begin(),
                                                    aisles_in_store_order().end());
        auto order = load_aisle_order(arguments.aisles_path, known_aisles);
        if (order) {
            options.aisle_order = std::move(*order);
        } else {
            append(problems, std::move(order).problems());
        }
    }
    if (plan) append(problems, check_plan_foods(*plan, *catalogue, arguments.plan_path));
    if (!arguments.pantry_path.empty()) {
        auto pantry = load_pantry(arguments.pantry_path, *catalogue);
        if (pantry) {
            options.pantry_grams = std::move(*pantry);
        } else {
            append(problems, std::move(pantry).problems());
        }
    }
    ShoppingData data;
    load_shopping_data(global, *catalogue, {arguments.prices_path, arguments.staples_path},
                       plan ? plan->person : std::nullopt, data, options, problems);
    if (!problems.empty()) return CommandOutcome::bad_input(std::move(problems));

    const auto list = build_shopping_list(*plan, *catalogue, options);
    const auto format = option_value(arguments.format, ShoppingFormat::Text);
    const auto units = option_value(arguments.units, Units::Metric);
    return emit_outcome(render_shopping_list(list, format, units), arguments.out_path);
}

}  // namespace

void add_shopping_list_command(CLI::App& app, const GlobalOptions& global, CommandAction& action) {
    auto arguments = std::make_shared<ShoppingListArguments>();
    auto* command = app.add_subcommand(
        "shopping-list",
        "The shopping list of a plan: every food summed over the plan and the household, "
        "less the pantry, one line per item bought, in whole packages or items, by aisle, with "
        "the cost of what is bought and eaten beside the Thrifty Food Plan");
    command->add_option("--plan", arguments->plan_path, "Plan JSON (mealplan week --format json)")
        ->required();
    command
        ->add_option("--people", arguments->people,
                     "People in the household, 1-" + std::to_string(kMaxPeople))
        ->capture_default_str();
    command->add_option("--pantry", arguments->pantry_path,
                        "What you have: JSON {\"pantry\":[{\"food\",\"amount\",\"unit\"}]} or "
                        "CSV food,amount,unit");
    command
        ->add_option("--units", arguments->units, "Weights shown in metric (g, kg) or us (oz, lb)")
        ->check(enum_names<Units>())
        ->capture_default_str();
    command->add_option("--aisles", arguments->aisles_path,
                        "Your store's aisle order: one aisle per line, or a JSON list");
    command->add_option("--prices", arguments->prices_path,
                        "Package prices replacing the shipped ones: CSV food,package,price_usd");
    command->add_option("--staples", arguments->staples_path,
                        "What you keep at home (one item per line), listed apart instead of "
                        "bought (default: salt, spices, oils, vinegars, baking goods, sauces)");
    command->add_option("--format", arguments->format, "Output format")
        ->check(enum_names<ShoppingFormat>())
        ->capture_default_str();
    command->add_option("--out", arguments->out_path,
                        "Write to FILE (replaced atomically) instead of standard output");
    command->callback([arguments, &global, &action] {
        action = [arguments, &global] { return run_shopping_list(*arguments, global); };
    });
}

}  // namespace mealplan::cli

#include "cli/shopping_data.hpp"

#include <CLI/CLI.hpp>

#include "catalogue/catalogue.hpp"
#include "core/data_paths.hpp"
#include "shopping/cost_anchors.hpp"
#include "shopping/package_prices.hpp"
#include "shopping/staples.hpp"

namespace mealplan::cli {
namespace {

void append(Problems& all, Problems more) {
    all.insert(all.end(), std::make_move_iterator(more.begin()),
               std::make_move_iterator(more.end()));
}

}  // namespace

void add_plan_list_options(CLI::App& command, PlanListOptions& options) {
    command.add_flag("--shopping-list", options.shopping_list,
                     "Append the shopping list for the plan (the HTML page always has it)");
    command.add_option(
        "--people", options.people,
        "Household size for the shopping list, 1–" + std::to_string(kMaxPeople) + " (default 1)");
    command.add_option("--prices", options.prices_path,
                       "Package prices for the shopping list: CSV food,package,price_usd");
    command.add_option("--staples", options.staples_path,
                       "What you keep at home, one item per line (shopping list)");
}

void load_shopping_data(const GlobalOptions& global, const Catalogue& catalogue,
                        const ShoppingFiles& files, const std::optional<PlanPerson>& person,
                        ShoppingData& data, ShoppingOptions& options, Problems& problems) {
    if (const std::string path = global.purchases_or_default(); !path.empty()) {
        // The purchase data speaks of the shipped catalogue; the foods a person added to
        // it are bought as themselves.
        auto shipped = load_catalogue(global.catalogue_or_default());
        if (!shipped) {
            append(problems, std::move(shipped).problems());
            return;
        }
        auto purchases = load_purchases(path, *shipped);
        if (!purchases) {
            append(problems, std::move(purchases).problems());
            return;
        }
        buy_unknown_foods_as_themselves(*purchases, catalogue);
        data.purchases = std::move(*purchases);
        options.purchases = &*data.purchases;
    }
    const Purchases* purchases = options.purchases;
    if (!files.prices_path.empty()) {
        auto prices = load_package_prices(files.prices_path, catalogue, purchases);
        if (prices) {
            options.package_prices_usd = std::move(*prices);
        } else {
            append(problems, std::move(prices).problems());
        }
    }
    if (!files.staples_path.empty()) {
        if (purchases == nullptr) {
            problems.push_back({"--staples",
                                "needs the purchase data (--purchases), which "
                                "names the items a household keeps"});
        } else if (auto staples = load_staples(files.staples_path, *purchases, catalogue)) {
            options.staples = std::move(*staples);
        } else {
            append(problems, std::move(staples).problems());
        }
    }
    auto anchors = load_cost_anchors(find_data_dir() / "cost-anchors.json");
    if (!anchors) {
        append(problems, std::move(anchors).problems());
        return;
    }
    if (person) {
        if (const CostAnchor* anchor = thrifty_cost_for(*anchors, person->sex, person->age_years)) {
            options.thrifty = *anchor;
            options.thrifty_note = anchors->note;
        }
    }
}

}  // namespace mealplan::cli

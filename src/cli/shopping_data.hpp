#pragma once
// What both list-making commands (`week --shopping-list`, `shopping-list`) read besides
// the plan: the purchase data, a price file, a staples file and the Thrifty Food Plan
// cost for the person.

#include <optional>
#include <string>

#include "catalogue/catalogue.hpp"
#include "cli/command.hpp"
#include "plan/plan.hpp"
#include "shopping/purchases.hpp"
#include "shopping/shopping_list.hpp"

namespace mealplan::cli {

/// The files named on the command line; empty = none.
struct ShoppingFiles {
    std::string prices_path;
    std::string staples_path;
};

/// The list options of the commands that print a plan (`week`, `report`), as typed.
struct PlanListOptions {
    bool shopping_list = false;  ///< append the list (the HTML page always has it)
    std::string people = "1";
    std::string prices_path;
    std::string staples_path;
};

/// Adds --shopping-list, --people, --prices and --staples to `command`.
void add_plan_list_options(CLI::App& command, PlanListOptions& options);

/// Owns what ShoppingOptions points into; lives as long as the list is built from it.
struct ShoppingData {
    std::optional<Purchases> purchases;
};

/// Reads the purchase data (GlobalOptions::purchases_or_default(); none when that is
/// empty), the price and staples files and the cost anchors, and fills `options` with
/// them and with the Thrifty Food Plan cost for `person` (when known). Every problem of
/// every file is appended to `problems`.
void load_shopping_data(const GlobalOptions& global, const Catalogue& catalogue,
                        const ShoppingFiles& files, const std::optional<PlanPerson>& person,
                        ShoppingData& data, ShoppingOptions& options, Problems& problems);

}  // namespace mealplan::cli

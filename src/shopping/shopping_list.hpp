#pragma once
// The shopping list of a plan: every food of every meal summed over the plan and the
// household, less what is already in the pantry, turned into what a person buys
// (whole packages, whole items or a weight), grouped by aisle in store order.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "core/enum_names.hpp"
#include "core/problems.hpp"
#include "plan/plan.hpp"

namespace mealplan {

/// Package prices that replace the catalogue's: food id → package label → US dollars.
using PackagePrices = std::map<FoodId, std::map<std::string, double>>;

/// How the list is built. The defaults give the list of one person with nothing in the
/// pantry, in the default store order, at the catalogue's prices.
/// The largest household a list is built for.
inline constexpr int kMaxPeople = 100;

struct ShoppingOptions {
    int people = 1;  ///< household size, 1–kMaxPeople: the plan's amounts are multiplied by it
    /// Grams already at home, per food; subtracted once from the whole list.
    std::map<FoodId, double> pantry_grams;
    /// Aisles in the order of the store (compared without regard to case); aisles not in
    /// it come after it, by name. Empty = default_aisle_order().
    std::vector<std::string> aisle_order;
    PackagePrices package_prices_usd;
};

/// How a food is bought.
enum class BuyKind {
    Packages,  ///< whole packages of one size from the food's packages ("2 × 10 oz bag")
    Items,     ///< whole items of a countable food's first portion ("4 medium")
    Weight,    ///< loose, by weight, rounded up to the gram (no package or item size known)
};

template <>
inline constexpr auto kEnumNames<BuyKind> = make_enum_names<BuyKind>(
    {{BuyKind::Packages, "packages"}, {BuyKind::Items, "items"}, {BuyKind::Weight, "weight"}});

/// What to buy of one food.
struct Purchase {
    BuyKind kind = BuyKind::Weight;
    int count = 0;        ///< packages or items; 0 when bought by weight
    std::string package;  ///< package label, or the item's measure ("medium"); empty by weight
    double grams = 0.0;   ///< total weight bought (count × unit weight, or the rounded weight)
    std::optional<double> cost_usd;  ///< count × package price, when the price is known
};

struct ShoppingItem {
    FoodId food_id;
    std::string name;
    std::string aisle;
    double plan_g = 0.0;    ///< the plan's total for the food × people
    double pantry_g = 0.0;  ///< what the pantry holds of it
    double needed_g = 0.0;  ///< plan_g − pantry_g, never below 0
    Purchase buy;
    double leftover_g = 0.0;  ///< buy.grams − needed_g
};

struct ShoppingList {
    int people = 1;
    int days = 0;
    /// Foods to buy (needed_g > 0), by aisle in store order, then by name.
    std::vector<ShoppingItem> items;
    /// Foods of the plan that the pantry covers entirely (needed_g = 0, nothing bought).
    std::vector<ShoppingItem> covered;
    /// Foods of the plan missing from the catalogue; left out of the list
    /// (check_plan_foods() reports them as problems before a list is built).
    std::vector<FoodId> unknown_foods;
    double total_cost_usd = 0.0;  ///< sum of the known item costs
    int prices_known = 0;         ///< items whose cost is known
};

/// The fields of ShoppingOptions that a problem can name.
enum class ShoppingField { People };

/// Every problem with `options` at its field: people outside 1–kMaxPeople.
std::vector<FieldProblem<ShoppingField>> validate_options(const ShoppingOptions& options);

/// The default store order: the catalogue's aisles as a shopper walks them
/// (aisles_in_store_order(): produce first, beverages last).
std::vector<std::string> default_aisle_order();

/// One problem per plan item whose food the catalogue lacks, at
/// "<plan_label>:/days/i/meals/j/items/k/food_id" (the plan's order is the file's order).
Problems check_plan_foods(const Plan& plan, const Catalogue& catalogue,
                          std::string_view plan_label);

/// Builds the list: per food, needed_g = plan total × people − pantry (never below 0),
/// then the purchase chosen by choose_purchase(). Never fails: foods missing from the
/// catalogue are listed in `unknown_foods` and left out.
ShoppingList build_shopping_list(const Plan& plan, const Catalogue& catalogue,
                                 const ShoppingOptions& options);

/// What to buy to have at least `needed_g` of `food` (needed_g > 0):
/// - a food with packages is bought in whole packages of a single size. When every size
///   has a price, the cheapest total wins (ties: less left over, then fewer packages);
///   otherwise the size that leaves the least left over wins (ties: fewer packages), so
///   a perishable food is not bought by the kilo for a recipe that needs a handful;
/// - a countable food without packages is bought in whole items of its first portion;
/// - anything else by weight, rounded up to the whole gram.
/// `prices` (label → USD) replace the catalogue's package prices.
Purchase choose_purchase(const Food& food, double needed_g,
                         const std::map<std::string, double>& prices = {});

}  // namespace mealplan

#pragma once
// The shopping list of a plan: every food of every meal summed over the plan and the
// household, less what is already in the pantry, turned into what a person buys
// (whole packages, whole items or a weight), grouped by aisle in store order. With the
// purchase data (shopping/purchases.hpp) the list has one line per purchased item, every
// form of it folded in through its yield; without it, one line per catalogue food.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "core/enum_names.hpp"
#include "core/problems.hpp"
#include "plan/plan.hpp"
#include "shopping/cost_anchors.hpp"
#include "shopping/purchases.hpp"

namespace mealplan {

/// Package prices that replace the shipped ones: what is bought (a purchased item's id
/// with purchase data, else a catalogue food id) → package label → US dollars.
using PackagePrices = std::map<std::string, std::map<std::string, double>>;

/// The largest price of one package a price file may set: no food package costs this
/// much, so a larger value is a typo or a unit mistake.
inline constexpr double kMaxPackagePriceUsd = 1000.0;

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
    /// What is bought for each food; nullptr = the catalogue's foods and packages.
    const Purchases* purchases = nullptr;
    /// Purchased items assumed at home (listed apart, not bought, not costed), by id;
    /// nullopt = the items marked staple in the purchase data.
    std::optional<std::set<std::string>> staples;
    /// The Thrifty Food Plan cost for the person the plan is for, when known.
    std::optional<CostAnchor> thrifty;
    std::string thrifty_note;  ///< why that cost is of another month than our prices
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

/// One line of the list. With purchase data it is a purchased item and every gram is as
/// bought (dry lentils, bananas with their peel); without, a catalogue food as eaten.
struct ShoppingItem {
    FoodId food_id;       ///< the catalogue food; with purchase data, the item's first form used
    std::string item_id;  ///< the purchased item; empty without purchase data
    std::vector<FoodId> foods;  ///< the catalogue foods of the plan folded into this line
    std::string name;
    std::string aisle;
    bool perishable = false;  ///< from the purchase data; false without it
    double eaten_g = 0.0;     ///< the plan's total as eaten × people
    double plan_g = 0.0;      ///< what the plan takes × people (as bought with purchase data)
    double pantry_g = 0.0;    ///< what the pantry holds of it
    double needed_g = 0.0;    ///< plan_g − pantry_g, never below 0
    Purchase buy;
    double leftover_g = 0.0;  ///< buy.grams − needed_g
    /// The cost of what the plan eats of it (plan_g at the price per gram of the
    /// package bought, or of the cheapest priced package), when a price is known.
    std::optional<double> eaten_cost_usd;
    /// Where the price comes from: "ers", "bls", "ppnap", "prices file", "catalogue"; empty
    /// when unpriced.
    std::string price_source;
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
    /// Staples the plan uses, assumed at home: "check you have", not bought or costed.
    std::vector<ShoppingItem> staples;
    double total_cost_usd = 0.0;        ///< what is bought: the sum of the known item costs
    double eaten_cost_usd = 0.0;        ///< what is eaten of the items bought, where priced
    int prices_known = 0;               ///< items to buy whose cost is known
    std::string price_year;             ///< the year of the shipped prices; empty without them
    std::optional<CostAnchor> thrifty;  ///< copied from the options
    std::string thrifty_note;
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
/// then the purchase chosen by choose_purchase(). With purchase data every food's grams
/// as eaten become grams of its item as bought (÷ its yield), the pantry's too, summed per
/// item, and the item is bought by choose_item_purchase(); staples go to `staples`. Never
/// fails: foods missing from the catalogue (or the purchase data) are listed in
/// `unknown_foods` and left out.
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

/// What to buy to have at least `needed_g` as bought of `item` (needed_g > 0): whole
/// packages of one size; when every size has a price the cheapest total wins (ties: less
/// left over, then fewer packages), otherwise the least left over. A package of one unit
/// (one banana) is bought as whole items ("3 bananas"). `prices` (label → USD) replace
/// the shipped package prices.
Purchase choose_item_purchase(const PurchasedItem& item, double needed_g,
                              const std::map<std::string, double>& prices = {});

}  // namespace mealplan

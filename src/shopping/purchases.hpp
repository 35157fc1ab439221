#pragma once
// What a person buys for each catalogue food (data/purchases.json, schema
// "mealplan.purchases/1"): the purchased items with their packages, prices and keeping
// times, and for each food the item it is bought as and its yield. Grams as bought (the
// banana with its peel, the lentils dry) and grams as eaten (the catalogue's and the
// plan's unit) are never mixed: every field says which it is.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "core/problems.hpp"

namespace mealplan {

/// One size an item is sold in.
struct PurchasePackage {
    std::string label;                ///< "1 dozen large", "1 lb bag"
    double grams_as_bought = 0.0;     ///< > 0
    std::optional<int> count;         ///< whole units in it, for items sold by the unit
    std::optional<double> price_usd;  ///< the shipped price of one package, when priced
};

/// Where an item's price comes from.
struct ItemPrice {
    double usd_per_kg_as_bought = 0.0;
    std::string source;  ///< "ers", "bls" or "ppnap"
    std::string period;  ///< the price's own year or survey cycle ("2022", "2017/2018")
    /// The factor a PP-NAP price was brought forward by to the price month; none for others.
    std::optional<double> brought_forward_factor;
    std::string row;  ///< the source row or series, for a reader
};

/// A purchased item: what a shopper takes from the shelf.
struct PurchasedItem {
    std::string id;           ///< kebab-case, unique
    std::string name;         ///< what a shopper reads
    std::string aisle;        ///< one of aisles_in_store_order()
    bool staple = false;      ///< assumed at home unless the household says otherwise
    bool perishable = false;  ///< what is left of it would not last through another week
    std::optional<std::string> unit_label;  ///< "egg", "banana": sold by the unit
    std::optional<double> unit_grams;       ///< grams as bought of one unit
    std::vector<PurchasePackage> packages;  ///< never empty
    std::optional<ItemPrice> price;
    std::vector<FoodId> foods;  ///< the catalogue foods bought as this item
};

/// How one catalogue food is bought.
struct FoodPurchase {
    std::size_t item = 0;  ///< index into Purchases::items
    double yield = 1.0;    ///< grams as eaten per gram as bought
};

struct Purchases {
    std::string price_year;   ///< "2022"
    std::string price_month;  ///< the month PP-NAP prices are brought forward to
    std::vector<PurchasedItem> items;
    std::map<FoodId, FoodPurchase> foods;  ///< every catalogue food

    /// The item with `id`, or nullptr.
    const PurchasedItem* find_item(std::string_view id) const;
};

/// Parses and checks purchases.json against `catalogue` (every rule of data/README.md,
/// "Checks"): every problem found, at "<file_label>:/items/3/packages/0/price_usd".
Result<Purchases> parse_purchases(std::string_view text, std::string_view file_label,
                                  const Catalogue& catalogue);

Result<Purchases> load_purchases(const std::filesystem::path& path, const Catalogue& catalogue);

/// Links every food of `catalogue` that `purchases` does not know (a food a person added
/// to their own kitchen, which the shipped purchase data cannot name) to an item of its
/// own: bought as itself, in the food's own packages (100 g loose when it has none), at
/// yield 1, without a price. Foods already linked keep their links.
void buy_unknown_foods_as_themselves(Purchases& purchases, const Catalogue& catalogue);

}  // namespace mealplan

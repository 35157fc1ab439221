#pragma once
// A food of the catalogue, as plain data. Loaded from data/foods.json (catalogue_json),
// produced from USDA SR28 by the importer (usda/).

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/enum_names.hpp"
#include "nutrients/nutrient.hpp"

namespace mealplan {

/// USDA SR28 NDB number: always 5 characters with leading zeros ("01001"), never a number.
using FoodId = std::string;

/// True when `text` is an NDB number: exactly five decimal digits.
bool is_ndb_number(std::string_view text);

/// From the broadest to the strictest; a food fits every diet up to the strictest it fits.
enum class Diet { Omnivore, Pescatarian, Vegetarian, Vegan };
template <>
inline constexpr auto kEnumNames<Diet> = make_enum_names<Diet>({{Diet::Omnivore, "omnivore"},
                                                                {Diet::Pescatarian, "pescatarian"},
                                                                {Diet::Vegetarian, "vegetarian"},
                                                                {Diet::Vegan, "vegan"}});

/// The major food allergens of US labelling (FALCPA and the FASTER Act).
enum class Allergen { Milk, Egg, Fish, Shellfish, TreeNuts, Peanuts, Wheat, Soy, Sesame };
template <>
inline constexpr auto kEnumNames<Allergen> = make_enum_names<Allergen>({
    {Allergen::Milk, "milk"},
    {Allergen::Egg, "egg"},
    {Allergen::Fish, "fish"},
    {Allergen::Shellfish, "shellfish"},
    {Allergen::TreeNuts, "tree_nuts"},
    {Allergen::Peanuts, "peanuts"},
    {Allergen::Wheat, "wheat"},
    {Allergen::Soy, "soy"},
    {Allergen::Sesame, "sesame"},
});

/// The meals of a day, in the order they are eaten.
enum class MealSlot { Breakfast, Lunch, Dinner, Snack };
template <>
inline constexpr auto kEnumNames<MealSlot> = make_enum_names<MealSlot>({
    {MealSlot::Breakfast, "breakfast"},
    {MealSlot::Lunch, "lunch"},
    {MealSlot::Dinner, "dinner"},
    {MealSlot::Snack, "snack"},
});

/// Every meal slot of a day, in order; plans, models and reports walk a day by this list.
inline constexpr auto kMealSlots = enum_values<MealSlot>();
inline constexpr std::size_t kMealSlotCount = kMealSlots.size();

/// 21 CFR 101.54: a good source gives ≥ 10 % of the Daily Value, an excellent one ≥ 20 %.
enum class SourceLevel { Good, Excellent };
template <>
inline constexpr auto kEnumNames<SourceLevel> = make_enum_names<SourceLevel>(
    {{SourceLevel::Good, "good"}, {SourceLevel::Excellent, "excellent"}});

/// A household measure from SR28 WEIGHT: "1 cup" weighs `grams`.
struct Portion {
    double amount = 1.0;  ///< 1, 0.5, 3 …
    std::string measure;  ///< "cup", "medium (2-3/4\" dia)", "oz" …
    double grams = 0.0;   ///< weight of `amount` × `measure`
};

/// What a shop sells: "10 oz bag" of 283 g, optionally with a price.
struct Package {
    std::string label;
    double grams = 0.0;
    std::optional<double> price_usd;
};

struct Food {
    FoodId id;
    std::string name;              ///< short display name: "Spinach, raw"
    std::string usda_description;  ///< SR28 Long_Desc, kept for provenance
    std::string usda_food_group;   ///< SR28 FdGrp_Desc, e.g. "Vegetables and Vegetable Products"
    std::string aisle;             ///< one of aisles_in_store_order()
    NutrientValues per_100g{};     ///< nullopt = SR28 has no value (unknown, not zero)
    std::vector<Portion> portions;
    std::vector<Package> packages;
    /// Grams of the reference serving used for source tags (the FDA RACC for the food's
    /// category, or the household portion closest to it).
    double serving_grams = 100.0;
    std::string serving_label;  ///< "1 cup (30 g)"
    /// The 21 CFR 101.12 Table 2 product category the serving comes from ("" if none).
    std::string racc_category;
    /// True for foods bought and eaten as whole items (eggs, apples, cans): plans and
    /// shopping lists use whole multiples of `portions.front()`.
    bool countable = false;
    std::set<Diet> diets;  ///< every diet the food fits (a vegan food fits all four)
    std::set<Allergen> allergens;
    std::set<MealSlot> slots;
    std::map<Nutrient, SourceLevel> sources;  ///< derived from per_100g and serving_grams
};

/// The aisles a food can be in, in the order a shopper walks them.
const std::vector<std::string_view>& aisles_in_store_order();

/// True when `aisle` is one of aisles_in_store_order().
bool is_known_aisle(std::string_view aisle);

/// Every diet a food fits when `strictest` is the strictest one it fits: a vegan food
/// fits all four, a vegetarian food all but vegan, a pescatarian food pescatarian and
/// omnivore.
std::set<Diet> diets_fitting(Diet strictest);

}  // namespace mealplan

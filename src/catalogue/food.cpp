#include "catalogue/food.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace mealplan {
namespace {

template <class Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& names,
                         Enum value) {
    for (const auto& [candidate, name] : names) {
        if (candidate == value) return name;
    }
    return "?";
}

template <class Enum, std::size_t N>
std::optional<Enum> value_of(const std::array<std::pair<Enum, std::string_view>, N>& names,
                             std::string_view text) {
    for (const auto& [candidate, name] : names) {
        if (name == text) return candidate;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Diet, std::string_view>, 4> kDietNames{{
    {Diet::Omnivore, "omnivore"},
    {Diet::Pescatarian, "pescatarian"},
    {Diet::Vegetarian, "vegetarian"},
    {Diet::Vegan, "vegan"},
}};

constexpr std::array<std::pair<Allergen, std::string_view>, 9> kAllergenNames{{
    {Allergen::Milk, "milk"},
    {Allergen::Egg, "egg"},
    {Allergen::Fish, "fish"},
    {Allergen::Shellfish, "shellfish"},
    {Allergen::TreeNuts, "tree_nuts"},
    {Allergen::Peanuts, "peanuts"},
    {Allergen::Wheat, "wheat"},
    {Allergen::Soy, "soy"},
    {Allergen::Sesame, "sesame"},
}};

constexpr std::array<std::pair<MealSlot, std::string_view>, 4> kSlotNames{{
    {MealSlot::Breakfast, "breakfast"},
    {MealSlot::Lunch, "lunch"},
    {MealSlot::Dinner, "dinner"},
    {MealSlot::Snack, "snack"},
}};

constexpr std::array<std::pair<SourceLevel, std::string_view>, 2> kSourceNames{{
    {SourceLevel::Good, "good"},
    {SourceLevel::Excellent, "excellent"},
}};

}  // namespace

const std::vector<std::string_view>& aisles_in_store_order() {
    static const std::vector<std::string_view> aisles{
        "produce",          "grains and bakery",   "legumes",          "nuts and seeds",
        "meat and poultry", "fish and seafood",    "dairy and eggs",   "frozen",
        "canned",           "oils and condiments", "spices and herbs", "beverages"};
    return aisles;
}

bool is_known_aisle(std::string_view aisle) {
    const auto& aisles = aisles_in_store_order();
    return std::find(aisles.begin(), aisles.end(), aisle) != aisles.end();
}

std::set<Diet> diets_fitting(Diet strictest) {
    switch (strictest) {
        case Diet::Vegan:
            return {Diet::Vegan, Diet::Vegetarian, Diet::Pescatarian, Diet::Omnivore};
        case Diet::Vegetarian:
            return {Diet::Vegetarian, Diet::Pescatarian, Diet::Omnivore};
        case Diet::Pescatarian:
            return {Diet::Pescatarian, Diet::Omnivore};
        case Diet::Omnivore:
            break;
    }
    return {Diet::Omnivore};
}

std::string_view to_string(Diet diet) {
    return name_of(kDietNames, diet);
}
std::string_view to_string(Allergen allergen) {
    return name_of(kAllergenNames, allergen);
}
std::string_view to_string(MealSlot slot) {
    return name_of(kSlotNames, slot);
}
std::string_view to_string(SourceLevel level) {
    return name_of(kSourceNames, level);
}
std::optional<Diet> diet_from_string(std::string_view text) {
    return value_of(kDietNames, text);
}
std::optional<Allergen> allergen_from_string(std::string_view text) {
    return value_of(kAllergenNames, text);
}
std::optional<MealSlot> meal_slot_from_string(std::string_view text) {
    return value_of(kSlotNames, text);
}

}  // namespace mealplan

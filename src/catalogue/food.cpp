#include "catalogue/food.hpp"

#include <algorithm>

namespace mealplan {

bool is_ndb_number(std::string_view text) {
    return text.size() == 5 &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

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

}  // namespace mealplan

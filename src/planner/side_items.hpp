#pragma once
// Side items a meal may add in household units: a glass of milk, an apple, an ounce of
// almonds. Chosen from the catalogue by kind (fruit, milks, yogurt, nuts and seeds,
// juice, bread, raw vegetables, cheese, eggs) so that each is something a person adds to a
// plate as a whole unit.

#include <set>
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "planner/food_filter.hpp"

namespace mealplan {

struct SideItem {
    FoodId food_id;
    std::string name;
    double unit_grams = 0.0;   ///< one household unit
    std::string unit_label;    ///< "1 cup", "1 medium (3\" dia)", "1 oz"
    std::set<MealSlot> slots;  ///< meals it may accompany
};

/// The side items the filter allows, in catalogue order, at most `limit` of them (the
/// first foods of each kind first, so every kind is represented).
std::vector<SideItem> choose_side_items(const Catalogue& catalogue, const FoodFilter& filter,
                                        std::size_t limit = 30);

/// "2 cups", "1 medium (3\" dia)": `count` household units of `side`.
std::string side_portion_label(const SideItem& side, int count);

}  // namespace mealplan

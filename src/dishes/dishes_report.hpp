#pragma once
// What `mealplan dishes` prints: dishes found by words, with their ingredients in grams
// per serving, as text for people or JSON for programs.

#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "dishes/dish.hpp"

namespace mealplan {

/// The dishes whose name, id or cuisine holds every word of `search` (case-insensitive),
/// or whose ingredients' food names do; all of them when `search` is blank. In order.
std::vector<const Dish*> search_dishes(const std::vector<Dish>& dishes, const Catalogue& catalogue,
                                       std::string_view search);

/// Each dish: id, name, slots, diets, allergens, kcal a serving, then one line per
/// ingredient (grams per serving, NDB number, food name); then the count.
std::string dishes_text(const std::vector<const Dish*>& dishes, const Catalogue& catalogue);

/// {"schema": "mealplan.dish-list/1", "dishes": [{id, name, cuisine, slots, diets,
/// allergens, energy_kcal_per_serving, ingredients: [{food_id, food, grams, optional}]}]}.
std::string dishes_json(const std::vector<const Dish*>& dishes, const Catalogue& catalogue);

}  // namespace mealplan

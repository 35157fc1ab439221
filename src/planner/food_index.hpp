#pragma once
// Lookup of catalogue foods by id, and nutrient sums over grams of food (internal to the
// planner).

#include <unordered_map>

#include "catalogue/catalogue.hpp"

namespace mealplan {

using FoodIndex = std::unordered_map<FoodId, const Food*>;

inline FoodIndex index_foods(const Catalogue& catalogue) {
    FoodIndex foods;
    for (const Food& food : catalogue.foods) foods.emplace(food.id, &food);
    return foods;
}

/// Adds `grams` of `food` to `amounts`; unknown values count as 0.
inline void add_food(NutrientAmounts& amounts, const Food& food, double grams) {
    for (std::size_t n = 0; n < kNutrientCount; ++n) {
        if (food.per_100g[n]) amounts[n] += *food.per_100g[n] * grams / 100.0;
    }
}

}  // namespace mealplan

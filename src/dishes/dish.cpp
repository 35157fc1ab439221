#include "dishes/dish.hpp"

#include <algorithm>
#include <iterator>

namespace mealplan {
namespace {

const Food* find_food(const Catalogue& catalogue, const FoodId& id) {
    const auto found = std::find_if(catalogue.foods.begin(), catalogue.foods.end(),
                                    [&id](const Food& food) { return food.id == id; });
    return found == catalogue.foods.end() ? nullptr : &*found;
}

}  // namespace

void derive_tags(Dish& dish, const Catalogue& catalogue) {
    std::set<Diet> diets{Diet::Omnivore, Diet::Pescatarian, Diet::Vegetarian, Diet::Vegan};
    std::set<Allergen> allergens;
    for (const auto& ingredient : dish.ingredients) {
        const Food* food = find_food(catalogue, ingredient.food_id);
        if (food == nullptr) {
            diets.clear();
            continue;
        }
        std::set<Diet> kept;
        std::set_intersection(diets.begin(), diets.end(), food->diets.begin(), food->diets.end(),
                              std::inserter(kept, kept.begin()));
        diets = std::move(kept);
        allergens.insert(food->allergens.begin(), food->allergens.end());
    }
    dish.diets = std::move(diets);
    dish.allergens = std::move(allergens);
}

double serving_grams(const Dish& dish) {
    double grams = 0.0;
    for (const auto& ingredient : dish.ingredients) grams += ingredient.grams;
    return grams;
}

double serving_energy_kcal(const Dish& dish, const Catalogue& catalogue) {
    double kcal = 0.0;
    for (const auto& ingredient : dish.ingredients) {
        const Food* food = find_food(catalogue, ingredient.food_id);
        if (food == nullptr) continue;
        const auto& per_100g = food->per_100g[index(Nutrient::EnergyKcal)];
        if (per_100g) kcal += ingredient.grams / 100.0 * *per_100g;
    }
    return kcal;
}

}  // namespace mealplan

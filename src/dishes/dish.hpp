#pragma once
// A dish: a meal a person would recognise, made of catalogue foods at grams per serving.
// Its diet and allergen tags are derived from its ingredients' catalogue tags, never typed
// in, so a dish can never claim to be vegan while containing milk.

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "catalogue/food.hpp"
#include "catalogue/preparation.hpp"

namespace mealplan {

/// One food of a dish, in grams per serving (edible portion, as eaten).
struct Ingredient {
    FoodId food_id;
    double grams = 0.0;
    /// A garnish or topping the dish is still itself without (sesame seeds, a lemon wedge,
    /// grated cheese on chili), so a plan may serve the dish leaving it out.
    bool optional = false;
    /// How the dish serves it where a safety rule cares (raw salmon in poke, "cooked" deli
    /// ham in an omelette, "grated" raw carrot); nullopt: as its SR28 description says.
    std::optional<Preparation> as_served = std::nullopt;
};

struct Dish {
    std::string id;                       ///< kebab-case, unique in the file: "lentil-soup"
    std::string name;                     ///< for people: "Lentil soup"
    std::string cuisine;                  ///< "Indian", "Mexican", …
    std::vector<Ingredient> ingredients;  ///< per one serving
    std::set<MealSlot> slots;             ///< the meal slots it suits
    std::set<Diet> diets;                 ///< derived: the diets every ingredient fits
    std::set<Allergen> allergens;         ///< derived: the union of the ingredients' allergens
    std::string notes;                    ///< optional, for people (how it is made, a variant)
};

/// Fills `dish.diets` and `dish.allergens` from the catalogue tags of its ingredients: a
/// dish fits a diet when every ingredient does, and carries every ingredient's allergens.
/// An ingredient missing from the catalogue fits no diet (callers validate ids first).
void derive_tags(Dish& dish, const Catalogue& catalogue);

/// Grams of one serving (the sum of the ingredients).
double serving_grams(const Dish& dish);

/// Energy of one serving in kcal from the catalogue (unknown values count as 0).
double serving_energy_kcal(const Dish& dish, const Catalogue& catalogue);

}  // namespace mealplan

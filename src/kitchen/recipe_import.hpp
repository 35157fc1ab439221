#pragma once
// Turning a Cooklang recipe (dishes/cooklang.hpp) into a dish of the person's own: each
// ingredient matched to a catalogue or SR28 food by name (or as the person maps it), its
// quantity weighed in grams through the food's own SR28 portions, the whole divided by the
// recipe's servings; then stored with the person's dishes, adding to their foods the SR28
// foods it needs that the catalogue lacks.

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "core/problems.hpp"
#include "dishes/cooklang.hpp"
#include "dishes/dish.hpp"
#include "kitchen/user_kitchen.hpp"

namespace mealplan::kitchen {

/// How one ingredient was read: for the person to check.
struct IngredientMatch {
    CookIngredient written;
    FoodId food_id;          ///< empty: not counted (no quantity: "to taste")
    std::string food_name;   ///< the food it was matched to
    bool mapped = false;     ///< matched by the person's --map, not by name
    bool from_sr28 = false;  ///< an SR28 food the catalogue lacked, added to their foods
    double grams = 0.0;      ///< of the whole recipe
    std::string basis;       ///< how it was weighed: "1 cup = 192 g"
};

/// A recipe made a dish.
struct ImportedRecipe {
    Dish dish;  ///< grams per serving, tags derived
    double servings = 1.0;
    bool servings_stated = false;  ///< false: the recipe does not say, 1 was assumed
    std::vector<IngredientMatch> matches;
    std::vector<Food> added_foods;  ///< SR28 foods added to the person's foods for it
};

/// What an import is asked to do besides the files.
struct RecipeImportRequest {
    /// Ingredient name (compared without regard to case) → NDB number, before matching.
    std::map<std::string, std::string> food_for_name;
    /// The slots of every dish imported; empty: from each recipe's ">> course:".
    std::set<MealSlot> slots;
};

/// The dish `recipe` (read from `file`) makes, against `catalogue` (the layered one) and,
/// for names it lacks, the SR28 table. Problems are "FILE:LINE: what": an ingredient with
/// a quantity that matches no food, a unit that does not apply to its food, no servings or
/// course that can be read, a serving over 1 kg of one food.
Result<ImportedRecipe> recipe_to_dish(const CookRecipe& recipe, const std::filesystem::path& file,
                                      const Catalogue& catalogue, const FoodSources& sources,
                                      const RecipeImportRequest& request);

/// Reads, converts and stores every file as one change: all of them, or nothing when any
/// has a problem (every problem of every file is reported). A dish id that is already a
/// shipped or a person's dish is refused. Holds the home's lock throughout.
Result<std::vector<ImportedRecipe>> import_recipes(const std::filesystem::path& home,
                                                   const std::vector<std::filesystem::path>& files,
                                                   const FoodSources& sources,
                                                   const std::vector<Dish>& shipped_dishes,
                                                   const RecipeImportRequest& request);

/// For the person to check each import: the dish, its servings and tags, and each
/// ingredient as written, the food it was matched to and how it was weighed.
std::string imported_recipes_text(const std::vector<ImportedRecipe>& recipes);

/// Removes the person's dish `id`; refused when it is not one of theirs. Returns it.
Result<Dish> remove_dish(const std::filesystem::path& home, const std::string& id,
                         const Catalogue& shipped);

}  // namespace mealplan::kitchen

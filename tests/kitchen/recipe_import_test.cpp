// Cooklang recipes made dishes: ingredients matched by name, weighed through the food's own
// SR28 portions, divided by servings; and the problems a person must fix, with their line.

#include "kitchen/recipe_import.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/files.hpp"
#include "kitchen_fixture.hpp"

namespace mealplan::kitchen {
namespace {

using ::testing::HasSubstr;
using testing::shipped_kitchen;

class RecipeImport : public testing::TemporaryHome {
  protected:
    std::filesystem::path write_recipe(const std::string& name, const std::string& text) {
        std::filesystem::create_directories(home_.parent_path() /
                                            (home_.filename().string() + "-in"));
        const auto path = home_.parent_path() / (home_.filename().string() + "-in") / name;
        EXPECT_FALSE(write_file_atomically(path, text).has_value());
        return path;
    }
    void TearDown() override {
        std::filesystem::remove_all(home_.parent_path() / (home_.filename().string() + "-in"));
        testing::TemporaryHome::TearDown();
    }

    Result<std::vector<ImportedRecipe>> import(const std::vector<std::filesystem::path>& files,
                                               const RecipeImportRequest& request = {}) {
        const auto& kitchen = shipped_kitchen();
        return import_recipes(home_, files, kitchen.sources(), kitchen.dishes, request);
    }
};

const Ingredient& ingredient(const Dish& dish, const std::string& food_id) {
    for (const auto& each : dish.ingredients) {
        if (each.food_id == food_id) return each;
    }
    ADD_FAILURE() << "no ingredient " << food_id << " in " << dish.id;
    static const Ingredient none;
    return none;
}

TEST_F(RecipeImport, RedLentilSoupComesOutInTheGramsWorkedOutByHand) {
    // tests/fixtures/recipes/red-lentil-soup.cook makes 4 servings. By hand, from SR28:
    //   red lentils 200 g           → 16144 Lentils, pink or red, raw: 200 g / 4 = 50.0 g
    //   onion {1}, no unit          → 11282 Onion, raw, a whole item: its first portion,
    //                                 1 medium = 110 g; 110 / 4 = 27.5 g
    //   garlic 2 cloves             → 11215 Garlic, raw: 3 cloves = 9 g, so 6 g / 4 = 1.5 g
    //   olive oil 2 tbsp            → 04053 Olive oil: 1 tablespoon = 13.5 g, 27 g / 4 = 6.75 g
    //   water 1 l                   → 14411 Water, tap: 1 fl oz (29.5735 ml) = 29.6 g, so
    //                                 1000 ml × 29.6 / 29.5735 = 1000.9 g; / 4 = 250.2 g
    //   salt, ground black pepper   → no quantity: not counted
    const auto path =
        std::filesystem::path(MEALPLAN_TEST_DIR) / "fixtures/recipes/red-lentil-soup.cook";
    const auto imported = import({path});
    ASSERT_TRUE(imported.ok()) << to_string(imported.problems().front());
    ASSERT_EQ(imported->size(), 1u);
    const auto& recipe = imported->front();
    const Dish& dish = recipe.dish;
    EXPECT_EQ(dish.id, "red-lentil-soup");
    EXPECT_EQ(dish.name, "Red lentil soup");
    EXPECT_EQ(dish.cuisine, "Turkish");
    EXPECT_EQ(recipe.servings, 4.0);
    ASSERT_EQ(dish.ingredients.size(), 5u);
    EXPECT_NEAR(ingredient(dish, "16144").grams, 50.0, 0.05);
    EXPECT_NEAR(ingredient(dish, "11282").grams, 27.5, 0.05);
    EXPECT_NEAR(ingredient(dish, "11215").grams, 1.5, 0.05);
    EXPECT_NEAR(ingredient(dish, "04053").grams, 6.75, 0.051);
    EXPECT_NEAR(ingredient(dish, "14411").grams, 250.2, 0.05);
    EXPECT_EQ(dish.slots, (std::set<MealSlot>{MealSlot::Lunch, MealSlot::Dinner}));
    EXPECT_TRUE(dish.diets.count(Diet::Vegan));
    EXPECT_TRUE(dish.allergens.empty());
    // The red lentils are not in the shipped catalogue: they were added to the person's foods.
    ASSERT_EQ(recipe.added_foods.size(), 1u);
    EXPECT_EQ(recipe.added_foods.front().id, "16144");

    // Stored, and read back as the planner reads it.
    const auto catalogue = layer_catalogue(shipped_kitchen().catalogue, home_);
    ASSERT_TRUE(catalogue.ok()) << to_string(catalogue.problems().front());
    const auto dishes = load_user_dishes(home_, *catalogue);
    ASSERT_TRUE(dishes.ok()) << to_string(dishes.problems().front());
    ASSERT_EQ(dishes->size(), 1u);
    EXPECT_NEAR(ingredient(dishes->front(), "14411").grams, 250.2, 0.05);
    EXPECT_TRUE(dishes->front().diets.count(Diet::Vegan));
}

TEST_F(RecipeImport, DerivesAllergensAndDietFromTheMatchedFoods) {
    const auto path = write_recipe("toast.cook",
                                   ">> servings: 2\n>> course: breakfast\n"
                                   "Spread @peanut butter{2%tbsp} on @whole-wheat bread{2%slice}; "
                                   "serve with @milk{1%cup}.\n");
    const auto imported = import({path});
    ASSERT_TRUE(imported.ok()) << to_string(imported.problems().front());
    const Dish& dish = imported->front().dish;
    EXPECT_EQ(dish.slots, (std::set<MealSlot>{MealSlot::Breakfast}));
    EXPECT_TRUE(dish.allergens.count(Allergen::Peanuts));
    EXPECT_TRUE(dish.allergens.count(Allergen::Wheat));
    EXPECT_TRUE(dish.allergens.count(Allergen::Milk));
    EXPECT_FALSE(dish.diets.count(Diet::Vegan));
}

TEST_F(RecipeImport, AMapChoosesTheFoodAndASlotReplacesTheCourse) {
    const auto path = write_recipe("dal.cook", ">> servings: 2\nCook @dal{100%g}.\n");
    RecipeImportRequest request;
    request.food_for_name["dal"] = "16069";
    request.slots = {MealSlot::Lunch};
    const auto imported = import({path}, request);
    ASSERT_TRUE(imported.ok()) << to_string(imported.problems().front());
    const auto& recipe = imported->front();
    EXPECT_TRUE(recipe.matches.front().mapped);
    EXPECT_EQ(recipe.dish.ingredients.front().food_id, "16069");
    EXPECT_NEAR(recipe.dish.ingredients.front().grams, 50.0, 0.05);
    EXPECT_EQ(recipe.dish.slots, (std::set<MealSlot>{MealSlot::Lunch}));
}

TEST_F(RecipeImport, NamesTheLineOfAnUnmatchedIngredientButLetsOneToTastePass) {
    const auto path = write_recipe("odd.cook",
                                   ">> servings: 1\n>> course: dinner\nAdd @rice{1%cup}, "
                                   "@unobtainium and\n@zzyzx powder{1%tbsp}.\n");
    const auto imported = import({path});
    ASSERT_FALSE(imported.ok());
    ASSERT_EQ(imported.problems().size(), 1u);
    EXPECT_EQ(imported.problems().front().where, path.string() + ":4");
    EXPECT_THAT(imported.problems().front().what, HasSubstr("'zzyzx powder'"));
    EXPECT_THAT(imported.problems().front().what, HasSubstr("--map"));
    EXPECT_FALSE(std::filesystem::exists(user_dishes_path(home_)));
}

TEST_F(RecipeImport, NamesTheLineOfAUnitThatDoesNotApply) {
    const auto path =
        write_recipe("u.cook", ">> servings: 1\n>> course: dinner\n\nAdd @onion{2%handfuls}.\n");
    const auto imported = import({path});
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.problems().front().where, path.string() + ":4");
    EXPECT_THAT(imported.problems().front().what, HasSubstr("unit 'handfuls'"));
    EXPECT_THAT(imported.problems().front().what, HasSubstr("its units: g, kg"));
}

TEST_F(RecipeImport, RefusesServingsCourseAndDuplicateIdsItCannotUse) {
    auto imported = import({write_recipe("a.cook",
                                         ">> servings: many\n>> course: dinner\n"
                                         "Add @rice{1%cup}.\n")});
    ASSERT_FALSE(imported.ok());
    EXPECT_THAT(imported.problems().front().where, HasSubstr("a.cook:1"));
    imported = import({write_recipe("b.cook", ">> course: elevenses\nAdd @rice{1%cup}.\n")});
    ASSERT_FALSE(imported.ok());
    EXPECT_THAT(imported.problems().front().what, HasSubstr("--slot"));
    const auto soup = write_recipe("c.cook",
                                   ">> title: Lentil vegetable soup\n>> course: dinner\n"
                                   "Add @lentils{1%cup}.\n");
    imported = import({soup});
    ASSERT_FALSE(imported.ok());  // "lentil-vegetable-soup" is a shipped dish
    EXPECT_THAT(imported.problems().front().what,
                HasSubstr("'lentil-vegetable-soup' is already there"));
}

TEST_F(RecipeImport, RefusesADishWhoseEveryIngredientIsOptional) {
    // Found by the fuzzer: the dishes format holds no dish that is all toppings.
    const auto path = write_recipe("top.cook", ">> course: snack\nAdd @?banana{1}.\n");
    const auto imported = import({path});
    ASSERT_FALSE(imported.ok());
    EXPECT_THAT(imported.problems().front().what, HasSubstr("optional"));
}

TEST_F(RecipeImport, ImportsAllFilesOrNone) {
    const auto good = write_recipe("good.cook", ">> course: dinner\nAdd @rice{1%cup}.\n");
    const auto bad = write_recipe("bad.cook", ">> course: dinner\nAdd @rice{1%cup.\n");
    const auto imported = import({good, bad});
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.problems().front().where, bad.string() + ":2");
    EXPECT_FALSE(std::filesystem::exists(user_dishes_path(home_)));
}

TEST_F(RecipeImport, RemovesOnlyThePersonsOwnDishes) {
    const auto path = write_recipe("rice.cook", ">> course: dinner\nAdd @rice{1%cup}.\n");
    ASSERT_TRUE(import({path}).ok());
    EXPECT_FALSE(remove_dish(home_, "lentil-vegetable-soup", shipped_kitchen().catalogue).ok());
    const auto removed = remove_dish(home_, "rice", shipped_kitchen().catalogue);
    ASSERT_TRUE(removed.ok()) << to_string(removed.problems().front());
    EXPECT_EQ(removed->id, "rice");
    const auto left = load_user_dishes(home_, shipped_kitchen().catalogue);
    ASSERT_TRUE(left.ok());
    EXPECT_TRUE(left->empty());
}

}  // namespace
}  // namespace mealplan::kitchen

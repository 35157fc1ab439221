#include "dishes/dish.hpp"

#include <gtest/gtest.h>

#include "../fixtures/sr28-sample/sr28_sample_catalogue.hpp"

namespace mealplan {
namespace {

Dish dish_of(std::vector<Ingredient> ingredients) {
    Dish dish;
    dish.id = "test-dish";
    dish.name = "Test dish";
    dish.ingredients = std::move(ingredients);
    return dish;
}

TEST(DishTags, PlantOnlyDishIsVeganAndFitsEveryDiet) {
    auto dish = dish_of({{"08120", 40.0}, {"12061", 28.0}, {"16139", 243.0}});
    derive_tags(dish, testing::sr28_sample_catalogue());
    EXPECT_EQ(dish.diets,
              (std::set<Diet>{Diet::Omnivore, Diet::Pescatarian, Diet::Vegetarian, Diet::Vegan}));
    EXPECT_EQ(dish.allergens, (std::set<Allergen>{Allergen::TreeNuts, Allergen::Soy}));
}

TEST(DishTags, MilkMakesADishVegetarianNotVeganAndCarriesTheMilkAllergen) {
    auto dish = dish_of({{"08120", 40.0}, {"01082", 244.0}});
    derive_tags(dish, testing::sr28_sample_catalogue());
    EXPECT_EQ(dish.diets.count(Diet::Vegan), 0U);
    EXPECT_EQ(dish.diets.count(Diet::Vegetarian), 1U);
    EXPECT_EQ(dish.allergens.count(Allergen::Milk), 1U);
}

TEST(DishTags, FishMakesADishPescatarianNotVegetarian) {
    auto dish = dish_of({{"15236", 150.0}, {"20037", 158.0}, {"11457", 60.0}});
    derive_tags(dish, testing::sr28_sample_catalogue());
    EXPECT_EQ(dish.diets, (std::set<Diet>{Diet::Omnivore, Diet::Pescatarian}));
    EXPECT_EQ(dish.allergens, (std::set<Allergen>{Allergen::Fish}));
}

TEST(DishTags, MeatLeavesOnlyTheOmnivoreDiet) {
    auto dish = dish_of({{"05064", 120.0}, {"20037", 158.0}});
    derive_tags(dish, testing::sr28_sample_catalogue());
    EXPECT_EQ(dish.diets, (std::set<Diet>{Diet::Omnivore}));
    EXPECT_TRUE(dish.allergens.empty());
}

TEST(DishTags, AnIngredientMissingFromTheCatalogueFitsNoDiet) {
    auto dish = dish_of({{"08120", 40.0}, {"99999", 10.0}});
    derive_tags(dish, testing::sr28_sample_catalogue());
    EXPECT_TRUE(dish.diets.empty());
}

TEST(DishServing, EnergyIsTheSumOfGramsOver100TimesKcalPer100g) {
    const auto dish = dish_of({{"08120", 40.0}, {"01082", 244.0}});
    // SR28: oats 08120 379 kcal/100 g, milk 1 % 01082 42 kcal/100 g.
    EXPECT_NEAR(serving_energy_kcal(dish, testing::sr28_sample_catalogue()),
                0.40 * 379.0 + 2.44 * 42.0, 1e-9);
    EXPECT_DOUBLE_EQ(serving_grams(dish), 284.0);
}

}  // namespace
}  // namespace mealplan

#include "catalogue/food.hpp"

#include <gtest/gtest.h>

namespace mealplan {
namespace {

TEST(Food, EnumNamesRoundTrip) {
    for (auto diet : {Diet::Omnivore, Diet::Pescatarian, Diet::Vegetarian, Diet::Vegan}) {
        EXPECT_EQ(diet_from_string(to_string(diet)), diet);
    }
    for (auto slot : {MealSlot::Breakfast, MealSlot::Lunch, MealSlot::Dinner, MealSlot::Snack}) {
        EXPECT_EQ(meal_slot_from_string(to_string(slot)), slot);
    }
    EXPECT_EQ(allergen_from_string("tree_nuts"), Allergen::TreeNuts);
    EXPECT_FALSE(allergen_from_string("nuts").has_value());
}

}  // namespace
}  // namespace mealplan

#include "catalogue/food.hpp"

#include <gtest/gtest.h>

namespace mealplan {
namespace {

TEST(Food, EnumNamesRoundTrip) {
    for (auto diet : {Diet::Omnivore, Diet::Pescatarian, Diet::Vegetarian, Diet::Vegan}) {
        EXPECT_EQ(from_string<Diet>(to_string(diet)), diet);
    }
    for (auto slot : {MealSlot::Breakfast, MealSlot::Lunch, MealSlot::Dinner, MealSlot::Snack}) {
        EXPECT_EQ(from_string<MealSlot>(to_string(slot)), slot);
    }
    EXPECT_EQ(to_string(Allergen::TreeNuts), "tree_nuts");
    EXPECT_EQ(from_string<Allergen>("tree_nuts"), Allergen::TreeNuts);
    EXPECT_FALSE(from_string<Allergen>("nuts").has_value());
}

TEST(Food, ADayHasItsFourSlotsInTheOrderTheyAreEaten) {
    EXPECT_EQ(kMealSlots, (std::array{MealSlot::Breakfast, MealSlot::Lunch, MealSlot::Dinner,
                                      MealSlot::Snack}));
}

TEST(Food, NdbNumbersAreFiveDigits) {
    EXPECT_TRUE(is_ndb_number("01001"));
    for (const char* bad : {"1001", "010011", "0100a", " 1001", ""}) {
        EXPECT_FALSE(is_ndb_number(bad)) << bad;
    }
}

}  // namespace
}  // namespace mealplan

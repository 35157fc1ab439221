// Naming a food in a pantry or price file.

#include "shopping/food_reference.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_catalogue.hpp"

namespace mealplan {
namespace {

using testing::shopping_test_catalogue;

TEST(FoodReference, ByNdbNumberOrByNameIgnoringCase) {
    const auto catalogue = shopping_test_catalogue();
    EXPECT_EQ((*find_food(catalogue, "01123"))->name, "Egg, whole, raw, fresh");
    EXPECT_EQ((*find_food(catalogue, "  spinach, RAW "))->id, "11457");
}

TEST(FoodReference, UnknownEmptyAndAmbiguousNamesAreProblems) {
    auto catalogue = shopping_test_catalogue();
    EXPECT_THAT(find_food(catalogue, "1123").problems()[0].what,
                ::testing::HasSubstr("no food has the NDB number or name \"1123\""));
    EXPECT_FALSE(find_food(catalogue, " ").ok());
    catalogue.foods.push_back(catalogue.foods[0]);
    catalogue.foods.back().id = "11458";
    EXPECT_THAT(find_food(catalogue, "Spinach, raw").problems()[0].what,
                ::testing::HasSubstr("several foods"));
    EXPECT_TRUE(find_food(catalogue, "11458").ok());
}

}  // namespace
}  // namespace mealplan

// Pantry amounts in a person's units, turned into grams with the food's own portions.

#include "catalogue/food_units.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../shopping/test_catalogue.hpp"

namespace mealplan {
namespace {

using testing::shopping_test_catalogue;

const Food& food(const std::string& id) {
    static const auto catalogue = shopping_test_catalogue();
    for (const auto& candidate : catalogue.foods) {
        if (candidate.id == id) return candidate;
    }
    throw std::logic_error("no test food " + id);
}

TEST(FoodUnits, WeightUnitsApplyToEveryFood) {
    EXPECT_DOUBLE_EQ(*grams_of_amount(food("11457"), 250, "g"), 250.0);
    EXPECT_DOUBLE_EQ(*grams_of_amount(food("11457"), 1.5, "kg"), 1500.0);
    EXPECT_DOUBLE_EQ(*grams_of_amount(food("11457"), 10, "oz"), 283.49523125);
    EXPECT_DOUBLE_EQ(*grams_of_amount(food("11457"), 2, "lb"), 907.18474);
    EXPECT_DOUBLE_EQ(*grams_of_amount(food("11457"), 2, "Pounds"), 907.18474);
}

TEST(FoodUnits, HouseholdMeasuresComeFromTheFoodsPortions) {
    EXPECT_DOUBLE_EQ(*grams_of_amount(food("11457"), 2, "cup"), 60.0);
    EXPECT_DOUBLE_EQ(*grams_of_amount(food("11457"), 2, "cups"), 60.0);
    EXPECT_DOUBLE_EQ(*grams_of_amount(food("11457"), 1, "bunch"), 340.0);
    EXPECT_DOUBLE_EQ(*grams_of_amount(food("01123"), 3, "large"), 150.0);
    EXPECT_DOUBLE_EQ(*grams_of_amount(food("01123"), 2, "medium"), 88.0);
    EXPECT_DOUBLE_EQ(*grams_of_amount(food("09003"), 2, "medium"), 364.0);  // "medium (3\" dia)"
    EXPECT_DOUBLE_EQ(*grams_of_amount(food("18075"), 4, "slices"), 128.0);
    EXPECT_DOUBLE_EQ(*grams_of_amount(food("15236"), 1, "fillet"), 396.0);  // 0.5 fillet = 198 g
    // "cup" matches the first cup portion, "cup, whole" for almonds.
    EXPECT_DOUBLE_EQ(*grams_of_amount(food("12061"), 1, "cup"), 143.0);
    EXPECT_DOUBLE_EQ(*grams_of_amount(food("12061"), 10, "almond"), 12.0);
    EXPECT_DOUBLE_EQ(*grams_of_amount(food("04053"), 2, "Tablespoon"), 27.0);
}

TEST(FoodUnits, VolumesNeedADensityFromAVolumePortion) {
    // Milk: 1 cup = 244 g, so 1 l = 244 / 236.59 × 1000 g.
    EXPECT_NEAR(*grams_of_amount(food("01082"), 1, "l"), 1031.3, 0.1);
    EXPECT_NEAR(*grams_of_amount(food("01082"), 500, "ml"), 515.7, 0.1);
    // "fl oz" and "quart" are milk's own portions.
    EXPECT_DOUBLE_EQ(*grams_of_amount(food("01082"), 2, "fl oz"), 61.0);
    EXPECT_DOUBLE_EQ(*grams_of_amount(food("01082"), 1, "quart"), 976.0);
    // Olive oil has no "gallon" portion but its cup gives the density.
    EXPECT_NEAR(*grams_of_amount(food("04053"), 1, "pint"), 432.0, 0.01);
    // Salmon has no volume portion: millilitres of salmon mean nothing.
    EXPECT_EQ(grams_of_amount(food("15236"), 100, "ml"), std::nullopt);
}

TEST(FoodUnits, NoUnitMeansWholeItemsOfACountableFood) {
    EXPECT_DOUBLE_EQ(*grams_of_amount(food("01123"), 6, ""), 300.0);
    EXPECT_DOUBLE_EQ(*grams_of_amount(food("09003"), 2, "each"), 364.0);
    EXPECT_EQ(grams_of_amount(food("11457"), 6, ""), std::nullopt);
}

TEST(FoodUnits, UnknownUnitsAreRefused) {
    EXPECT_EQ(grams_of_amount(food("11457"), 1, "handful"), std::nullopt);
    EXPECT_EQ(grams_of_amount(food("01123"), 1, "slice"), std::nullopt);
    EXPECT_EQ(grams_of_amount(food("11457"), 1, "cu"), std::nullopt);  // not a prefix match
}

TEST(FoodUnits, UnitsForAFoodListWhatWouldWork) {
    const auto text = units_for(food("01123"));
    EXPECT_THAT(text, ::testing::HasSubstr("g, kg, oz, lb"));
    EXPECT_THAT(text, ::testing::HasSubstr("large"));
    EXPECT_THAT(text, ::testing::HasSubstr("no unit for whole items"));
    EXPECT_THAT(units_for(food("15236")), ::testing::Not(::testing::HasSubstr("ml")));
}

}  // namespace
}  // namespace mealplan

// The shipped food-rule files against the shipped catalogue: what every plan is held to.

#include <gtest/gtest.h>

#include <string>

#include "catalogue/catalogue.hpp"
#include "food_rules/food_rules.hpp"

namespace mealplan {
namespace {

struct ShippedRules {
    Catalogue catalogue;
    FoodRules rules;
};

const ShippedRules& shipped() {
    static const ShippedRules data = [] {
        ShippedRules loaded;
        auto catalogue = load_catalogue(std::string(MEALPLAN_DATA_DIR) + "/foods.json");
        if (!catalogue) throw std::runtime_error(to_string(catalogue.problems().front()));
        loaded.catalogue = std::move(catalogue).value();
        auto rules = load_food_rules(MEALPLAN_DATA_DIR, loaded.catalogue);
        if (!rules) {
            std::string all;
            for (const auto& problem : rules.problems()) all += to_string(problem) + "\n";
            throw std::runtime_error(all);
        }
        loaded.rules = std::move(rules).value();
        return loaded;
    }();
    return data;
}

TEST(ShippedFoodRules, LoadWithoutProblems) {
    EXPECT_NO_THROW(shipped());
}

TEST(ShippedFoodRules, EverySideSuitsASlotAndWeighsSomething) {
    const SideList& sides = shipped().rules.sides;
    ASSERT_GE(sides.sides.size(), 40u);
    for (const Side& side : sides.sides) {
        EXPECT_FALSE(side.slots.empty()) << side.id;
        EXPECT_GT(side.grams(), 0.0) << side.id;
        EXPECT_LE(side.max_per_meal, 4) << side.id;
    }
}

TEST(ShippedFoodRules, NoCondimentOrCookingIngredientIsASide) {
    // The foods the old name patterns picked and a person never adds to a plate alone.
    const std::set<std::string> never = {"09152" /* lemon juice */,     "09160" /* lime juice */,
                                         "11531" /* canned tomatoes */, "11282" /* raw onion */,
                                         "01123" /* raw egg */,         "04053" /* olive oil */};
    for (const Side& side : shipped().rules.sides.sides) {
        for (const SideFood& food : side.foods) {
            EXPECT_EQ(never.count(food.food_id), 0u) << side.id << " holds " << food.food_id;
        }
    }
}

TEST(ShippedFoodRules, MealShapeHasSharesForEveryAgeBand) {
    const MealShape& shape = shipped().rules.meal_shape;
    ASSERT_EQ(shape.slot_shares.size(), shape.age_bands.size());
    EXPECT_EQ(shape.sides_per_meal_max, 2);
    EXPECT_EQ(shape.distinct_foods_per_day_max, 30);
}

}  // namespace
}  // namespace mealplan

#include "planner/side_items.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "planner_fixtures.hpp"

namespace mealplan {
namespace {

using testing::fixture_catalogue;

const SideItem* find_side(const std::vector<SideItem>& sides, const std::string& id) {
    for (const SideItem& side : sides) {
        if (side.food_id == id) return &side;
    }
    return nullptr;
}

TEST(SideItems, OffersWholeFruitMilkAndNutsInHouseholdUnits) {
    const auto sides = choose_side_items(fixture_catalogue(), FoodFilter{});
    const SideItem* apple = find_side(sides, "09003");
    ASSERT_NE(apple, nullptr);
    EXPECT_DOUBLE_EQ(apple->unit_grams, 182.0);  // 1 medium apple, SR28 WEIGHT
    const SideItem* milk = find_side(sides, "01079");
    ASSERT_NE(milk, nullptr);
    EXPECT_DOUBLE_EQ(milk->unit_grams, 244.0);  // 1 cup
    const SideItem* almonds = find_side(sides, "12061");
    ASSERT_NE(almonds, nullptr);
    EXPECT_NEAR(almonds->unit_grams, 28.35, 1e-9);  // 1 oz
    EXPECT_EQ(side_portion_label(*apple, 2).rfind("2 medium", 0), 0u);
}

TEST(SideItems, NeverOffersAFilteredFood) {
    FoodFilter filter{Diet::Vegan, {Allergen::TreeNuts}, {"09003"}};
    const auto sides = choose_side_items(fixture_catalogue(), filter);
    EXPECT_FALSE(sides.empty());
    for (const SideItem& side : sides) {
        EXPECT_NE(side.food_id, "09003");
        EXPECT_NE(side.food_id, "12061");
        EXPECT_NE(side.food_id, "01079");
        EXPECT_NE(side.food_id, "01117");
    }
    EXPECT_NE(find_side(sides, "16139"), nullptr);  // fortified soy milk stays
}

}  // namespace
}  // namespace mealplan

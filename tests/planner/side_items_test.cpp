#include "planner/side_items.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "planner_fixtures.hpp"

namespace mealplan {
namespace {

using testing::fixture_catalogue;
using testing::fixture_rules;

bool has_side(const std::vector<Side>& sides, const std::string& id) {
    return std::any_of(sides.begin(), sides.end(), [&](const Side& side) { return side.id == id; });
}

TEST(AllowedSides, AreTheSidesOfTheListInFileOrder) {
    const auto sides = allowed_sides(fixture_rules().sides, fixture_catalogue(), FoodFilter{});
    ASSERT_EQ(sides.size(), fixture_rules().sides.sides.size());
    EXPECT_EQ(sides.front().id, "apple");
    EXPECT_DOUBLE_EQ(sides.front().grams(), 182.0);  // 1 medium apple, SR28 WEIGHT
}

TEST(AllowedSides, LeaveOutASideWithAnyFilteredFood) {
    // Vegan, avoiding tree nuts, no apples: toast with peanut butter and soy milk stay.
    const FoodFilter filter{Diet::Vegan, {Allergen::TreeNuts}, {"09003"}};
    const auto sides = allowed_sides(fixture_rules().sides, fixture_catalogue(), filter);
    EXPECT_FALSE(has_side(sides, "apple"));
    EXPECT_FALSE(has_side(sides, "almonds"));
    EXPECT_FALSE(has_side(sides, "milk-2"));
    EXPECT_FALSE(has_side(sides, "cheddar"));
    EXPECT_TRUE(has_side(sides, "soy-milk"));
    EXPECT_TRUE(has_side(sides, "toast-peanut-butter"));
    // Excluding the peanut butter removes the whole toast side, not just its spread.
    const FoodFilter no_peanut_butter{Diet::Omnivore, {}, {"16098"}};
    EXPECT_FALSE(
        has_side(allowed_sides(fixture_rules().sides, fixture_catalogue(), no_peanut_butter),
                 "toast-peanut-butter"));
}

}  // namespace
}  // namespace mealplan

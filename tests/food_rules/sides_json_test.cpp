// Reading a sides file: a good one, and each way a hand-edited one goes wrong, named by
// file and JSON pointer.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "../core/problem_matchers.hpp"
#include "catalogue/catalogue.hpp"
#include "food_rules/sides.hpp"

namespace mealplan {
namespace {

using ::testing::Contains;
using testing::problem_at;

const Catalogue& catalogue() {
    static const Catalogue shipped = [] {
        auto loaded = load_catalogue(std::string(MEALPLAN_DATA_DIR) + "/foods.json");
        if (!loaded) throw std::runtime_error(to_string(loaded.problems().front()));
        return std::move(loaded).value();
    }();
    return shipped;
}

const std::string kKinds =
    R"json([{"id": "fruit", "name": "a piece of fruit", "sides_per_meal": 2, "why": "test"},
            {"id": "starch", "name": "rice or a potato", "sides_per_meal": 1,
             "varieties_per_plan": 2, "why": "test",
             "not_with": {"grams_at_least": 50,
                          "criteria": [{"food_groups": ["Cereal Grains and Pasta"]}]}}])json";

std::string sides_with(const std::string& side, const std::string& kinds = kKinds) {
    return R"({"schema": "mealplan.sides/1", "note": "test", "source": "test", "kinds": )" + kinds +
           R"(, "sides": [)" + side + "]}";
}

const std::string kApple =
    R"json({"id": "apple", "kind": "fruit", "name": "Apple", "portion": "1 medium apple",
        "foods": [{"food_id": "09003", "count": 1, "measure": "medium (3\" dia)",
                   "grams": 182.0, "as_served": "whole"}],
        "slots": ["breakfast", "snack"], "max_per_meal": 1})json";

Problems problems_of(const std::string& text) {
    auto result = parse_sides(text, "sides.json", catalogue());
    EXPECT_FALSE(result.ok());
    return result.ok() ? Problems{} : result.problems();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    text.replace(text.find(from), from.size(), to);
    return text;
}

TEST(ParseSides, ReadsASideInHouseholdMeasures) {
    const auto result = parse_sides(sides_with(kApple), "sides.json", catalogue());
    ASSERT_TRUE(result.ok()) << to_string(result.problems().front());
    ASSERT_EQ(result->sides.size(), 1u);
    const Side& apple = result->sides[0];
    EXPECT_EQ(apple.name, "Apple");
    EXPECT_DOUBLE_EQ(apple.grams(), 182.0);
    EXPECT_EQ(apple.slots, (std::set<MealSlot>{MealSlot::Breakfast, MealSlot::Snack}));
    ASSERT_TRUE(apple.foods[0].as_served.has_value());
    EXPECT_EQ(*apple.foods[0].as_served, Preparation::Whole);
}

TEST(ParseSides, ReadsKindsWithTheirLimitsAndTheFoodsADishHolds) {
    const auto result = parse_sides(sides_with(kApple), "sides.json", catalogue());
    ASSERT_TRUE(result.ok()) << to_string(result.problems().front());
    EXPECT_EQ(result->sides[0].kind, "fruit");
    const SideKind* fruit = result->kind("fruit");
    ASSERT_NE(fruit, nullptr);
    EXPECT_EQ(fruit->sides_per_meal, 2);
    EXPECT_FALSE(fruit->varieties_per_plan.has_value());
    EXPECT_FALSE(fruit->not_with.has_value());
    const SideKind* starch = result->kind("starch");
    ASSERT_NE(starch, nullptr);
    EXPECT_EQ(starch->varieties_per_plan, 2);
    ASSERT_TRUE(starch->not_with.has_value());
    EXPECT_DOUBLE_EQ(starch->not_with->grams_at_least, 50.0);
    EXPECT_TRUE(starch->not_with->foods.contains("20037"));   // brown rice, cooked
    EXPECT_FALSE(starch->not_with->foods.contains("09003"));  // an apple
    EXPECT_EQ(result->kind("milk"), nullptr);
}

TEST(ParseSides, ASideOfNoKnownKindIsNamed) {
    EXPECT_THAT(problems_of(sides_with(replaced(kApple, "\"fruit\"", "\"fruits\""))),
                Contains(problem_at("sides.json:/sides/0/kind", "'fruits' is not a kind")));
    EXPECT_THAT(problems_of(sides_with(replaced(kApple, "\"kind\": \"fruit\", ", ""))),
                Contains(problem_at("sides.json:/sides/0/kind", "")));
}

TEST(ParseSides, KindsWithBadLimitsAreNamed) {
    EXPECT_THAT(problems_of(sides_with(
                    kApple, replaced(kKinds, "\"sides_per_meal\": 2", "\"sides_per_meal\": 0"))),
                Contains(problem_at("sides.json:/kinds/0/sides_per_meal", "")));
    EXPECT_THAT(problems_of(sides_with(kApple, replaced(kKinds, "\"varieties_per_plan\": 2",
                                                        "\"varieties_per_plan\": 2.5"))),
                Contains(problem_at("sides.json:/kinds/1/varieties_per_plan", "")));
    EXPECT_THAT(problems_of(sides_with(
                    kApple, replaced(kKinds, "\"grams_at_least\": 50", "\"grams_at_least\": -5"))),
                Contains(problem_at("sides.json:/kinds/1/not_with/grams_at_least", "")));
    const std::string fruit = R"({"id": "fruit", "name": "fruit", "why": "test"})";
    EXPECT_THAT(problems_of(sides_with(kApple, "[" + fruit + ", " + fruit + "]")),
                Contains(problem_at("sides.json:/kinds/1/id", "duplicate kind id 'fruit'")));
}

TEST(ParseSides, GramsThatAreNotTheMeasureAreNamed) {
    EXPECT_THAT(problems_of(sides_with(replaced(kApple, "182.0", "150.0"))),
                Contains(problem_at("sides.json:/sides/0/foods/0/grams", "")));
}

TEST(ParseSides, AMeasureTheFoodLacksIsNamed) {
    EXPECT_THAT(problems_of(sides_with(replaced(kApple, "medium (3\\\" dia)", "cup"))),
                Contains(problem_at("sides.json:/sides/0/foods/0/measure", "")));
}

TEST(ParseSides, UnknownFoodSlotAndPortionsAreNamed) {
    EXPECT_THAT(problems_of(sides_with(replaced(kApple, "09003", "99999"))),
                Contains(problem_at("sides.json:/sides/0/foods/0/food_id", "")));
    EXPECT_THAT(problems_of(sides_with(replaced(kApple, "\"snack\"", "\"supper\""))),
                Contains(problem_at("sides.json:/sides/0/slots/1", "")));
    EXPECT_THAT(
        problems_of(sides_with(replaced(kApple, "\"max_per_meal\": 1", "\"max_per_meal\": 9"))),
        Contains(problem_at("sides.json:/sides/0/max_per_meal", "")));
}

TEST(ParseSides, TwoSidesWithOneIdAreRefused) {
    EXPECT_THAT(problems_of(sides_with(kApple + "," + kApple)),
                Contains(problem_at("sides.json:/sides/1/id", "")));
}

TEST(ParseSides, AnotherSchemaIsRefused) {
    EXPECT_THAT(problems_of(replaced(sides_with(kApple), "mealplan.sides/1", "mealplan.dishes/1")),
                Contains(problem_at("sides.json:/schema", "")));
}

}  // namespace
}  // namespace mealplan

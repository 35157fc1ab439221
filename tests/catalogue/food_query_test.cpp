#include "catalogue/food_query.hpp"

#include <gtest/gtest.h>

#include "catalogue/source_tags.hpp"

namespace mealplan {
namespace {

TEST(NutrientFromName, AcceptsKeysShortNamesAndBVitaminNumbers) {
    EXPECT_EQ(nutrient_from_name("magnesium_mg"), Nutrient::MagnesiumMg);
    EXPECT_EQ(nutrient_from_name("magnesium"), Nutrient::MagnesiumMg);
    EXPECT_EQ(nutrient_from_name("Magnesium"), Nutrient::MagnesiumMg);
    EXPECT_EQ(nutrient_from_name("b12"), Nutrient::VitaminB12Ug);
    EXPECT_EQ(nutrient_from_name("vitamin-b12"), Nutrient::VitaminB12Ug);
    EXPECT_EQ(nutrient_from_name("vitamin-d"), Nutrient::VitaminDUg);
    EXPECT_EQ(nutrient_from_name("Vitamin D"), Nutrient::VitaminDUg);
    EXPECT_EQ(nutrient_from_name("b1"), Nutrient::ThiaminMg);
    EXPECT_EQ(nutrient_from_name("thiamin"), Nutrient::ThiaminMg);
    EXPECT_EQ(nutrient_from_name("B6"), Nutrient::VitaminB6Mg);
    EXPECT_EQ(nutrient_from_name("caffeine"), Nutrient::CaffeineMg);
}

TEST(NutrientFromName, RejectsUnknownNames) {
    EXPECT_FALSE(nutrient_from_name("magnesum").has_value());
    EXPECT_FALSE(nutrient_from_name("").has_value());
    EXPECT_FALSE(nutrient_from_name("b13").has_value());
}

Food make_food(std::string id, std::string name, std::optional<double> magnesium_mg,
               double serving_grams) {
    Food food;
    food.id = std::move(id);
    food.name = std::move(name);
    food.usda_description = food.name;
    food.serving_grams = serving_grams;
    food.per_100g[index(Nutrient::MagnesiumMg)] = magnesium_mg;
    food.sources = derive_sources(food.per_100g, serving_grams);
    return food;
}

TEST(SearchFoods, MatchesEveryWordCaseInsensitively) {
    const Food raw = make_food("11457", "Spinach, raw", 79.0, 85.0);
    const Food cooked = make_food("11458", "Spinach, cooked", 87.0, 85.0);
    const std::vector<const Food*> foods{&raw, &cooked};
    EXPECT_EQ(search_foods(foods, "SPINACH").size(), 2u);
    const auto raw_only = search_foods(foods, "raw spinach");
    ASSERT_EQ(raw_only.size(), 1u);
    EXPECT_EQ(raw_only.front()->id, "11457");
    EXPECT_TRUE(search_foods(foods, "spinach kale").empty());
    EXPECT_EQ(search_foods(foods, "").size(), 2u);
}

TEST(RankSources, ListsOnlyClaimsBestFirst) {
    const Food seeds = make_food("12014", "Pumpkin seeds", 592.0, 30.0);  // 42 %
    const Food almonds = make_food("12061", "Almonds", 270.0, 30.0);      // 19 %
    const Food apple = make_food("09003", "Apple", 5.0, 140.0);           // 1.7 %
    const Food unknown = make_food("16223", "Soy milk", std::nullopt, 245.0);
    const auto ranking = rank_sources({&almonds, &apple, &unknown, &seeds}, Nutrient::MagnesiumMg);
    ASSERT_EQ(ranking.size(), 2u);
    EXPECT_EQ(ranking[0].food->id, "12014");
    EXPECT_EQ(ranking[0].level, SourceLevel::Excellent);
    EXPECT_NEAR(ranking[0].amount_per_serving, 177.6, 1e-9);
    ASSERT_TRUE(ranking[0].percent_daily_value.has_value());
    EXPECT_NEAR(*ranking[0].percent_daily_value, 177.6 / 420.0 * 100.0, 1e-9);
    EXPECT_EQ(ranking[1].food->id, "12061");
    EXPECT_EQ(ranking[1].level, SourceLevel::Good);
}

}  // namespace
}  // namespace mealplan

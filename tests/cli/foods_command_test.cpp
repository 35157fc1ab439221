// `mealplan foods` end to end, as a user types it.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_command.hpp"

namespace mealplan {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::run_mealplan;

const std::string kFixtureCatalogue =
    std::string(MEALPLAN_TEST_DIR) + "/fixtures/sr28-mini/expected-foods.json";

TEST(FoodsCommand, SourceListsBestFirstWithPercentAndLevel) {
    const auto run = run_mealplan({"foods", "--source", "magnesium"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_THAT(run.out, HasSubstr("Magnesium"));
    const auto seeds = run.out.find("Pumpkin seeds");
    const auto almonds = run.out.find("Almonds");
    ASSERT_NE(seeds, std::string::npos);
    ASSERT_NE(almonds, std::string::npos);
    EXPECT_LT(seeds, almonds);  // 592 mg/100 g before 270 mg/100 g, same 30 g serving
    EXPECT_THAT(run.out, HasSubstr("excellent"));
    EXPECT_THAT(run.out, HasSubstr("good"));
    EXPECT_THAT(run.out, HasSubstr("%"));
}

TEST(FoodsCommand, SourceAcceptsShortNames) {
    // The small fixture catalogue keeps these runs fast.
    for (const char* name : {"b12", "vitamin-d", "vitamin_d_ug", "B6", "thiamin"}) {
        const auto run =
            run_mealplan({"foods", "--catalogue", kFixtureCatalogue, "--source", name});
        EXPECT_EQ(run.exit_code, 0) << name << ": " << run.err;
    }
    const auto vitamin_d =
        run_mealplan({"foods", "--catalogue", kFixtureCatalogue, "--source", "vitamin-d"});
    EXPECT_THAT(vitamin_d.out, HasSubstr("Atlantic salmon"));
}

TEST(FoodsCommand, UnknownNutrientIsBadInputListingValidNames) {
    const auto run = run_mealplan({"foods", "--source", "magnesum"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("mealplan: error: --source: unknown nutrient 'magnesum'"));
    EXPECT_THAT(run.err, HasSubstr("magnesium (magnesium_mg)"));
    EXPECT_THAT(run.err, HasSubstr("vitamin_b12 (vitamin_b12_ug)"));
}

TEST(FoodsCommand, SearchMatchesAllWords) {
    const auto run = run_mealplan({"foods", "--search", "Spinach RAW"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_THAT(run.out, HasSubstr("11457"));
    EXPECT_THAT(run.out, Not(HasSubstr("11458")));  // cooked spinach
    const auto none = run_mealplan({"foods", "--search", "unobtainium"});
    EXPECT_EQ(none.exit_code, 0);
    EXPECT_THAT(none.out, HasSubstr("No food matches"));
}

TEST(FoodsCommand, AisleFilters) {
    const auto run = run_mealplan({"foods", "--aisle", "fish and seafood", "--format", "json"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const auto json = nlohmann::json::parse(run.out);
    ASSERT_FALSE(json["foods"].empty());
    for (const auto& food : json["foods"]) EXPECT_EQ(food["aisle"], "fish and seafood");
    EXPECT_EQ(run_mealplan({"foods", "--aisle", "bakery"}).exit_code, 2);
}

TEST(FoodsCommand, JsonGivesEveryMatchingFoodWithNutrientsPortionsAndSources) {
    const auto run = run_mealplan({"foods", "--search", "spinach", "--format", "json"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const auto json = nlohmann::json::parse(run.out);
    const auto& foods = json.at("foods");
    ASSERT_GE(foods.size(), 2u);
    const auto raw = std::find_if(foods.begin(), foods.end(),
                                  [](const auto& food) { return food.at("id") == "11457"; });
    ASSERT_NE(raw, foods.end());
    EXPECT_EQ(raw->at("name"), "Spinach, raw");
    EXPECT_EQ(raw->at("aisle"), "produce");
    EXPECT_EQ(raw->at("nutrients").at("magnesium_mg"), 79.0);
    EXPECT_EQ(raw->at("nutrients").size(), 34u);
    EXPECT_EQ(raw->at("portions").at(0).at("grams"), 30.0);
    EXPECT_EQ(raw->at("sources").at("magnesium_mg"), "good");
    EXPECT_EQ(raw->at("sources").at("vitamin_k_ug"), "excellent");
}

TEST(FoodsCommand, SourceAsJsonKeepsTheRanking) {
    const auto run = run_mealplan({"foods", "--source", "b12", "--format", "json"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const auto foods = nlohmann::json::parse(run.out).at("foods");
    ASSERT_GE(foods.size(), 10u);
    for (const auto& food : foods) EXPECT_TRUE(food.at("sources").contains("vitamin_b12_ug"));
}

TEST(FoodsCommand, CatalogueOptionWorksAfterTheSubcommand) {
    const auto run = run_mealplan({"foods", "--catalogue", kFixtureCatalogue, "--format", "json"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(nlohmann::json::parse(run.out).at("foods").size(), 8u);
    const auto before =
        run_mealplan({"--catalogue", kFixtureCatalogue, "foods", "--search", "egg"});
    EXPECT_EQ(before.exit_code, 0) << before.err;
    EXPECT_THAT(before.out, HasSubstr("01123"));
}

TEST(FoodsCommand, BadCataloguePathIsBadInputNamingTheFile) {
    const auto run = run_mealplan({"foods", "--catalogue", "/nonexistent/foods.json"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("mealplan: error: /nonexistent/foods.json"));
}

TEST(FoodsCommand, InvalidCatalogueIsBadInputNamingTheProblem) {
    const auto run =
        run_mealplan({"foods", "--catalogue",
                      std::string(MEALPLAN_TEST_DIR) + "/fixtures/sr28-mini/catalogue-spec.json"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("catalogue-spec.json:/schema: must be \"mealplan.foods/1\""));
}

}  // namespace
}  // namespace mealplan

namespace mealplan {
namespace {

TEST(FoodsCommand, AllSearchesTheWholeSr28Table) {
    const auto run = run_mealplan({"foods", "--all", "--search", "kiwifruit sungold"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_THAT(run.out, HasSubstr("09520"));  // in SR28, not in the catalogue
    const auto json =
        run_mealplan({"foods", "--all", "--search", "spinach raw", "--format", "json"});
    ASSERT_EQ(json.exit_code, 0) << json.err;
    const auto foods = nlohmann::json::parse(json.out).at("foods");
    const auto spinach = std::find_if(foods.begin(), foods.end(),
                                      [](const auto& food) { return food.at("id") == "11457"; });
    ASSERT_NE(spinach, foods.end());
    EXPECT_EQ(spinach->at("nutrients").at("magnesium_mg"), 79.0);
    EXPECT_EQ(spinach->at("portions").at(0).at("grams"), 30.0);
}

TEST(FoodsCommand, AllWithABadTableIsBadInput) {
    const auto run =
        run_mealplan({"foods", "--all", "--search", "egg", "--sr28-table", kFixtureCatalogue});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("expected-foods.json:1: header"));
}

}  // namespace
}  // namespace mealplan

// `foods add/remove` and `dishes import/remove`, end to end: a person's own foods and
// recipes, kept in a temporary $MEALPLAN_HOME, seen by foods, dishes, day and week.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "run_command.hpp"

namespace mealplan {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::run_mealplan;

const std::string kRecipes = std::string(MEALPLAN_TEST_DIR) + "/fixtures/recipes/";

class KitchenCommands : public ::testing::Test {
  protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        home_ = std::filesystem::temp_directory_path() /
                (std::string("mealplan-e2e-home-") + info->name());
        std::filesystem::remove_all(home_);
        ::setenv("MEALPLAN_HOME", home_.c_str(), 1);
    }
    void TearDown() override {
        ::unsetenv("MEALPLAN_HOME");
        std::filesystem::remove_all(home_);
    }
    std::string write(const std::string& name, const std::string& text) {
        std::filesystem::create_directories(home_.string() + "-in");
        const std::string path = home_.string() + "-in/" + name;
        std::ofstream(path) << text;
        return path;
    }

    std::filesystem::path home_;
};

TEST_F(KitchenCommands, AnAddedFoodIsFoundByFoodsSearchAndGoneWhenRemoved) {
    EXPECT_THAT(run_mealplan({"foods", "--search", "quinoa uncooked"}).out,
                HasSubstr("No food matches"));
    const auto add = run_mealplan({"foods", "add", "20035"});
    ASSERT_EQ(add.exit_code, 0) << add.err;
    EXPECT_THAT(add.out, HasSubstr("Added 20035 Quinoa, uncooked: aisle grains and bakery"));
    const auto search = run_mealplan({"foods", "--search", "quinoa uncooked"});
    ASSERT_EQ(search.exit_code, 0) << search.err;
    EXPECT_THAT(search.out, HasSubstr("20035  Quinoa, uncooked"));
    EXPECT_THAT(run_mealplan({"foods", "--mine"}).out, HasSubstr("1 food"));
    // --catalogue still means that catalogue only.
    const auto only = run_mealplan({"--catalogue", std::string(MEALPLAN_DATA_DIR) + "/foods.json",
                                    "foods", "--search", "quinoa uncooked"});
    EXPECT_THAT(only.out, HasSubstr("No food matches"));

    const auto removed = run_mealplan({"foods", "remove", "20035"});
    ASSERT_EQ(removed.exit_code, 0) << removed.err;
    EXPECT_THAT(run_mealplan({"foods", "--search", "quinoa uncooked"}).out,
                HasSubstr("No food matches"));
}

TEST_F(KitchenCommands, AnUnknownOrPresentFoodIsRefusedWithExit2) {
    auto run = run_mealplan({"foods", "add", "99999"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("NDB 99999: is not in the SR28 table"));
    run = run_mealplan({"foods", "add", "11090"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("already in the shipped catalogue"));
    ASSERT_EQ(run_mealplan({"foods", "add", "20035"}).exit_code, 0);
    run = run_mealplan({"foods", "add", "20035"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("already one of your foods"));
    run = run_mealplan({"foods", "add", "16144", "--aisle", "attic"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("unknown aisle 'attic'"));
}

TEST_F(KitchenCommands, ImportedRecipesAreListedInGramsPerServingAndPlanned) {
    ASSERT_EQ(run_mealplan({"foods", "add", "20035"}).exit_code, 0);
    const auto import = run_mealplan(
        {"dishes", "import", kRecipes + "red-lentil-soup.cook", kRecipes + "quinoa-porridge.cook",
         kRecipes + "chickpea-stew.cook", kRecipes + "apple-peanut-butter.cook"});
    ASSERT_EQ(import.exit_code, 0) << import.err;
    EXPECT_THAT(import.out, HasSubstr("Imported red-lentil-soup \"Red lentil soup\": 4 servings"));
    EXPECT_THAT(import.out, HasSubstr("uncooked quinoa -> 20035 Quinoa, uncooked"));
    EXPECT_THAT(import.out, HasSubstr("(SR28, added to your foods)"));

    const auto listed = run_mealplan({"dishes", "--mine", "--format", "json"});
    ASSERT_EQ(listed.exit_code, 0) << listed.err;
    const auto json = nlohmann::json::parse(listed.out);
    ASSERT_EQ(json["dishes"].size(), 4u);
    const auto& porridge = json["dishes"][1];  // in the order imported
    EXPECT_EQ(porridge["id"], "quinoa-porridge");
    EXPECT_EQ(porridge["ingredients"][0]["food_id"], "20035");
    EXPECT_DOUBLE_EQ(porridge["ingredients"][0]["grams"].get<double>(),
                     42.5);  // ½ cup of 170 g, ÷ 2
    EXPECT_THAT(run_mealplan({"dishes", "--search", "lentil soup"}).out,
                HasSubstr("red-lentil-soup  Red lentil soup"));

    // With only the imported dishes, a day's four meals must be made of them, quinoa and
    // all; exit 3 is a plan with a shortfall, still a plan.
    const auto day = run_mealplan({"day", "--dishes", (home_ / "dishes.json").string(), "--age",
                                   "34", "--format", "json", "--time-limit", "20"});
    ASSERT_TRUE(day.exit_code == 0 || day.exit_code == 3) << day.err;
    EXPECT_THAT(day.out, HasSubstr("quinoa-porridge"));
    EXPECT_THAT(day.out, HasSubstr("apple-with-peanut-butter"));
    // And a week of the shipped and the imported dishes, the added food excluded from nothing.
    const auto week = run_mealplan({"week", "--age", "34", "--days", "2", "--time-limit", "20"});
    EXPECT_TRUE(week.exit_code == 0 || week.exit_code == 3) << week.err;
}

TEST_F(KitchenCommands, RemovingAFoodAnImportedDishUsesIsRefused) {
    ASSERT_EQ(run_mealplan({"dishes", "import", kRecipes + "red-lentil-soup.cook"}).exit_code, 0);
    auto run = run_mealplan({"foods", "remove", "16144"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("used by your dishes red-lentil-soup"));
    ASSERT_EQ(run_mealplan({"dishes", "remove", "red-lentil-soup"}).exit_code, 0);
    run = run_mealplan({"foods", "remove", "16144"});
    EXPECT_EQ(run.exit_code, 0) << run.err;
}

TEST_F(KitchenCommands, MalformedRecipesExit2WithFileAndLine) {
    struct Case {
        const char* name;
        std::string text;
        std::string line;
        const char* what;
    };
    std::string long_step = ">> course: dinner\n";
    for (int i = 0; i < 10000; ++i) long_step += "Stir @water{1%ml} again.\n";
    const std::vector<Case> cases{
        {"brace.cook", ">> course: dinner\n\nAdd @rice{1%cup and stir.\n", ":3", "never closed"},
        {"unit.cook", ">> course: dinner\nAdd @rice{1%fistful}.\n", ":2", "unit 'fistful'"},
        {"number.cook", ">> course: dinner\nAdd @rice{one%cup}.\n", ":2", "not a number"},
        {"long.cook", long_step, ":202", "over 200 lines"},
        {"unmatched.cook", ">> course: dinner\nAdd @zzyzx{1%cup}.\n", ":2", "'zzyzx'"},
    };
    for (const auto& each : cases) {
        const auto path = write(each.name, each.text);
        const auto run = run_mealplan({"dishes", "import", path});
        EXPECT_EQ(run.exit_code, 2) << each.name;
        EXPECT_THAT(run.err, HasSubstr(path + each.line + ": ")) << each.name;
        EXPECT_THAT(run.err, HasSubstr(each.what)) << each.name;
    }
    EXPECT_FALSE(std::filesystem::exists(home_ / "dishes.json"));
    std::filesystem::remove_all(home_.string() + "-in");
}

}  // namespace
}  // namespace mealplan

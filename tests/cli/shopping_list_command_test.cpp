// End-to-end tests of `mealplan shopping-list` as a user types it, on a sample three-day
// plan and a catalogue fixture of the foods it uses (tests/fixtures/shopping/).

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "run_command.hpp"

namespace mealplan {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::read_text;
using testing::run_mealplan;

const std::string kFixtures = std::string(MEALPLAN_TEST_DIR) + "/fixtures/shopping/";
const std::string kCatalogue = kFixtures + "catalogue.json";
const std::string kPlan = kFixtures + "sample_plan.json";

std::vector<std::string> shopping(std::vector<std::string> more) {
    std::vector<std::string> arguments{"shopping-list", "--catalogue", kCatalogue};
    arguments.insert(arguments.end(), more.begin(), more.end());
    return arguments;
}

/// A scratch directory of the running test, emptied first.
std::filesystem::path scratch_dir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    const auto dir = std::filesystem::temp_directory_path() /
                     (std::string("mealplan-shopping-e2e-") + info->name());
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

const nlohmann::json* item_of(const nlohmann::json& list, const std::string& food_id) {
    for (const auto& item : list["items"]) {
        if (item["food_id"] == food_id) return &item;
    }
    return nullptr;
}

TEST(ShoppingListCommand, PrintsTheListOfTheSamplePlanByAisle) {
    const auto run = run_mealplan(shopping({"--plan", kPlan}));
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.err, "");
    EXPECT_THAT(run.out, HasSubstr("Shopping list · 3 days · 1 person"));
    // Spinach 60 + 90 + 30 g over the plan: one 10 oz bag.
    EXPECT_THAT(run.out, HasSubstr("Spinach, raw"));
    EXPECT_THAT(run.out, HasSubstr("1 × 10 oz bag (284 g)"));
    EXPECT_THAT(run.out, HasSubstr("need 180 g"));
    // Produce comes before dairy in the default store order.
    const auto produce = run.out.find("\nProduce\n");
    const auto dairy = run.out.find("\nDairy and eggs\n");
    ASSERT_NE(produce, std::string::npos);
    ASSERT_NE(dairy, std::string::npos);
    EXPECT_LT(produce, dairy);
    EXPECT_THAT(run.out, HasSubstr("Estimated cost: unknown"));
}

// Without --catalogue the shipped data/foods.json and data/purchases.json are used: the
// list has one line per purchased item, in grams as bought, and the oil is a staple.
TEST(ShoppingListCommand, WithTheShippedDataTheListIsOfPurchasedItems) {
    const auto run = run_mealplan({"shopping-list", "--plan", kPlan, "--format", "json"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const auto list = nlohmann::json::parse(run.out);
    const auto fixture =
        nlohmann::json::parse(run_mealplan(shopping({"--plan", kPlan, "--format", "json"})).out);
    ASSERT_EQ(fixture["items"].size(), 11U);  // the fixture catalogue: one line per food
    EXPECT_EQ(list["item_count"], 10);
    ASSERT_EQ(list["staples"].size(), 1U);
    EXPECT_EQ(list["staples"][0]["item_id"], "olive-oil");
    double priced = 0.0;
    for (const auto& item : list["items"]) {
        EXPECT_TRUE(item["item_id"].is_string());
        EXPECT_GE(item["buy"]["grams"].get<double>(), item["needed_g"].get<double>() - 0.05);
        if (!item["cost_usd"].is_null()) priced += item["cost_usd"].get<double>();
    }
    EXPECT_EQ(list["prices_known"], 10);
    EXPECT_NEAR(list["total_cost_usd"].get<double>(), priced, 0.005 * 10);
    EXPECT_LT(list["eaten_cost_usd"].get<double>(), list["total_cost_usd"].get<double>());
    EXPECT_EQ(list["price_year"], "2022");
}

// A plan written by `mealplan week` names its person: the list sets the Thrifty Food Plan
// cost for them beside its own.
TEST(ShoppingListCommand, APlanOfTheWeekCommandGetsTheThriftyFoodPlanCost) {
    const auto dir = scratch_dir();
    const auto plan = dir / "plan.json";
    ASSERT_EQ(run_mealplan({"week", "--days", "2", "--sex", "male", "--age", "45", "--format",
                            "json", "--out", plan.string()})
                  .exit_code,
              0);
    const auto run = run_mealplan({"shopping-list", "--plan", plan.string()});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_THAT(run.out, HasSubstr("USDA Thrifty Food Plan (2021 plan, costed 2025-09): $72.10 a "
                                   "week for a male 20–50; $20.60 for these 2 days for 1 person"));
    EXPECT_THAT(run.out, HasSubstr("Check you have (staples, not bought)"));
    std::filesystem::remove_all(dir);
}

TEST(ShoppingListCommand, AStaplesFileDecidesWhatIsAtHome) {
    const auto dir = scratch_dir();
    const auto staples = dir / "staples.txt";
    { std::ofstream(staples) << "none\n"; }
    const auto run = run_mealplan(
        {"shopping-list", "--plan", kPlan, "--staples", staples.string(), "--format", "json"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const auto list = nlohmann::json::parse(run.out);
    EXPECT_TRUE(list["staples"].empty());
    EXPECT_EQ(list["item_count"], 11);  // the olive oil is bought
    std::filesystem::remove_all(dir);
}

TEST(ShoppingListCommand, AHugePriceIsRefusedWithItsLine) {
    const auto dir = scratch_dir();
    const auto prices = dir / "prices.csv";
    {
        std::ofstream(prices) << "food,package,price_usd\neggs,1 dozen large,3.50\n"
                                 "lentils,1 lb bag,1e308\n";
    }
    const auto run = run_mealplan({"shopping-list", "--plan", kPlan, "--prices", prices.string()});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr(prices.string() + ":3: price \"1e308\" must be a number of "
                                                     "dollars from 0 to 1000"));
    std::filesystem::remove_all(dir);
}

TEST(ShoppingListCommand, JsonCarriesPlanTotalsTimesPeopleLessThePantry) {
    const auto run = run_mealplan(shopping({"--plan", kPlan, "--people", "4", "--pantry",
                                            kFixtures + "pantry.csv", "--format", "json"}));
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const auto list = nlohmann::json::parse(run.out);
    EXPECT_EQ(list["schema"], "mealplan.shopping/1");
    EXPECT_EQ(list["people"], 4);
    EXPECT_EQ(list["item_count"], list["items"].size());
    // Spinach: (60 + 90 + 30) × 4 − 2 cups (60 g) = 660 g: three 10 oz bags.
    const auto* spinach = item_of(list, "11457");
    ASSERT_NE(spinach, nullptr);
    EXPECT_DOUBLE_EQ((*spinach)["needed_g"].get<double>(), 660.0);
    EXPECT_DOUBLE_EQ((*spinach)["pantry_g"].get<double>(), 60.0);
    EXPECT_EQ((*spinach)["buy"]["count"], 3);
    EXPECT_EQ((*spinach)["buy"]["package"], "10 oz bag");
    EXPECT_GE((*spinach)["buy"]["grams"].get<double>(), 660.0);
    // Eggs: (100 + 150) × 4 − 6 large (300 g) = 700 g: two dozen.
    const auto* eggs = item_of(list, "01123");
    ASSERT_NE(eggs, nullptr);
    EXPECT_DOUBLE_EQ((*eggs)["needed_g"].get<double>(), 700.0);
    EXPECT_EQ((*eggs)["buy"]["count"], 2);
    // Almonds: 1 oz (28.35 g) three times × 4 = 340.2 g less 100 g.
    const auto* almonds = item_of(list, "12061");
    ASSERT_NE(almonds, nullptr);
    EXPECT_NEAR((*almonds)["needed_g"].get<double>(), 240.2, 0.05);
}

TEST(ShoppingListCommand, JsonAndCsvPantriesGiveTheSameList) {
    const auto from_csv = run_mealplan(
        shopping({"--plan", kPlan, "--pantry", kFixtures + "pantry.csv", "--format", "json"}));
    const auto from_json = run_mealplan(
        shopping({"--plan", kPlan, "--pantry", kFixtures + "pantry.json", "--format", "json"}));
    ASSERT_EQ(from_csv.exit_code, 0) << from_csv.err;
    ASSERT_EQ(from_json.exit_code, 0) << from_json.err;
    EXPECT_EQ(from_csv.out, from_json.out);
}

TEST(ShoppingListCommand, MarkdownHasCheckboxes) {
    const auto run = run_mealplan(shopping({"--plan", kPlan, "--format", "markdown"}));
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_THAT(run.out, HasSubstr("## Produce"));
    EXPECT_THAT(run.out, HasSubstr("- [ ] 1 × 10 oz bag Spinach, raw"));
}

TEST(ShoppingListCommand, UsUnitsShowOunces) {
    const auto run = run_mealplan(shopping({"--plan", kPlan, "--units", "us"}));
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_THAT(run.out, HasSubstr("1 × 10 oz bag (10 oz)"));
    EXPECT_THAT(run.out, HasSubstr("need 6.3 oz"));
}

TEST(ShoppingListCommand, PricesGiveACostEstimate) {
    const auto run =
        run_mealplan(shopping({"--plan", kPlan, "--prices", kFixtures + "prices.csv"}));
    ASSERT_EQ(run.exit_code, 0) << run.err;
    // One bag of spinach at $3.49 and one dozen eggs at $4.29.
    EXPECT_THAT(run.out, HasSubstr("Cost of what you buy: $7.78 for the 3 days · $2.59 a day "
                                   "(prices known for 2 of 11 items)"));
}

TEST(ShoppingListCommand, AStoreAisleOrderIsFollowed) {
    const auto run =
        run_mealplan(shopping({"--plan", kPlan, "--aisles", kFixtures + "aisles.txt"}));
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const auto dairy = run.out.find("\nDairy and eggs\n");
    const auto fish = run.out.find("\nFish and seafood\n");
    const auto produce = run.out.find("\nProduce\n");
    const auto nuts = run.out.find("\nNuts and seeds\n");
    EXPECT_LT(dairy, fish);
    EXPECT_LT(fish, produce);
    EXPECT_LT(produce, nuts);  // aisles missing from the file come last
}

TEST(ShoppingListCommand, CsvGoesToTheOutFile) {
    const auto dir = scratch_dir();
    const auto out = dir / "list.csv";
    const auto run =
        run_mealplan(shopping({"--plan", kPlan, "--format", "csv", "--out", out.string()}));
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out, "");
    const auto text = read_text(out);
    EXPECT_EQ(text.rfind("aisle,food_id,item_id,name,", 0), 0U);
    // The fixture catalogue has no purchase data: lines are foods, with no item id.
    EXPECT_THAT(text, HasSubstr("produce,11457,,\"Spinach, raw\","));
    std::filesystem::remove_all(dir);
}

TEST(ShoppingListCommand, AMissingPlanFileIsBadInput) {
    const auto run = run_mealplan(shopping({"--plan", kFixtures + "no-such-plan.json"}));
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("mealplan: error: " + kFixtures + "no-such-plan.json"));
    EXPECT_EQ(run.out, "");
}

TEST(ShoppingListCommand, AFileOfAnotherSchemaIsRefused) {
    const auto run = run_mealplan(shopping({"--plan", kCatalogue}));
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr(kCatalogue + ":/schema"));
    EXPECT_THAT(run.err, HasSubstr("not a plan file"));
}

TEST(ShoppingListCommand, EveryProblemOfEveryInputIsListed) {
    const auto run =
        run_mealplan(shopping({"--plan", kFixtures + "plan_with_errors.json", "--pantry",
                               kFixtures + "bad_pantry.csv", "--people", "0"}));
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.out, "");
    const auto plan = kFixtures + "plan_with_errors.json";
    const auto pantry = kFixtures + "bad_pantry.csv";
    EXPECT_THAT(run.err, HasSubstr("--people: must be a whole number of people from 1 to 100"));
    EXPECT_THAT(run.err, HasSubstr(plan + ":/days/0/meals/3/slot: unknown slot \"brunch\""));
    EXPECT_THAT(run.err, HasSubstr(plan + ":/days/2/meals/0/items/1/grams: must be a number ≥ 0"));
    EXPECT_THAT(run.err, HasSubstr(pantry + ":2: amount -2 is negative"));
    EXPECT_THAT(run.err, HasSubstr(pantry + ":3: unknown unit \"handful\""));
    EXPECT_THAT(run.err, HasSubstr(pantry + ":4: no food has the NDB number or name"));
    EXPECT_THAT(run.err, HasSubstr(pantry + ":5: amount \"a splash\" is not a number"));
}

TEST(ShoppingListCommand, FoodsMissingFromTheCatalogueAreNamedWithTheirPointer) {
    const auto plan = kFixtures + "plan_unknown_food.json";
    const auto run = run_mealplan(shopping({"--plan", plan}));
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr(plan + ":/days/1/meals/1/items/0/food_id: food \"99999\" "
                                          "(Dragon fruit) is not in the catalogue"));
}

TEST(ShoppingListCommand, BadPeopleValuesAreRefused) {
    for (const char* people : {"0", "101", "2.5", "-1", "two", "1e9"}) {
        const auto run = run_mealplan(shopping({"--plan", kPlan, "--people", people}));
        EXPECT_EQ(run.exit_code, 2) << people;
        EXPECT_THAT(run.err, HasSubstr("--people")) << people;
    }
    EXPECT_EQ(run_mealplan(shopping({"--plan", kPlan, "--people", "100"})).exit_code, 0);
}

TEST(ShoppingListCommand, UnknownFormatOrUnitsAreRefused) {
    EXPECT_EQ(run_mealplan(shopping({"--plan", kPlan, "--format", "xml"})).exit_code, 2);
    EXPECT_EQ(run_mealplan(shopping({"--plan", kPlan, "--units", "imperial"})).exit_code, 2);
    EXPECT_EQ(run_mealplan({"shopping-list"}).exit_code, 2);  // --plan is required
}

TEST(ShoppingListCommand, BadInputLeavesAnExistingOutFileUntouched) {
    const auto dir = scratch_dir();
    const auto out = dir / "list.txt";
    {
        std::ofstream old(out);
        old << "last week's list\n";
    }
    const auto run = run_mealplan(shopping(
        {"--plan", kPlan, "--pantry", kFixtures + "bad_pantry.csv", "--out", out.string()}));
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(read_text(out), "last week's list\n");
    // Only the old file is there: no temporary file left behind.
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir),
                            std::filesystem::directory_iterator()),
              1);
    std::filesystem::remove_all(dir);
}

TEST(ShoppingListCommand, AnUnwritableOutFileIsReportedAndNothingIsPrinted) {
    const auto dir = scratch_dir();
    const auto out = dir / "missing-directory" / "list.txt";
    const auto run = run_mealplan(shopping({"--plan", kPlan, "--out", out.string()}));
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr(out.string()));
    EXPECT_EQ(run.out, "");
    EXPECT_FALSE(std::filesystem::exists(out));
    std::filesystem::remove_all(dir);
}

TEST(ShoppingListCommand, ASuccessfulRunReplacesTheOutFile) {
    const auto dir = scratch_dir();
    const auto out = dir / "list.md";
    {
        std::ofstream old(out);
        old << "last week's list\n";
    }
    const auto run =
        run_mealplan(shopping({"--plan", kPlan, "--format", "markdown", "--out", out.string()}));
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const auto text = read_text(out);
    EXPECT_THAT(text, Not(HasSubstr("last week's list")));
    EXPECT_THAT(text, HasSubstr("- [ ] "));
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace mealplan

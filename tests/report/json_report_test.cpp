#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report/report.hpp"
#include "sample_result.hpp"

namespace mealplan {
namespace {

using nlohmann::json;

json rendered(const PlanResult& result) {
    return json::parse(
        render_plan_json(result, testing::sr28_sample_catalogue(), testing::sample_fix_words));
}

const Food& fixture_food(const Catalogue& catalogue, const std::string& id) {
    for (const auto& food : catalogue.foods) {
        if (food.id == id) return food;
    }
    throw std::logic_error("no fixture food " + id);
}

TEST(JsonReport, CarriesTheSchemaStatusAndSolveFigures) {
    const auto plan = rendered(testing::sample_result(1));
    EXPECT_EQ(plan["schema"], "mealplan.plan/1");
    EXPECT_EQ(plan["status"], "optimal");
    EXPECT_DOUBLE_EQ(plan["gap"].get<double>(), 0.004);
    EXPECT_DOUBLE_EQ(plan["seconds"].get<double>(), 0.21);
    EXPECT_EQ(plan["seed"], 7);
    EXPECT_EQ(plan["coverage"], "daily");
    EXPECT_EQ(plan["profile"]["sex"], "female");
    EXPECT_EQ(plan["profile"]["age_years"], 34.0);
    EXPECT_EQ(plan["filters"]["diet"], "omnivore");
    EXPECT_EQ(plan["filters"]["exclude"], json::array({"kale"}));
}

TEST(JsonReport, TargetsGiveMinAndMaxWithNullForNone) {
    const auto targets = rendered(testing::sample_result(1))["targets"];
    EXPECT_EQ(targets["magnesium_mg"]["min"], 320.0);
    EXPECT_TRUE(targets["magnesium_mg"]["max"].is_null());  // its UL is not for food
    EXPECT_EQ(targets["calcium_mg"]["max"], 2500.0);
    EXPECT_EQ(targets["caffeine_mg"]["max"], 400.0);
}

TEST(JsonReport, ItemsCarryWhatTheShoppingListReads) {
    const auto plan = rendered(testing::sample_result(1));
    ASSERT_EQ(plan["days"].size(), 1U);
    const auto& breakfast = plan["days"][0]["meals"][0];
    EXPECT_EQ(breakfast["slot"], "breakfast");
    EXPECT_EQ(breakfast["dish_id"], "overnight-oats");
    EXPECT_EQ(breakfast["dish"], "Overnight oats with almonds");
    EXPECT_EQ(breakfast["servings"], 1.0);
    const auto& oats = breakfast["items"][0];
    EXPECT_EQ(oats["food_id"], "08120");
    EXPECT_EQ(oats["name"], "rolled oats");
    EXPECT_EQ(oats["grams"], 40.0);
    EXPECT_EQ(oats["portion"], "½ cup");
    EXPECT_EQ(oats["side"], false);
    EXPECT_EQ(breakfast["items"][3]["food_id"], "09040");
    EXPECT_EQ(breakfast["items"][3]["side"], true);
}

TEST(JsonReport, TotalsEqualTheSumOverItemsOfGramsTimesValuePer100g) {
    const auto catalogue = testing::sr28_sample_catalogue();
    const auto plan = rendered(testing::sample_result(2));
    ASSERT_EQ(plan["days"].size(), 2U);
    for (const auto& day : plan["days"]) {
        NutrientAmounts expected{};
        for (const auto& meal : day["meals"]) {
            for (const auto& item : meal["items"]) {
                const Food& food = fixture_food(catalogue, item["food_id"].get<std::string>());
                for (std::size_t n = 0; n < kNutrientCount; ++n) {
                    if (food.per_100g[n]) {
                        expected[n] += item["grams"].get<double>() / 100.0 * *food.per_100g[n];
                    }
                }
            }
        }
        for (const auto& entry : all_nutrients()) {
            const std::string key(entry.key);
            ASSERT_TRUE(day["totals"].contains(key)) << key;
            EXPECT_NEAR(day["totals"][key].get<double>(), expected[index(entry.nutrient)], 1e-6)
                << key;
        }
    }
}

TEST(JsonReport, UnknownShareIsTheWeightShareOfFoodsWithoutAValue) {
    const auto day = rendered(testing::sample_result(1))["days"][0];
    double grams = 0.0;
    for (const auto& meal : day["meals"]) {
        for (const auto& item : meal["items"]) grams += item["grams"].get<double>();
    }
    // Edamame (100 g) is the only food with no SR28 vitamin D or B12 value.
    EXPECT_NEAR(day["unknown_share"]["vitamin_d_ug"].get<double>(), 100.0 / grams, 1e-12);
    EXPECT_NEAR(day["unknown_share"]["vitamin_b12_ug"].get<double>(), 100.0 / grams, 1e-12);
    EXPECT_EQ(day["unknown_share"]["magnesium_mg"].get<double>(), 0.0);
}

TEST(JsonReport, ShortfallsAndDiagnosisAreListed) {
    const auto plan = rendered(testing::sample_shortfall_result());
    EXPECT_EQ(plan["status"], "shortfall");
    EXPECT_EQ(plan["shortfalls"]["vitamin_d_ug"], 6.0);
    ASSERT_EQ(plan["diagnosis"].size(), 1U);
    const auto& diagnosis = plan["diagnosis"][0];
    EXPECT_EQ(diagnosis["nutrient"], "vitamin_d_ug");
    EXPECT_EQ(diagnosis["missing"], 6.0);
    EXPECT_EQ(diagnosis["missing_percent"], 40.0);
    EXPECT_EQ(diagnosis["blockers"], json::array({"the vegan diet", "excluded: mushrooms"}));
    EXPECT_EQ(diagnosis["fixes"][0], "allow fortified soy milk (16139)");
}

TEST(JsonReport, KeepsThePlannersPortionTextWhenItGivesOne) {
    PlanResult result = testing::sample_result(1);
    result.plan.days[0].meals[0].items[0].portion = "4 tbsp";
    EXPECT_EQ(rendered(result)["days"][0]["meals"][0]["items"][0]["portion"], "4 tbsp");
}

TEST(JsonReport, FixesAreInTheWordsTheCallerGives) {
    const auto fixes = rendered(testing::sample_shortfall_result())["diagnosis"][0]["fixes"];
    EXPECT_EQ(fixes, json::array({"allow fortified soy milk (16139)", "take supplements"}));
}

TEST(JsonReport, SaysSoWhenNoSingleChangeClosesTheGap) {
    PlanResult result = testing::sample_shortfall_result();
    result.diagnosis[0].fixes.clear();
    EXPECT_EQ(rendered(result)["diagnosis"][0]["fixes"],
              json::array({"no single change closes it"}));
    // Without every change tried, an empty list claims nothing.
    result.diagnosis[0].every_change_tried = false;
    EXPECT_EQ(rendered(result)["diagnosis"][0]["fixes"], json::array());
}

TEST(ReportFormat, ParsesTheFourFormatNames) {
    EXPECT_EQ(from_string<ReportFormat>("text"), ReportFormat::Text);
    EXPECT_EQ(from_string<ReportFormat>("html"), ReportFormat::Html);
    EXPECT_EQ(from_string<ReportFormat>("markdown"), ReportFormat::Markdown);
    EXPECT_EQ(from_string<ReportFormat>("json"), ReportFormat::Json);
    EXPECT_FALSE(from_string<ReportFormat>("csv"));
}

}  // namespace
}  // namespace mealplan

namespace mealplan {
namespace {

PlanResult with_vitamin_d_supplement() {
    PlanResult result = testing::sample_result(1);
    result.filters.allow_supplements = true;
    SupplementDose dose;
    dose.day = 1;
    dose.id = "vitamin-d3";
    dose.name = "Vitamin D3 1,000 IU (25 µg)";
    dose.amounts[index(Nutrient::VitaminDUg)] = 25.0;
    result.supplements.push_back(dose);
    return result;
}

TEST(JsonReport, SupplementsAreListedAndCountInTheDaysTotals) {
    const auto catalogue = testing::sr28_sample_catalogue();
    const auto food_only = json::parse(
        render_plan_json(testing::sample_result(1), catalogue, testing::sample_fix_words));
    const auto plan = json::parse(
        render_plan_json(with_vitamin_d_supplement(), catalogue, testing::sample_fix_words));
    const auto& day = plan["days"][0];
    ASSERT_EQ(day["supplements"].size(), 1U);
    EXPECT_EQ(day["supplements"][0]["id"], "vitamin-d3");
    EXPECT_NEAR(day["totals"]["vitamin_d_ug"].get<double>(),
                food_only["days"][0]["totals"]["vitamin_d_ug"].get<double>() + 25.0, 1e-9);
    EXPECT_EQ(day["totals"]["magnesium_mg"], food_only["days"][0]["totals"]["magnesium_mg"]);
}

TEST(TextReport, ShowsTheDaysSupplements) {
    const auto text = render_plan_text(with_vitamin_d_supplement(),
                                       testing::sr28_sample_catalogue(), testing::sample_fix_words);
    EXPECT_NE(text.find("  Supplement Vitamin D3 1,000 IU (25 µg)\n"), std::string::npos);
    EXPECT_NE(text.find("supplements allowed"), std::string::npos);
}

}  // namespace
}  // namespace mealplan

#include "plan/totals.hpp"

#include <gtest/gtest.h>

#include "../fixtures/sr28-sample/sr28_sample_catalogue.hpp"

namespace mealplan {
namespace {

PlanItem item(const FoodId& id, double grams) {
    PlanItem result;
    result.food_id = id;
    result.name = id;
    result.grams = grams;
    return result;
}

PlanDay sample_day() {
    PlanDay day;
    PlanMeal breakfast;
    breakfast.slot = MealSlot::Breakfast;
    breakfast.items = {item("08120", 40.0), item("12061", 28.0), item("01082", 244.0)};
    PlanMeal dinner;
    dinner.slot = MealSlot::Dinner;
    dinner.items = {item("15236", 150.0), item("20037", 158.0), item("11211", 100.0)};
    PlanMeal snack;
    snack.slot = MealSlot::Snack;
    snack.items = {item("12061", 28.0)};  // almonds again: summed with breakfast's
    day.meals = {breakfast, dinner, snack};
    return day;
}

// Σ grams/100 × value per 100 g, computed here straight from the catalogue.
double expected_total(const PlanDay& day, const Catalogue& catalogue, Nutrient nutrient) {
    double total = 0.0;
    for (const auto& meal : day.meals) {
        for (const auto& entry : meal.items) {
            for (const auto& food : catalogue.foods) {
                if (food.id == entry.food_id && food.per_100g[index(nutrient)]) {
                    total += entry.grams * *food.per_100g[index(nutrient)] / 100.0;
                }
            }
        }
    }
    return total;
}

TEST(DayTotals, EveryNutrientIsTheSumOfGramsOver100TimesItsValue) {
    const auto catalogue = testing::sr28_sample_catalogue();
    const auto day = sample_day();
    const auto totals = day_totals(day, catalogue);
    for (const auto& nutrient : all_nutrients()) {
        EXPECT_NEAR(totals[nutrient.nutrient], expected_total(day, catalogue, nutrient.nutrient),
                    1e-9)
            << nutrient.key;
    }
    EXPECT_DOUBLE_EQ(totals.grams, 40.0 + 28.0 + 244.0 + 150.0 + 158.0 + 100.0 + 28.0);
}

TEST(DayTotals, MagnesiumMatchesTheUsdaValuesOfTheFoods) {
    // SR28 per 100 g: oats 138, almonds 270 (56 g eaten), milk 1 % 11, salmon 27,
    // brown rice 39, edamame 61 mg.
    const auto totals = day_totals(sample_day(), testing::sr28_sample_catalogue());
    EXPECT_NEAR(totals[Nutrient::MagnesiumMg],
                0.40 * 138 + 0.56 * 270 + 2.44 * 11 + 1.50 * 27 + 1.58 * 39 + 1.00 * 61, 1e-9);
}

TEST(DayTotals, UnknownValuesCountAsZeroAndTheirWeightIsReported) {
    // Edamame 11211 has no vitamin D or B12 in SR28: its 100 g are the unknown part.
    const auto totals = day_totals(sample_day(), testing::sr28_sample_catalogue());
    EXPECT_DOUBLE_EQ(totals.unknown_grams[index(Nutrient::VitaminDUg)], 100.0);
    EXPECT_DOUBLE_EQ(totals.unknown_grams[index(Nutrient::VitaminB12Ug)], 100.0);
    EXPECT_DOUBLE_EQ(totals.unknown_grams[index(Nutrient::MagnesiumMg)], 0.0);
    EXPECT_NEAR(totals.unknown_share(Nutrient::VitaminDUg), 100.0 / 748.0, 1e-12);
    EXPECT_DOUBLE_EQ(totals.unknown_share(Nutrient::CalciumMg), 0.0);
}

TEST(DayTotals, AFoodMissingFromTheCatalogueIsUnknownForEveryNutrient) {
    PlanDay day;
    day.meals.push_back({MealSlot::Lunch, "", "", 1.0, {item("08120", 50.0), item("99999", 50.0)}});
    const auto totals = day_totals(day, testing::sr28_sample_catalogue());
    EXPECT_DOUBLE_EQ(totals.unknown_share(Nutrient::MagnesiumMg), 0.5);
    EXPECT_NEAR(totals[Nutrient::MagnesiumMg], 0.5 * 138, 1e-9);
}

TEST(DayTotals, AnEmptyDayHasZeroTotalsAndNoUnknownShare) {
    const auto totals = day_totals(PlanDay{}, testing::sr28_sample_catalogue());
    EXPECT_DOUBLE_EQ(totals[Nutrient::EnergyKcal], 0.0);
    EXPECT_DOUBLE_EQ(totals.unknown_share(Nutrient::VitaminDUg), 0.0);
}

TEST(AverageDayTotals, IsTheMeanOfTheDays) {
    const auto catalogue = testing::sr28_sample_catalogue();
    std::vector<PlanDay> days{sample_day(), PlanDay{}};
    const auto average = average_day_totals(days, catalogue);
    EXPECT_NEAR(average[Nutrient::CalciumMg],
                expected_total(days[0], catalogue, Nutrient::CalciumMg) / 2.0, 1e-9);
    EXPECT_NEAR(average.unknown_share(Nutrient::VitaminDUg), 100.0 / 748.0, 1e-12);
}

TEST(Contributions, RankFoodsByTheirShareOfTheNutrient) {
    const auto catalogue = testing::sr28_sample_catalogue();
    const std::vector<PlanDay> days{sample_day()};
    const auto b12 = contributions(days, Nutrient::VitaminB12Ug, catalogue);
    // SR28 B12 per 100 g: salmon 15236 3.23 µg, milk 01082 0.47 µg; plants 0.
    ASSERT_EQ(b12.size(), 2U);
    EXPECT_EQ(b12[0].food_id, "15236");
    EXPECT_EQ(b12[1].food_id, "01082");
    const double salmon = 1.50 * 3.23;
    const double milk = 2.44 * 0.47;
    EXPECT_NEAR(b12[0].amount, salmon, 1e-9);
    EXPECT_NEAR(b12[0].share, salmon / (salmon + milk), 1e-9);
    EXPECT_EQ(b12[0].name, "Salmon, Atlantic, farmed");
}

TEST(Contributions, SumTheSameFoodAcrossMeals) {
    const std::vector<PlanDay> days{sample_day()};
    const auto magnesium =
        contributions(days, Nutrient::MagnesiumMg, testing::sr28_sample_catalogue());
    double share_sum = 0.0;
    int almond_rows = 0;
    for (const auto& entry : magnesium) {
        share_sum += entry.share;
        if (entry.food_id == "12061") {
            ++almond_rows;
            EXPECT_NEAR(entry.amount, 0.56 * 270, 1e-9);
        }
    }
    EXPECT_EQ(almond_rows, 1);
    EXPECT_NEAR(share_sum, 1.0, 1e-12);
    EXPECT_EQ(magnesium.front().food_id, "12061");  // almonds give the most
}

}  // namespace
}  // namespace mealplan

#include "report/coverage.hpp"

#include <gtest/gtest.h>

#include "sample_result.hpp"

namespace mealplan {
namespace {

std::vector<CoverageRow> sample_rows() {
    const auto catalogue = testing::sr28_sample_catalogue();
    return coverage_rows(day_totals(testing::sample_day(1), catalogue), testing::sample_targets());
}

const CoverageRow& row_of(const std::vector<CoverageRow>& rows, Nutrient nutrient) {
    for (const auto& row : rows) {
        if (row.nutrient == nutrient) return row;
    }
    throw std::logic_error("no row");
}

TEST(CoverageRows, HeadlineGroupsComeFirstThenWaterAndCaffeineThenTheRest) {
    const auto rows = sample_rows();
    ASSERT_GE(rows.size(), 9U);
    const auto& headline = headline_nutrients();
    for (std::size_t i = 0; i < headline.size(); ++i) EXPECT_EQ(rows[i].nutrient, headline[i]);
    EXPECT_EQ(rows[6].nutrient, Nutrient::WaterG);
    EXPECT_EQ(rows[7].nutrient, Nutrient::CaffeineMg);
    EXPECT_EQ(rows[8].nutrient, Nutrient::EnergyKcal);
    for (const auto& row : rows) EXPECT_FALSE(info(row.nutrient).auxiliary);
    // Nutrients without any target (vitamin K here) are not listed.
    for (const auto& row : rows) EXPECT_NE(row.nutrient, Nutrient::VitaminKUg);
}

TEST(CoverageRows, UpperLimitsFollowTheirScope) {
    const auto rows = sample_rows();
    EXPECT_EQ(row_of(rows, Nutrient::MagnesiumMg).limit, LimitStatus::NotFromFood);
    EXPECT_EQ(row_of(rows, Nutrient::CalciumMg).limit, LimitStatus::Ok);
    EXPECT_EQ(row_of(rows, Nutrient::ThiaminMg).limit, LimitStatus::None);
    const auto& folate = row_of(rows, Nutrient::FolateDfeUg);
    EXPECT_EQ(folate.limit, LimitStatus::AddedFormsOk);
    EXPECT_LT(folate.limited_amount, folate.amount);  // the UL counts folic acid only
}

TEST(CoverageRows, ALimitIsOverWhenTheAmountExceedsIt) {
    NutrientTotals totals;
    totals.amounts[index(Nutrient::CalciumMg)] = 2600;
    totals.amounts[index(Nutrient::CaffeineMg)] = 480;
    const auto rows = coverage_rows(totals, testing::sample_targets());
    EXPECT_EQ(row_of(rows, Nutrient::CalciumMg).limit, LimitStatus::Over);
    EXPECT_EQ(row_of(rows, Nutrient::CaffeineMg).limit, LimitStatus::Over);
}

TEST(CoverageRows, PercentIsOfTheMinimumAndShortOnesFallBelowAHundred) {
    const auto rows = sample_rows();
    const auto& magnesium = row_of(rows, Nutrient::MagnesiumMg);
    ASSERT_TRUE(magnesium.percent());
    EXPECT_NEAR(*magnesium.percent(), magnesium.amount / 320.0 * 100.0, 1e-9);
    // Salmon (11 µg/100 g) and milk give about 19 µg of vitamin D; the day's calcium
    // (milk, beans, almonds, no cheese) stays near 600 mg of 1,000.
    EXPECT_GE(row_of(rows, Nutrient::VitaminDUg).percent().value_or(0.0), 100.0);
    EXPECT_LT(row_of(rows, Nutrient::CalciumMg).percent().value_or(100.0), 100.0);
}

TEST(CoverageRows, ReportTheShareOfFoodWithUnknownValues) {
    const auto rows = sample_rows();
    EXPECT_TRUE(rests_on_unknowns(row_of(rows, Nutrient::VitaminDUg)));  // edamame
    EXPECT_FALSE(rests_on_unknowns(row_of(rows, Nutrient::MagnesiumMg)));
}

}  // namespace
}  // namespace mealplan

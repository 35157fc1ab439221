#include "report/format.hpp"

#include <gtest/gtest.h>

#include "core/utf8.hpp"

namespace mealplan::report_detail {
namespace {

TEST(NumberText, GroupsThousandsAndKeepsUsefulDecimals) {
    EXPECT_EQ(number_text(1080.4), "1,080");
    EXPECT_EQ(number_text(1234567), "1,234,567");
    EXPECT_EQ(number_text(412), "412");
    EXPECT_EQ(number_text(16.24), "16.2");
    EXPECT_EQ(number_text(95), "95");
    EXPECT_EQ(number_text(1.44), "1.4");
    EXPECT_EQ(number_text(0.456), "0.46");
    EXPECT_EQ(number_text(0), "0");
    EXPECT_EQ(number_text(0.001), "0");
}

TEST(GramsText, ShowsWholeGramsAndOneDecimalForSmallAmounts) {
    EXPECT_EQ(grams_text(244), "244");
    EXPECT_EQ(grams_text(1250.4), "1,250");
    EXPECT_EQ(grams_text(1.0), "1");
    EXPECT_EQ(grams_text(0.5), "0.5");
    EXPECT_EQ(grams_text(2.5), "2.5");
}

TEST(AmountText, CarriesTheNutrientUnit) {
    EXPECT_EQ(amount_text(Nutrient::VitaminDUg, 16.2), "16.2 µg");
    EXPECT_EQ(amount_text(Nutrient::CalciumMg, 1080), "1,080 mg");
}

TEST(ServingsText, ReadsNaturally) {
    EXPECT_EQ(servings_text(1), "1 serving");
    EXPECT_EQ(servings_text(0.5), "½ serving");
    EXPECT_EQ(servings_text(1.5), "1½ servings");
    EXPECT_EQ(servings_text(2), "2 servings");
}

TEST(CoverageBar, FillsOneCellPerTenPercentAndIsFullOnlyWhenTheTargetIsMet) {
    EXPECT_EQ(coverage_bar(0), "░░░░░░░░░░");
    EXPECT_EQ(coverage_bar(54), "█████░░░░░");
    EXPECT_EQ(coverage_bar(96), "█████████░");
    EXPECT_EQ(coverage_bar(100), "██████████");
    EXPECT_EQ(coverage_bar(129), "██████████");
    EXPECT_EQ(display_width(coverage_bar(54)), 10U);
}

TEST(DayTitle, NamesWeekdaysInAWeekAndNumbersOtherwise) {
    EXPECT_EQ(day_title(1, 7), "Monday");
    EXPECT_EQ(day_title(7, 7), "Sunday");
    EXPECT_EQ(day_title(1, 1), "Day 1");
    EXPECT_EQ(day_title(9, 10), "Day 9");
    EXPECT_EQ(plan_kind(7), "Week plan");
    EXPECT_EQ(plan_kind(1), "Day plan");
    EXPECT_EQ(plan_kind(3), "3-day plan");
}

}  // namespace
}  // namespace mealplan::report_detail

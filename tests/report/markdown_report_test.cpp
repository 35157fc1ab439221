#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "report/report.hpp"
#include "sample_result.hpp"

namespace mealplan {
namespace {

using ::testing::HasSubstr;

TEST(MarkdownReport, HasATitleAHeadingPerDayAndTables) {
    const auto text = render_plan_markdown(
        testing::sample_result(7), testing::sr28_sample_catalogue(), testing::sample_fix_words);
    EXPECT_EQ(text.rfind("# Week plan\n", 0), 0U);
    for (const auto* day : {"\n## Monday\n", "\n## Wednesday\n", "\n## Sunday\n"}) {
        EXPECT_THAT(text, HasSubstr(day));
    }
    EXPECT_THAT(text, HasSubstr("| Meal | Dish | Foods |"));
    EXPECT_THAT(text, HasSubstr("| Nutrient | Amount | Target | Cover | Limit |"));
    EXPECT_THAT(text, HasSubstr("## Week summary"));
}

TEST(MarkdownReport, CarriesTheSameContentAsTheTextReport) {
    const auto text =
        render_plan_markdown(testing::sample_shortfall_result(), testing::sr28_sample_catalogue(),
                             testing::sample_fix_words);
    EXPECT_THAT(text, HasSubstr("**Status:** SHORTFALL: 1 target cannot be met: vitamin D"));
    EXPECT_THAT(text, HasSubstr("| Breakfast | Overnight oats with almonds (1 serving) | rolled "
                                "oats ½ cup (40 g) · almonds 1 oz (28 g)"));
    EXPECT_THAT(text, HasSubstr("| Calcium |"));
    EXPECT_THAT(text, HasSubstr("(UL 2,500 ok)"));
    EXPECT_THAT(text, HasSubstr("**Water from food:**"));
    EXPECT_THAT(text, HasSubstr("### Where it comes from"));
    EXPECT_THAT(text, HasSubstr("## Shortfalls"));
    EXPECT_THAT(text, HasSubstr("  - smallest fix: allow fortified soy milk (16139)"));
    EXPECT_THAT(text, HasSubstr("*mealplan plans food; it does not diagnose."));
}

TEST(MarkdownReport, HeadlineRowsComeBeforeTheOtherNutrients) {
    const auto text = render_plan_markdown(
        testing::sample_result(1), testing::sr28_sample_catalogue(), testing::sample_fix_words);
    const auto b12 = text.find("| Vitamin B12 |");
    const auto energy = text.find("| Energy |");
    ASSERT_NE(b12, std::string::npos);
    ASSERT_NE(energy, std::string::npos);
    EXPECT_LT(text.find("| Magnesium |"), b12);
    EXPECT_LT(b12, energy);
}

TEST(MarkdownReport, EscapesPipesInsideCells) {
    PlanResult result = testing::sample_result(1);
    result.plan.days[0].meals[0].dish = "Oats | almonds";
    const auto text =
        render_plan_markdown(result, testing::sr28_sample_catalogue(), testing::sample_fix_words);
    EXPECT_THAT(text, HasSubstr("Oats \\| almonds"));
}

}  // namespace
}  // namespace mealplan

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/utf8.hpp"
#include "report/plan_view.hpp"
#include "report/report.hpp"
#include "sample_result.hpp"

namespace mealplan {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find('\n', start);
        lines.push_back(text.substr(start, end - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return lines;
}

PlanView view_of(int days) {
    return plan_view(testing::sample_result(days), testing::sr28_sample_catalogue(),
                     testing::sample_fix_words);
}

TEST(GlanceReport, AWeekFitsAScreenWithEveryMealOfEveryDayOnItsOwnLine) {
    const std::string text = render_plan_glance(view_of(7), TextOptions{false, false, 100});
    const auto lines = lines_of(text);
    EXPECT_LE(lines.size(), 100U);
    for (const char* day :
         {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}) {
        EXPECT_THAT(text, HasSubstr(std::string(day) + " ")) << day;
    }
    std::size_t breakfasts = 0;
    std::size_t snacks = 0;
    for (const auto& line : lines) {
        if (line.find("Breakfast  Overnight oats with almonds (1 serving) + banana") !=
            std::string::npos) {
            ++breakfasts;
        }
        if (line.find("Snack      pumpkin seeds") != std::string::npos) ++snacks;
    }
    EXPECT_EQ(breakfasts, 7U);
    EXPECT_EQ(snacks, 7U);
}

TEST(GlanceReport, OneCoverageTableForTheWeekWithAveragesAndTheWorstDay) {
    const std::string text = render_plan_glance(view_of(7), TextOptions{false, false, 100});
    EXPECT_THAT(text, HasSubstr("Coverage: the average day over 7 days, and the worst day"));
    EXPECT_EQ(text.find("Coverage:"), text.rfind("Coverage:"));
    EXPECT_THAT(text, HasSubstr("Worst day"));
    EXPECT_THAT(text, HasSubstr("  Magnesium"));
    EXPECT_THAT(text, HasSubstr("  Water from food"));
    EXPECT_THAT(text, HasSubstr("Upper limits: "));
    EXPECT_THAT(text, HasSubstr("Where it comes from"));
}

TEST(GlanceReport, LinesFitTheWidthAsked) {
    const std::string text = render_plan_glance(view_of(7), TextOptions{false, false, 80});
    for (const auto& line : lines_of(text)) EXPECT_LE(display_width(line), 80U) << line;
}

TEST(GlanceReport, ColourOnlyWhenAsked) {
    EXPECT_THAT(render_plan_glance(view_of(3), TextOptions{false, false, 100}),
                Not(HasSubstr("\x1b[")));
    EXPECT_THAT(render_plan_glance(view_of(3), TextOptions{false, true, 100}), HasSubstr("\x1b["));
}

TEST(GlanceReport, DetailIsTheFullPerDayText) {
    const PlanView view = view_of(7);
    EXPECT_EQ(render_plan(view, ReportFormat::Text, TextOptions{true, false, 100}),
              render_plan_text(testing::sample_result(7), testing::sr28_sample_catalogue(),
                               testing::sample_fix_words));
    EXPECT_NE(render_plan(view, ReportFormat::Text, TextOptions{false, false, 100}),
              render_plan_text(view));
}

}  // namespace
}  // namespace mealplan

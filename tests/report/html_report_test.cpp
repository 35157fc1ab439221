#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "report/plan_view.hpp"
#include "report/report.hpp"
#include "sample_result.hpp"
#include "shopping/shopping_list.hpp"

namespace mealplan {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t count = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
    return count;
}

PlanView week_view() {
    return plan_view(testing::sample_result(7), testing::sr28_sample_catalogue(),
                     testing::sample_fix_words);
}

TEST(HtmlReport, IsOneSelfContainedPageWithoutAnyExternalReference) {
    PlanView view = week_view();
    view.shopping_list =
        build_shopping_list(view.result.plan, testing::sr28_sample_catalogue(), ShoppingOptions{});
    const std::string html = render_plan_html(view);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0U);
    EXPECT_THAT(html, HasSubstr("</html>\n"));
    EXPECT_FALSE(std::regex_search(html, std::regex("https?://", std::regex::icase)));
    EXPECT_FALSE(std::regex_search(html, std::regex(R"(\b(src|href)\s*=)", std::regex::icase)));
    EXPECT_THAT(html, Not(HasSubstr("<link")));
    EXPECT_THAT(html, Not(HasSubstr("@import")));
}

TEST(HtmlReport, TheGridHasARowPerDayAndACellPerMealWithHouseholdPortions) {
    const std::string html = render_plan_html(week_view());
    EXPECT_EQ(count_of(html, "<tr class=\"day\""), 7U);
    for (const char* day : {"Monday", "Wednesday", "Sunday"}) EXPECT_THAT(html, HasSubstr(day));
    EXPECT_EQ(count_of(html, "data-slot=\"Breakfast\""), 7U);
    EXPECT_EQ(count_of(html, "data-slot=\"Snack\""), 7U);
    EXPECT_THAT(html, HasSubstr("Black beans and brown rice</span> <span class=\"servings\">1½ "
                                "servings</span>"));
    EXPECT_THAT(html, HasSubstr("(244 g)"));
}

TEST(HtmlReport, HeadlineChartsComeFirstEachWithABarPerDayAndTheirTicks) {
    const std::string html = render_plan_html(week_view());
    std::vector<std::string> order;
    const std::regex figure("data-nutrient=\"([a-z0-9_]+)\"");
    for (std::sregex_iterator it(html.begin(), html.end(), figure), end; it != end; ++it) {
        order.push_back((*it)[1]);
    }
    ASSERT_GE(order.size(), 8U);
    EXPECT_EQ(
        std::vector<std::string>(order.begin(), order.begin() + 8),
        (std::vector<std::string>{"magnesium_mg", "calcium_mg", "vitamin_d_ug", "thiamin_mg",
                                  "vitamin_b6_mg", "vitamin_b12_ug", "water_g", "caffeine_mg"}));
    const std::regex bar("<rect class=\"[a-z]+\" x=");
    EXPECT_EQ(
        std::distance(std::sregex_iterator(html.begin(), html.end(), bar), std::sregex_iterator()),
        static_cast<std::ptrdiff_t>(7U * order.size()));
    EXPECT_THAT(html, HasSubstr("<line class=\"min\""));
    EXPECT_THAT(html, HasSubstr("<line class=\"limit\""));
    EXPECT_THAT(html, HasSubstr("<div class=\"sources\">From: "));
}

// A chart is read against its minimum: an upper limit far above every bar (vitamin B6's UL
// is 100 mg, its minimum 1.3 mg) must not squeeze the minimum and the bars read against it
// into the first pixels of the chart.
TEST(HtmlReport, EveryMinimumStandsAtLeastAThirdOfTheWayAcrossItsChart) {
    const std::string html = render_plan_html(week_view());
    const std::regex minimum("<line class=\"min\" x1=\"([0-9.]+)\"");
    constexpr double kLabels = 34.0;                  // the day names left of the bars
    constexpr double kSpan = 320.0 - kLabels - 58.0;  // less the values right of them
    int charts = 0;
    const std::string open = "<figure class=\"nutrient\"";
    for (auto at = html.find(open); at != std::string::npos; at = html.find(open, at + 1)) {
        const std::string chart = html.substr(at, html.find("</figure>", at) - at);
        std::smatch tick;
        if (!std::regex_search(chart, tick, minimum)) continue;
        EXPECT_GE(std::stod(tick[1]) - kLabels, kSpan / 3.5) << chart.substr(0, 80);
        ++charts;
    }
    EXPECT_GE(charts, 6);
}

TEST(HtmlReport, ShortfallsAreSaidInWordsWithTheirFixes) {
    const PlanView view = plan_view(testing::sample_shortfall_result(),
                                    testing::sr28_sample_catalogue(), testing::sample_fix_words);
    const std::string html = render_plan_html(view);
    EXPECT_THAT(html, HasSubstr("<p class=\"status short\">Status: SHORTFALL"));
    EXPECT_THAT(html, HasSubstr("Vitamin D: missing 6"));
    EXPECT_THAT(html, HasSubstr("smallest fix: "));
}

TEST(HtmlReport, TheShoppingListHasACheckboxPerItemByAisleAndTheCost) {
    PlanView view = week_view();
    view.shopping_list =
        build_shopping_list(view.result.plan, testing::sr28_sample_catalogue(), ShoppingOptions{});
    const std::string html = render_plan_html(view);
    ASSERT_FALSE(view.shopping_list->items.empty());
    EXPECT_EQ(count_of(html, "<input type=\"checkbox\""), view.shopping_list->items.size());
    EXPECT_THAT(html, HasSubstr("<div class=\"aisle\"><h3>"));
    EXPECT_THAT(html, HasSubstr("Estimated cost: "));
}

TEST(HtmlReport, EveryTextFromDataOrTheUserIsEscaped) {
    PlanResult result = testing::sample_result(2);
    result.plan.days[0].meals[0].dish = "<script>alert('x')</script> & \"oats\"";
    result.filters.exclude = {"<img onerror=x>"};
    const std::string html = render_plan_html(
        plan_view(result, testing::sr28_sample_catalogue(), testing::sample_fix_words));
    EXPECT_THAT(html, Not(HasSubstr("<script>alert")));
    EXPECT_THAT(html, Not(HasSubstr("<img")));
    EXPECT_THAT(html, HasSubstr("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
                                "&quot;oats&quot;"));
}

TEST(HtmlReport, HasAPrintStylesheetAndALayoutForPhones) {
    const std::string html = render_plan_html(week_view());
    EXPECT_THAT(html, HasSubstr("@media print"));
    EXPECT_THAT(html, HasSubstr("#week { break-after: page; }"));
    EXPECT_THAT(html, HasSubstr("@media (max-width: 40rem)"));
    EXPECT_THAT(html, HasSubstr("name=\"viewport\""));
}

}  // namespace
}  // namespace mealplan

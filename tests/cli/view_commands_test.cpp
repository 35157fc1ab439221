// What `mealplan week` shows a person: the week at a glance on a screen, every day in full
// with --detail, and the HTML page; and the shopping list as a page of its own.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "run_command.hpp"

namespace mealplan {
namespace {

using ::testing::AnyOf;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::run_mealplan;

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t count = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
    return count;
}

TEST(WeekView, TheDefaultWeekFitsAScreenWithEveryMealAndOneCoverageTable) {
    const auto run = run_mealplan({"week"});
    ASSERT_THAT(run.exit_code, AnyOf(0, 3)) << run.err;
    const auto lines = lines_of(run.out);
    EXPECT_LE(lines.size(), 100U) << run.out;
    std::size_t meal_lines = 0;
    for (const char* slot : {"Breakfast  ", "Lunch      ", "Dinner     ", "Snack      "}) {
        const std::size_t count = std::count_if(lines.begin(), lines.end(), [&](const auto& line) {
            return line.size() > 10 && line.compare(10, std::string(slot).size(), slot) == 0;
        });
        EXPECT_EQ(count, 7U) << slot;
        meal_lines += count;
    }
    EXPECT_EQ(meal_lines, 28U);
    for (const char* day :
         {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}) {
        EXPECT_EQ(count_of(run.out, std::string("\n") + day + " "), 1U) << day;
    }
    EXPECT_EQ(count_of(run.out, "Coverage: the average day over 7 days, and the worst day"), 1U);
    const auto table_start = run.out.find("Coverage: the average day");
    const std::string table =
        run.out.substr(table_start, run.out.find("Where it comes from") - table_start);
    for (const char* row : {"\n  Magnesium ", "\n  Calcium ", "\n  Vitamin D ", "\n  Thiamin (B1) ",
                            "\n  Vitamin B6 ", "\n  Vitamin B12 ", "\n  Water from food ",
                            "\n  Caffeine ", "\n  Energy "}) {
        EXPECT_EQ(count_of(table, row), 1U) << row;
    }
    // Standard output here is a pipe: no colour.
    EXPECT_THAT(run.out, Not(HasSubstr("\x1b[")));
}

TEST(WeekView, DetailShowsEveryDayInFullAsTheDetailedText) {
    const auto glance = run_mealplan({"week", "--days", "2", "--seed", "3"});
    const auto detail = run_mealplan({"week", "--days", "2", "--seed", "3", "--detail"});
    ASSERT_THAT(detail.exit_code, AnyOf(0, 3)) << detail.err;
    EXPECT_NE(glance.out, detail.out);
    // Each day with its own coverage table, then the week summary.
    EXPECT_THAT(detail.out, HasSubstr("\nMonday\n"));
    EXPECT_THAT(detail.out, HasSubstr("\nTuesday\n"));
    EXPECT_GE(count_of(detail.out, "  Magnesium "), 3U);
    EXPECT_THAT(detail.out, HasSubstr("Week summary"));
    EXPECT_THAT(detail.out, Not(HasSubstr("Every day in full: --detail")));
}

TEST(WeekView, HtmlIsOnePageWithTheGridTheChartsAndTheList) {
    const auto run = run_mealplan({"week", "--days", "3", "--format", "html"});
    ASSERT_THAT(run.exit_code, AnyOf(0, 3)) << run.err;
    EXPECT_EQ(run.out.rfind("<!DOCTYPE html>", 0), 0U);
    EXPECT_EQ(count_of(run.out, "<tr class=\"day\""), 3U);
    EXPECT_THAT(run.out, HasSubstr("data-nutrient=\"magnesium_mg\""));
    EXPECT_THAT(run.out, HasSubstr("<section id=\"shopping\">"));
    EXPECT_GT(count_of(run.out, "<input type=\"checkbox\""), 0U);
    EXPECT_FALSE(std::regex_search(run.out, std::regex("https?://|\\b(src|href)\\s*=")));
}

TEST(DayView, TheDayStaysInFullAndItsHtmlCarriesItsList) {
    const auto text = run_mealplan({"day"});
    ASSERT_THAT(text.exit_code, AnyOf(0, 3)) << text.err;
    EXPECT_THAT(text.out, HasSubstr("  Where it comes from\n"));
    const auto html = run_mealplan({"day", "--format", "html"});
    EXPECT_EQ(count_of(html.out, "<tr class=\"day\""), 1U);
    EXPECT_THAT(html.out, HasSubstr("<section id=\"shopping\">"));
}

TEST(ShoppingListView, HtmlIsAPageOfTheListWithACheckboxPerItem) {
    const std::string plan = std::string(MEALPLAN_TEST_DIR) + "/fixtures/shopping/sample_plan.json";
    const auto json = run_mealplan({"shopping-list", "--plan", plan, "--format", "json"});
    const auto html = run_mealplan({"shopping-list", "--plan", plan, "--format", "html"});
    ASSERT_EQ(html.exit_code, 0) << html.err;
    EXPECT_EQ(html.out.rfind("<!DOCTYPE html>", 0), 0U);
    // A box for every item to buy and every staple to check for.
    const auto list = nlohmann::json::parse(json.out);
    const std::size_t items = list["item_count"].get<std::size_t>() + list["staples"].size();
    EXPECT_GT(items, 0U);
    EXPECT_EQ(count_of(html.out, "<input type=\"checkbox\""), items);
}

}  // namespace
}  // namespace mealplan

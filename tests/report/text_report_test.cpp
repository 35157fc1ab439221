#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "plan/totals.hpp"
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

// The position of the first line starting (after indentation) with `prefix`.
std::size_t line_starting(const std::vector<std::string>& lines, const std::string& prefix) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto first = lines[i].find_first_not_of(' ');
        if (first != std::string::npos && lines[i].compare(first, prefix.size(), prefix) == 0) {
            return i;
        }
    }
    return lines.size();
}

TEST(TextReport, HeaderNamesPlanProfileEnergyDietExclusionsAndSeed) {
    const auto text = render_plan_text(testing::sample_result(1), testing::sr28_sample_catalogue(),
                                       testing::sample_fix_words);
    const auto lines = lines_of(text);
    EXPECT_EQ(lines[0], "Day plan · female, 34 · 2,000 kcal · omnivore · excluding: kale · seed 7");
    EXPECT_EQ(lines[1],
              "Status: every target met · within 0.4 % of the best plan for energy fit, cost "
              "and portions (solved in 0.21 s)");
}

TEST(TextReport, AnUnprovenPlanSaysItsTargetsAreMetAndWhatTheGapIsAbout) {
    PlanResult result = testing::sample_result(1);
    result.status = PlanStatus::Feasible;
    result.gap = 0.927;
    const auto lines = lines_of(
        render_plan_text(result, testing::sr28_sample_catalogue(), testing::sample_fix_words));
    // The hard rules are held; the gap is about the soft objective only, in words that do
    // not read as a failed plan.
    EXPECT_EQ(lines[1],
              "Status: every target met · energy fit, cost and portions not proven best: the "
              "search stopped at its budget before it could tell how close to the best this "
              "plan is (solved in 0.21 s)");
    // A gap that says something is given as a share.
    result.gap = 0.183;
    const auto closer = lines_of(
        render_plan_text(result, testing::sr28_sample_catalogue(), testing::sample_fix_words));
    EXPECT_EQ(closer[1],
              "Status: every target met · energy fit, cost and portions not proven best: another "
              "plan may score up to 18.3 % better (solved in 0.21 s)");
}

TEST(TextReport, MealsShowDishServingsAndFoodsInHouseholdUnitsWithGrams) {
    const auto text = render_plan_text(testing::sample_result(1), testing::sr28_sample_catalogue(),
                                       testing::sample_fix_words);
    EXPECT_THAT(text, HasSubstr("Breakfast  Overnight oats with almonds (1 serving) + banana 1 "
                                "medium (118 g)"));
    EXPECT_THAT(text, HasSubstr("rolled oats ½ cup (40 g) · almonds 1 oz (28 g) · milk, 1 % 1 "
                                "cup (244 g)"));
    EXPECT_THAT(text, HasSubstr("Black beans and brown rice (1½ servings)"));
    // A meal of sides only lists them.
    EXPECT_THAT(text, HasSubstr("Snack      pumpkin seeds 1 oz (28 g) + coffee 1 cup (237 g)\n"));
}

TEST(TextReport, HeadlineGroupsComeFirstThenHydrationCaffeineAndTheRest) {
    const auto lines = lines_of(render_plan_text(
        testing::sample_result(1), testing::sr28_sample_catalogue(), testing::sample_fix_words));
    const std::vector<std::string> order{
        "Magnesium",   "Calcium",         "Vitamin D", "Thiamin (B1)", "Vitamin B6",
        "Vitamin B12", "Water from food", "Caffeine",  "Energy",       "Protein"};
    std::size_t previous = 0;
    for (const auto& label : order) {
        const auto position = line_starting(lines, label);
        ASSERT_LT(position, lines.size()) << label;
        EXPECT_GT(position, previous) << label;
        previous = position;
    }
}

TEST(TextReport, CoverageRowsShowAmountTargetPercentAndUpperLimit) {
    const auto catalogue = testing::sr28_sample_catalogue();
    const auto text =
        render_plan_text(testing::sample_result(1), catalogue, testing::sample_fix_words);
    const auto totals = day_totals(testing::sample_day(1), catalogue);
    const auto lines = lines_of(text);
    const auto& calcium = lines[line_starting(lines, "Calcium")];
    EXPECT_THAT(calcium, HasSubstr("≥ 1,000"));
    EXPECT_THAT(calcium, HasSubstr(fmt::format("{:.0f} %", totals[Nutrient::CalciumMg] / 10.0)));
    EXPECT_THAT(calcium, HasSubstr("(UL 2,500 ok)"));
    EXPECT_THAT(lines[line_starting(lines, "Magnesium")],
                HasSubstr("(UL 350 counts supplements only)"));
    EXPECT_THAT(lines[line_starting(lines, "Caffeine")], HasSubstr("≤ 400 ok"));
}

TEST(TextReport, HydrationSaysHowManyGlassesToDrink) {
    const auto catalogue = testing::sr28_sample_catalogue();
    const auto totals = day_totals(testing::sample_day(1), catalogue);
    const double water_g = totals[Nutrient::WaterG];
    const auto glasses = static_cast<long>(std::ceil((2700.0 - water_g) / 250.0));
    const auto text =
        render_plan_text(testing::sample_result(1), catalogue, testing::sample_fix_words);
    EXPECT_THAT(text, HasSubstr(fmt::format("Water from food    {:.1f} L of 2.7 L → "
                                            "drink about {} glasses (250 ml)",
                                            water_g / 1000.0, glasses)));
}

TEST(TextReport, TotalsRestingOnUnknownValuesAreMarked) {
    const auto text = render_plan_text(testing::sample_result(1), testing::sr28_sample_catalogue(),
                                       testing::sample_fix_words);
    const auto lines = lines_of(text);
    EXPECT_THAT(lines[line_starting(lines, "Vitamin D")], HasSubstr("µg *"));
    EXPECT_THAT(lines[line_starting(lines, "Magnesium")], Not(HasSubstr("mg *")));
    // Edamame (100 g of the day's 1,485 g) has no SR28 vitamin D or B12.
    EXPECT_THAT(text, HasSubstr("vitamin D (7 %)"));
    EXPECT_THAT(text, HasSubstr("vitamin B12 (7 %)"));
}

TEST(TextReport, SaysWhereTheHeadlineNutrientsComeFrom) {
    const auto text = render_plan_text(testing::sample_result(1), testing::sr28_sample_catalogue(),
                                       testing::sample_fix_words);
    const auto lines = lines_of(text);
    const auto heading = line_starting(lines, "Where it comes from");
    ASSERT_LT(heading, lines.size());
    // Salmon gives 16.5 of the day's 19.4 µg of vitamin D: 85 %.
    EXPECT_THAT(text,
                HasSubstr("Vitamin D        Salmon, Atlantic, farmed 85 % · Milk, 1 % fat 15 %"));
}

TEST(TextReport, WaterIsExplainedBesideTheHeadlineGroups) {
    const auto text = render_plan_text(testing::sample_result(1), testing::sr28_sample_catalogue(),
                                       testing::sample_fix_words);
    const auto sources = text.substr(text.find("Where it comes from"));
    EXPECT_THAT(sources, HasSubstr("\n    Water            "));
    // Only the headline groups, water and caffeine by default: no potassium line.
    EXPECT_THAT(sources, Not(HasSubstr("\n    Potassium")));
}

TEST(TextReport, InDetailEveryNutrientWithAMinimumSaysWhereItComesFrom) {
    const PlanResult result = testing::sample_result(1);
    const Catalogue& catalogue = testing::sr28_sample_catalogue();
    PlanView view = plan_view(result, catalogue, testing::sample_fix_words);
    view.every_source = true;
    const auto text = render_plan_text(view);
    const auto sources = text.substr(text.find("Where it comes from"));
    const auto foods = result.plan.days.front();
    for (const auto& entry : all_nutrients()) {
        if (!result.targets[entry.nutrient].min) continue;
        const auto given =
            contributions(std::span<const PlanDay>(&foods, 1), entry.nutrient, catalogue);
        if (given.empty()) continue;
        // The nutrient's line names its largest source first.
        EXPECT_THAT(sources, HasSubstr(fmt::format("    {:<16} {}", info(entry.nutrient).label,
                                                   given.front().name)))
            << entry.key;
    }
}

TEST(TextReport, EndsWithTheOneLineDisclaimer) {
    const auto text = render_plan_text(testing::sample_result(1), testing::sr28_sample_catalogue(),
                                       testing::sample_fix_words);
    const auto lines = lines_of(text);
    ASSERT_FALSE(lines.empty());
    EXPECT_EQ(lines.back(),
              "mealplan plans food; it does not diagnose. Persistent or severe muscle twitching "
              "deserves a professional's look.");
}

TEST(TextReport, ShortfallIsStatedWithItsDiagnosis) {
    const auto text = render_plan_text(testing::sample_shortfall_result(),
                                       testing::sr28_sample_catalogue(), testing::sample_fix_words);
    EXPECT_THAT(text, HasSubstr("Status: SHORTFALL: 1 target cannot be met: vitamin D"));
    EXPECT_THAT(text, HasSubstr("Vitamin D: missing 6.0 µg a day (40 % of 15 µg)"));
    EXPECT_THAT(text, HasSubstr("blocked by: the vegan diet; excluded: mushrooms"));
    EXPECT_THAT(text, HasSubstr("smallest fix: allow fortified soy milk (16139)"));
    EXPECT_THAT(text, HasSubstr("or: take supplements (opens calcium)"));
}

TEST(TextReport, TheJointFixIsACommandLineToPaste) {
    PlanResult result = testing::sample_shortfall_result();
    result.fix->argv = {"mealplan", "day", "--exclude", "Soy milk, plain"};
    const auto text =
        render_plan_text(result, testing::sr28_sample_catalogue(), testing::sample_fix_words);
    EXPECT_THAT(text, HasSubstr("To meet every target, run (planned with it: every target is "
                                "met):\n  mealplan day --exclude 'Soy milk, plain'\n"));
    result.fix->verified = false;
    result.fix->opens = {Nutrient::SeleniumUg};
    EXPECT_THAT(
        render_plan_text(result, testing::sr28_sample_catalogue(), testing::sample_fix_words),
        HasSubstr("Closest fix found (planned with it: closes vitamin D; opens selenium):"));
}

TEST(TextReport, SaysSoWhenNoSingleChangeClosesTheGap) {
    PlanResult result = testing::sample_shortfall_result();
    result.diagnosis[0].fixes.clear();
    const auto text =
        render_plan_text(result, testing::sr28_sample_catalogue(), testing::sample_fix_words);
    EXPECT_THAT(text, HasSubstr("smallest fix: no single change closes it"));
    result.diagnosis[0].every_change_tried = false;
    EXPECT_THAT(
        render_plan_text(result, testing::sr28_sample_catalogue(), testing::sample_fix_words),
        Not(HasSubstr("smallest fix")));
}

TEST(TextReport, AWeekHasWeekdaysAndAWeekSummaryOfEveryNutrient) {
    const auto text = render_plan_text(testing::sample_result(7), testing::sr28_sample_catalogue(),
                                       testing::sample_fix_words);
    EXPECT_THAT(text, HasSubstr("Week plan · female, 34"));
    EXPECT_THAT(text, HasSubstr("weekly coverage"));
    EXPECT_THAT(text, HasSubstr("\nMonday\n"));
    EXPECT_THAT(text, HasSubstr("\nSunday\n"));
    EXPECT_THAT(text, HasSubstr("Week summary (average per day over 7 days)"));
    EXPECT_THAT(text, HasSubstr("(week average"));  // stored nutrients in weekly coverage
    const auto summary = text.substr(text.find("Week summary"));
    for (const auto* label : {"Magnesium", "Calcium", "Vitamin D", "Protein", "Sodium", "Folate"}) {
        EXPECT_THAT(summary, HasSubstr(label));
    }
}

TEST(TextReport, AResultWithoutAPlanStillPrintsItsDiagnosis) {
    PlanResult result = testing::sample_shortfall_result();
    result.plan.days.clear();
    result.status = PlanStatus::NoPlan;
    const auto text =
        render_plan_text(result, testing::sr28_sample_catalogue(), testing::sample_fix_words);
    EXPECT_THAT(text, HasSubstr("Status: no plan could be built"));
    EXPECT_THAT(text, HasSubstr("smallest fix: allow fortified soy milk (16139)"));
    EXPECT_THAT(text, HasSubstr("it does not diagnose"));
}

}  // namespace
}  // namespace mealplan

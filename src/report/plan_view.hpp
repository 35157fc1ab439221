#pragma once
// What a plan report shows, gathered once from a planner result: the detailed text, the
// terminal week, markdown, HTML and plan JSON all render from this view, so that a value
// is worked out in one place and a field added to the view reaches every form that shows
// it. Plain data; building it is a pure function of its inputs.

#include <optional>
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "plan/plan_result.hpp"
#include "plan/totals.hpp"
#include "report/coverage.hpp"
#include "report/report.hpp"
#include "shopping/shopping_list.hpp"

namespace mealplan {

/// One food of a meal as a person reads it.
struct ItemView {
    PlanItem item;        ///< as planned
    std::string name;     ///< the plan's name, else the catalogue's ("" when neither has one)
    std::string portion;  ///< the household measure ("½ cup"), "" when none fits
    std::string text;     ///< "Rolled oats ½ cup (40 g)": name (or id), measure, weight
    std::string grams;    ///< "40", "0.5": the weight as the text shows it, without "g"
};

struct MealView {
    PlanMeal meal;                ///< as planned
    std::string slot_title;       ///< "Breakfast"
    bool has_dish = false;        ///< false for a meal of sides only
    std::string dish_name;        ///< the dish's name (its id when it has none); "" without a dish
    std::string servings;         ///< "1½ servings"; "" without a dish
    std::string dish_text;        ///< "Overnight oats (1 serving)", or "sides"
    std::vector<ItemView> items;  ///< in the plan's order: the dish's ingredients, then sides
};

/// Where a nutrient comes from over some days: every food that gives it, largest first.
struct NutrientSources {
    Nutrient nutrient = Nutrient::MagnesiumMg;
    std::vector<FoodContribution> foods;
};

struct DayView {
    int day = 1;              ///< 1-based
    std::string title;        ///< "Monday" … "Sunday" for plans of two to seven days, "Day 12"
    std::string short_title;  ///< "Mon", "Day 12"
    std::vector<MealView> meals;
    std::vector<SupplementDose> supplements;  ///< the tablets taken that day
    NutrientTotals totals;                    ///< foods and supplements
    std::vector<CoverageRow> coverage;        ///< in report order (coverage_rows)
    /// For every nutrient of `coverage` (in its order) that some food of the day gives.
    std::vector<NutrientSources> sources;
};

/// A row of the coverage over the whole plan: the average day and the day that fares worst.
struct PlanRowView {
    CoverageRow average;
    /// Index into PlanView::days of the worst day: over its limit if any day is (the
    /// highest), else the lowest against its minimum, else the highest against its limit;
    /// for energy the day furthest from the target.
    std::size_t worst_day = 0;
    CoverageRow worst;  ///< that day's row
};

/// One shortfall or diagnosis, for people: a headline and its detail lines.
struct ShortfallText {
    std::string headline;  ///< "Vitamin D: missing 6.2 µg a day (41 % of 15 µg) on every day"
    std::vector<std::string> details;  ///< "blocked by: …", "smallest fix: …"
};

/// A diagnosis in words: what the planner found, with each fix already said in the front
/// end's words (plan JSON stores them so, and a saved plan is read back so).
struct DiagnosisWords {
    Nutrient nutrient = Nutrient::MagnesiumMg;
    double missing = 0.0;
    double missing_percent = 0.0;
    std::vector<std::string> blockers;
    /// Smallest first; the one line kNoSingleFix when every single change was tried and
    /// none closes the gap; empty when no change was tried.
    std::vector<std::string> fixes;
    /// What planning with each fix found, in the order of `fixes` (empty for the
    /// kNoSingleFix line, and for a diagnosis read back without them).
    std::vector<CheckedFix> checked;
};

struct PlanView {
    PlanResult result;         ///< what the view was built from
    std::string kind;          ///< "Week plan", "Day plan", "3-day plan"
    std::string details;       ///< header_details: profile, energy, filters, seed
    std::string status;        ///< status_text: "all targets met (gap 0.4 %, solved in 0.21 s)"
    bool targets_met = false;  ///< status Optimal or Feasible
    std::string changes;       ///< changes_text: empty unless the plan revises another
    std::vector<DayView> days;
    /// For plans of more than one day: the average day, row for row with each day's
    /// coverage, with its worst day; empty for a one-day plan.
    std::vector<PlanRowView> plan_rows;
    /// Weekly coverage over more than one day: each day's stored nutrients are shown with
    /// the week's average beside them.
    bool weekly = false;
    /// Over the whole plan, for every nutrient of the coverage rows (in their order) that
    /// some food gives.
    std::vector<NutrientSources> sources;
    /// Text and markdown say where every nutrient with a minimum comes from, each with all
    /// its foods (--detail); otherwise the headline groups, water and caffeine, top three.
    bool every_source = false;
    std::vector<DiagnosisWords> diagnosis;
    std::vector<ShortfallText> shortfalls;
    /// The food-safety rules of the person's life stage and what each did.
    std::vector<AppliedSafetyRule> safety;
    /// The plan's shopping list, when the report carries one.
    std::optional<ShoppingList> shopping_list;
};

/// Every fix of `result`'s diagnosis in `fix_words`, as plan JSON and the reports say them.
std::vector<DiagnosisWords> diagnosis_words(const PlanResult& result, const FixWords& fix_words);

/// The view of `result`, its foods looked up in `catalogue` (a food it lacks counts as
/// unknown), its diagnosis as `diagnosis` says it.
PlanView plan_view(const PlanResult& result, const Catalogue& catalogue,
                   std::vector<DiagnosisWords> diagnosis);

/// The same, with the diagnosis said in `fix_words`.
PlanView plan_view(const PlanResult& result, const Catalogue& catalogue, const FixWords& fix_words);

/// The foods of `sources` giving its nutrient, top `count`: "Pumpkin seeds 38 % · Almonds
/// 19 % · Black beans 15 %".
std::string top_sources_text(const NutrientSources& sources, std::size_t count);

/// What "where it comes from" explains, in report order: the headline groups, water and
/// caffeine; with `view.every_source` then every other nutrient with a minimum.
std::vector<Nutrient> explained_nutrients(const PlanView& view);

/// The foods of `sources` as "where it comes from" names them: the top three; with
/// `view.every_source` every food giving 1 % or more, then how many give less
/// ("… · 9 more under 1 %"), so that the line names every food that matters.
std::string sources_text(const NutrientSources& sources, const PlanView& view);

/// The sources of `nutrient` among `sources`, or nullptr when no food gives it.
const NutrientSources* sources_of(const std::vector<NutrientSources>& sources, Nutrient nutrient);

}  // namespace mealplan

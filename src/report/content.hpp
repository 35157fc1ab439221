#pragma once
// The pieces of a plan report shared by the text and markdown renderers: each says the
// same thing in both, only the layout differs.

#include <span>
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "plan/plan_result.hpp"
#include "report/coverage.hpp"
#include "report/report.hpp"

namespace mealplan::report_detail {

/// The day's nutrient totals as the plan gives them: its foods (day_totals) plus the
/// supplements taken that day, whose amounts count in full and whose weight does not.
NutrientTotals totals_of_day(const PlanResult& result, const PlanDay& day,
                             const Catalogue& catalogue);

/// The average day of the plan, supplements included.
NutrientTotals average_day_of(const PlanResult& result, const Catalogue& catalogue);

/// The supplements taken on day `day` (1-based).
std::vector<const SupplementDose*> supplements_of_day(const PlanResult& result, int day);

/// "rolled oats ½ cup (40 g)": the item's name, its household measure (the planner's, or
/// one derived from the catalogue portions) and its weight.
std::string item_text(const PlanItem& item, const Catalogue& catalogue);

/// The meal's dish line: "Overnight oats (1 serving)" or, for sides only, "sides".
std::string dish_text(const PlanMeal& meal);

/// The cells of one coverage row.
struct RowCells {
    std::string label;   ///< "Magnesium"
    std::string amount;  ///< "412 mg", with " *" when part of it rests on unknown values
    std::string target;  ///< "≥ 320", "≤ 2,300", "2,000 ± 10 %"
    std::string bar;     ///< ten cells, empty without a minimum
    std::string cover;   ///< "129 %", or "ok" / "OVER" for a limit only
    std::string note;    ///< "(UL 2,500 ok)", "(week average 104 %)" …
};

/// `week_average` (optional) is the row of the week's average day, added to stored
/// nutrients in weekly coverage.
RowCells row_cells(const CoverageRow& row, const CoverageRow* week_average = nullptr);

/// "Water from food 1.1 L of 2.7 L → drink about 7 glasses (250 ml)".
std::string water_text(const CoverageRow& water);

/// "Caffeine 95 mg ≤ 400 ok" without the label.
std::string caffeine_text(const CoverageRow& caffeine);

/// The footnote for rows resting on unknown values, or "" when none does.
std::string unknowns_note(std::span<const CoverageRow> rows);

/// For each headline nutrient: its label and "pumpkin seeds 38 % · almonds 19 % · …" (the
/// top three foods over `days`); nutrients nothing gives are left out.
std::vector<std::pair<std::string, std::string>> sources_lines(std::span<const PlanDay> days,
                                                               const Catalogue& catalogue);

/// "Breakfast", "Lunch" …: a slot's name as a title.
std::string slot_title(MealSlot slot);

/// One shortfall or diagnosis, for people: a headline and its detail lines.
struct ShortfallText {
    std::string headline;  ///< "Vitamin D: missing 6.2 µg a day (41 % of 15 µg) on every day"
    std::vector<std::string> details;  ///< "blocked by: …", "smallest fix: …"
};
std::vector<ShortfallText> shortfall_texts(const PlanResult& result, const FixWords& fix_words);

/// "no single change closes it": what a diagnosis says when it has no fix.
inline constexpr std::string_view kNoSingleFix = "no single change closes it";

/// How one form of the report for people (text, markdown) lays out its parts: the pattern
/// of each fixed line ("{}" for its values, in the order given) and the functions for the
/// parts with a layout of their own. Every form says the same things in the same order
/// (render_for_people).
struct PeopleLayout {
    std::string_view heading;                      ///< plan kind, header details, status
    std::string_view day_heading;                  ///< the day's title
    std::string_view supplement;                   ///< the tablet's name, through `escape`
    std::string_view day_sources;                  ///< heading of a day's "where it comes from"
    std::string_view week_sources;                 ///< heading of the week's
    std::string_view source_line;                  ///< nutrient label, its top foods
    std::string_view week_heading;                 ///< number of days
    std::string_view safety;                       ///< heading of the food-safety rules
    std::string_view shortfalls;                   ///< heading of the shortfalls
    std::string_view shortfall;                    ///< a shortfall's headline
    std::string_view shortfall_detail;             ///< one of its details
    std::string_view closing;                      ///< the disclaimer
    std::string (*escape)(std::string_view text);  ///< text made safe in this form
    void (*meals)(std::string& out, const PlanDay& day, const Catalogue& catalogue);
    /// `week_rows`, when given, is the week's average day, row for row.
    void (*coverage)(std::string& out, const std::vector<CoverageRow>& rows,
                     const std::vector<CoverageRow>* week_rows);
};

/// The report for people in `layout`: heading; each day (meals, supplements, coverage,
/// sources); for more than one day the week summary; the food-safety rules that applied,
/// each with what it did (as shortfall lines); shortfalls; the closing line.
std::string render_for_people(const PlanResult& result, const Catalogue& catalogue,
                              const FixWords& fix_words, const PeopleLayout& layout);

}  // namespace mealplan::report_detail

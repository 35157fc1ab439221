#pragma once
// The pieces of a plan report shared by the forms for people (text, the terminal week,
// markdown, HTML): each says the same thing in every form, only the layout differs.

#include <span>
#include <string>
#include <vector>

#include "plan/plan_result.hpp"
#include "report/coverage.hpp"
#include "report/plan_view.hpp"

namespace mealplan::report_detail {

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

/// "(UL 2,500 ok)", "(UL 350 counts supplements only)" …: what the row's upper limit says,
/// or "" when it has none worth a note.
std::string limit_note(const CoverageRow& row);

/// "Water from food 1.1 L of 2.7 L → drink about 7 glasses (250 ml)".
std::string water_text(const CoverageRow& water);

/// "Caffeine 95 mg ≤ 400 ok" without the label.
std::string caffeine_text(const CoverageRow& caffeine);

/// The footnote for rows resting on unknown values, or "" when none does.
std::string unknowns_note(std::span<const CoverageRow> rows);

/// "Breakfast", "Lunch" …: a slot's name as a title.
std::string slot_title(MealSlot slot);

/// The shortfalls of `result` and the diagnosis of each (as `diagnosis` words it), for
/// people; a diagnosis of no listed shortfall comes after them.
std::vector<ShortfallText> shortfall_texts(const PlanResult& result,
                                           const std::vector<DiagnosisWords>& diagnosis);

/// "no single change closes it": what a diagnosis says when it has no fix.
inline constexpr std::string_view kNoSingleFix = "no single change closes it";

/// How one form of the report for people (text, markdown) lays out its parts: the pattern
/// of each fixed line ("{}" for its values, in the order given) and the functions for the
/// parts with a layout of their own. Every form says the same things in the same order
/// (render_for_people).
struct PeopleLayout {
    std::string_view heading;                      ///< plan kind, header details, status
    std::string_view changes;                      ///< a revision's changed meals
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
    std::string_view joint_fix;                    ///< what the joint fix does, its command
    std::string_view closing;                      ///< the disclaimer
    std::string (*escape)(std::string_view text);  ///< text made safe in this form
    void (*meals)(std::string& out, const DayView& day);
    /// `week_rows`, when given, is the week's average day, row for row.
    void (*coverage)(std::string& out, const std::vector<CoverageRow>& rows,
                     const std::vector<CoverageRow>* week_rows);
};

/// The joint fix for people: whether planning with it met every target, and the command
/// line that applies it; "" when the front end gave it no command line.
std::string joint_fix_text(const CheckedFix& fix, const PeopleLayout& layout);

/// The report for people in `layout`: heading; each day (meals, supplements, coverage,
/// where the headline nutrients come from); for more than one day the week summary; the
/// food-safety rules that applied, each with what it did (as shortfall lines); shortfalls;
/// the joint fix; the closing line.
std::string render_for_people(const PlanView& view, const PeopleLayout& layout);

}  // namespace mealplan::report_detail

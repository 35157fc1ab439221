#pragma once
// Rendering a planner result for people (text, the terminal week, markdown, a
// self-contained HTML page) and programs (JSON, schema "mealplan.plan/1"). Pure functions
// of their inputs: no I/O, so the same result always renders to the same bytes.

#include <cstddef>
#include <functional>
#include <string>

#include "catalogue/catalogue.hpp"
#include "core/enum_names.hpp"
#include "plan/plan_result.hpp"

namespace mealplan {

enum class ReportFormat { Text, Markdown, Json, Html };
template <>
inline constexpr auto kEnumNames<ReportFormat> =
    make_enum_names<ReportFormat>({{ReportFormat::Text, "text"},
                                   {ReportFormat::Markdown, "markdown"},
                                   {ReportFormat::Json, "json"},
                                   {ReportFormat::Html, "html"}});

struct PlanView;  // report/plan_view.hpp

/// How text for a terminal is laid out.
struct TextOptions {
    /// Every day in full (render_plan_text); false: the week at a glance
    /// (render_plan_glance).
    bool detail = true;
    bool colour = false;      ///< ANSI colours in the week at a glance (a terminal's choice)
    std::size_t width = 100;  ///< columns the week at a glance fits in (at least 80; below
                              ///< 90 the coverage table drops its bars)
};

/// The plan for a person (docs/ARCHITECTURE.md, "Outputs"): header, status, each day's
/// meals in household units, the coverage table (headline groups first, then hydration
/// and caffeine, then the other DRI nutrients), where the headline nutrients come from, a
/// week summary for plans of more than one day, shortfalls with their diagnosis, and the
/// closing disclaimer.
std::string render_plan_text(const PlanView& view);

/// The week at a glance, for a terminal: the header and status, one line per meal (the
/// dish, its servings and sides), one coverage table for the whole plan (each nutrient's
/// average day against its target, with the worst day), where the headline nutrients
/// come from, the shortfalls and the closing line; lines fit `options.width` columns.
/// Colour only when `options.colour`.
std::string render_plan_glance(const PlanView& view, const TextOptions& options);

/// The same content as render_plan_text in markdown (a heading per day, tables).
std::string render_plan_markdown(const PlanView& view);

/// Plan JSON, schema "mealplan.plan/1": status, objective, gap, seconds, seed, coverage,
/// profile, filters, request (the request as given, to plan it again), targets, days (meals with
/// items {food_id, name, grams, portion, side}, supplements taken that day {id, name}, totals = Σ
/// grams/100 × value per 100 g plus the day's supplements, unknown_share per nutrient), shortfalls
/// (missing per day) and diagnosis {nutrient, missing, missing_percent, blockers, fixes (in words,
/// or the one line "no single change closes it")}. Pretty-printed, keys in a stable order.
std::string render_plan_json(const PlanView& view);

/// One self-contained HTML page (inline CSS and SVG, no external reference; a few lines
/// of script remember which items of the list are ticked):
/// the header and status in plain words, the plan as a grid of days and meals with
/// portions in household units, supplements, a coverage chart per nutrient per day
/// (headline groups, water and caffeine first; ticks for the minimum and the limit) with
/// where each nutrient comes from, the shortfalls and their diagnosis, the shopping list
/// by aisle with checkboxes and its cost when the view carries one, and the closing line.
/// Prints on A4 and Letter (the grid on one page, the list on one) and reads on a phone.
/// Every text from data or the user is escaped.
std::string render_plan_html(const PlanView& view);

/// The view in `format`; text is laid out by `text`. A shopping list in the view follows
/// the plan: after it in text and markdown, as the member "shopping_list" in JSON, as the
/// list section in HTML.
std::string render_plan(const PlanView& view, ReportFormat format, const TextOptions& text = {});

/// The words for one fix of the diagnosis of a shortfall of `nutrient`. A fix is a change
/// to the request, and only the front end that made the request knows how it is asked
/// for (the command line names its options), so the caller supplies the words and the
/// report places them.
using FixWords = std::function<std::string(const Fix& fix, Nutrient nutrient)>;

/// render_plan_text of the view of `result` (plan_view), each fix in `fix_words`.
std::string render_plan_text(const PlanResult& result, const Catalogue& catalogue,
                             const FixWords& fix_words);

/// render_plan_markdown of the view of `result`.
std::string render_plan_markdown(const PlanResult& result, const Catalogue& catalogue,
                                 const FixWords& fix_words);

/// render_plan_json of the view of `result`.
std::string render_plan_json(const PlanResult& result, const Catalogue& catalogue,
                             const FixWords& fix_words);

/// render_plan of the view of `result`, text in detail.
std::string render_plan(const PlanResult& result, const Catalogue& catalogue, ReportFormat format,
                        const FixWords& fix_words);

}  // namespace mealplan

#pragma once
// Rendering a planner result for people (text, markdown) and programs (JSON, schema
// "mealplan.plan/1"). Pure functions of their inputs: no I/O, so the same result always
// renders to the same bytes.

#include <functional>
#include <string>

#include "catalogue/catalogue.hpp"
#include "core/enum_names.hpp"
#include "plan/plan_result.hpp"

namespace mealplan {

enum class ReportFormat { Text, Markdown, Json };
template <>
inline constexpr auto kEnumNames<ReportFormat> =
    make_enum_names<ReportFormat>({{ReportFormat::Text, "text"},
                                   {ReportFormat::Markdown, "markdown"},
                                   {ReportFormat::Json, "json"}});

/// The words for one fix of the diagnosis of a shortfall of `nutrient`. A fix is a change
/// to the request, and only the front end that made the request knows how it is asked
/// for (the command line names its options), so the caller supplies the words and the
/// report places them.
using FixWords = std::function<std::string(const Fix& fix, Nutrient nutrient)>;

/// The plan for a person (docs/ARCHITECTURE.md, "Outputs"): header, status, each day's
/// meals in household units, the coverage table (headline groups first, then hydration
/// and caffeine, then the other DRI nutrients), where the headline nutrients come from, a
/// week summary for plans of more than one day, shortfalls with their diagnosis (each fix
/// in `fix_words`), and the closing disclaimer. Foods are looked up in `catalogue` by id;
/// a food it lacks counts as unknown.
std::string render_plan_text(const PlanResult& result, const Catalogue& catalogue,
                             const FixWords& fix_words);

/// The same content as markdown (a heading per day, tables), for printing.
std::string render_plan_markdown(const PlanResult& result, const Catalogue& catalogue,
                                 const FixWords& fix_words);

/// Plan JSON, schema "mealplan.plan/1": status, objective, gap, seconds, seed, coverage,
/// profile, filters, targets, days (meals with items {food_id, name, grams, portion,
/// side}, supplements taken that day {id, name}, totals = Σ grams/100 × value per 100 g
/// plus the day's supplements, unknown_share per nutrient), shortfalls (missing per day)
/// and diagnosis {nutrient, missing, missing_percent, blockers, fixes (in `fix_words`, or
/// the one line "no single change closes it")}. Pretty-printed, keys in a stable order.
std::string render_plan_json(const PlanResult& result, const Catalogue& catalogue,
                             const FixWords& fix_words);

/// One of the three, by format.
std::string render_plan(const PlanResult& result, const Catalogue& catalogue, ReportFormat format,
                        const FixWords& fix_words);

}  // namespace mealplan

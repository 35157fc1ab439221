#pragma once
// Rendering a planner result for people (text, markdown) and programs (JSON, schema
// "mealplan.plan/1"). Pure functions of their inputs: no I/O, so the same result always
// renders to the same bytes.

#include <optional>
#include <string>
#include <string_view>

#include "catalogue/catalogue.hpp"
#include "planner/plan_result.hpp"

namespace mealplan {

enum class ReportFormat { Text, Markdown, Json };

/// "text", "markdown" or "json".
std::optional<ReportFormat> report_format_from_string(std::string_view text);

/// The plan for a person (DESIGN §6): header, status, each day's meals in household units,
/// the coverage table (headline groups first, then hydration and caffeine, then the other
/// DRI nutrients), where the headline nutrients come from, a week summary for plans of
/// more than one day, shortfalls with their diagnosis, and the closing disclaimer.
/// Foods are looked up in `catalogue` by id; a food it lacks counts as unknown.
std::string render_plan_text(const PlanResult& result, const Catalogue& catalogue);

/// The same content as markdown (a heading per day, tables), for printing.
std::string render_plan_markdown(const PlanResult& result, const Catalogue& catalogue);

/// Plan JSON, schema "mealplan.plan/1": status, objective, gap, seconds, seed, coverage,
/// profile, filters, targets, days (meals with items {food_id, name, grams, portion,
/// side}, supplements taken that day {id, name}, totals = Σ grams/100 × value per 100 g
/// plus the day's supplements, unknown_share per nutrient),
/// shortfalls (missing per day) and diagnosis. Pretty-printed, keys in a stable order.
std::string render_plan_json(const PlanResult& result, const Catalogue& catalogue);

/// One of the three, by format.
std::string render_plan(const PlanResult& result, const Catalogue& catalogue, ReportFormat format);

}  // namespace mealplan

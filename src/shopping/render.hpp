#pragma once
// The shopping list as text for a terminal, Markdown with checkboxes, CSV for a
// spreadsheet or JSON (schema "mealplan.shopping/1") for programs.

#include <optional>
#include <string>
#include <string_view>

#include "core/enum_names.hpp"
#include "shopping/shopping_list.hpp"

namespace mealplan {

enum class ShoppingFormat { Text, Markdown, Csv, Json };
template <>
inline constexpr auto kEnumNames<ShoppingFormat> =
    make_enum_names<ShoppingFormat>({{ShoppingFormat::Text, "text"},
                                     {ShoppingFormat::Markdown, "markdown"},
                                     {ShoppingFormat::Csv, "csv"},
                                     {ShoppingFormat::Json, "json"}});

/// Units for the weights a person reads: grams and kilograms, or ounces and pounds.
enum class Units { Metric, Us };
template <>
inline constexpr auto kEnumNames<Units> = make_enum_names<Units>({{Units::Metric, "metric"},
                                                                  {Units::Us, "us"}});

inline constexpr std::string_view kShoppingSchema = "mealplan.shopping/1";

/// A weight for a reader: "420 g", "1.25 kg" (metric) or "5.3 oz", "2 lb 3 oz" (US).
std::string format_weight(double grams, Units units);

/// Renders the list. `units` applies to text and Markdown; CSV and JSON always carry
/// grams (one decimal) and US dollars (cents), for programs. Text and Markdown end with
/// the cost of what is bought and of what is eaten (for the days, a day, per person) and
/// the Thrifty Food Plan cost beside it, when known.
/// CSV: a header row, then one row per item to buy, quoted per RFC 4180.
/// JSON: {"schema", "people", "days", "items": [{"food_id", "item_id", "foods", "name",
///   "aisle", "perishable", "eaten_g", "plan_g", "needed_g", "pantry_g", "buy": {"kind",
///   "count", "package", "grams"}, "leftover_g", "cost_usd", "eaten_cost_usd",
///   "price_source"}], "pantry_covered": [same fields], "staples": [same fields],
///   "unknown_foods", "total_cost_usd" (what is bought), "eaten_cost_usd", "per_day" and
///   "per_person": {"total_cost_usd", "eaten_cost_usd"}, "prices_known", "item_count",
///   "price_year", "thrifty_food_plan": {"plan_revision", "month", "sex",
///   "age_from_years", "age_to_years", "weekly_usd_per_person", "cost_usd", "note"} or
///   null}; unknown values are null, item_count = the number of items to buy.
std::string render_shopping_list(const ShoppingList& list, ShoppingFormat format, Units units);

}  // namespace mealplan

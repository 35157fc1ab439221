#pragma once
// The shopping list as text for a terminal, Markdown with checkboxes, CSV for a
// spreadsheet or JSON (schema "mealplan.shopping/1") for programs.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/enum_names.hpp"
#include "shopping/shopping_list.hpp"

namespace mealplan {

enum class ShoppingFormat { Text, Markdown, Csv, Json, Html };
template <>
inline constexpr auto kEnumNames<ShoppingFormat> =
    make_enum_names<ShoppingFormat>({{ShoppingFormat::Text, "text"},
                                     {ShoppingFormat::Markdown, "markdown"},
                                     {ShoppingFormat::Csv, "csv"},
                                     {ShoppingFormat::Json, "json"},
                                     {ShoppingFormat::Html, "html"}});

/// Units for the weights a person reads: grams and kilograms, or ounces and pounds.
enum class Units { Metric, Us };
template <>
inline constexpr auto kEnumNames<Units> = make_enum_names<Units>({{Units::Metric, "metric"},
                                                                  {Units::Us, "us"}});

inline constexpr std::string_view kShoppingSchema = "mealplan.shopping/1";

/// A weight for a reader: "420 g", "1.25 kg" (metric) or "5.3 oz", "2 lb 3 oz" (US).
std::string format_weight(double grams, Units units);

/// "Shopping list · 7 days · 1 person".
std::string shopping_title(const ShoppingList& list);

/// An aisle as a heading: "Produce"; "Other" for an item without one.
std::string aisle_title(std::string aisle);

/// True when item `i` of the list is the first of its aisle (items come grouped by aisle).
bool starts_aisle(const ShoppingList& list, std::size_t i);

/// "$4.19".
std::string money_text(double usd);

/// "2 × 10 oz bag (567 g)", "4 medium (728 g)", "420 g": what to take from the shelf.
std::string buy_text(const Purchase& buy, Units units);

/// "need 420 g · 147 g left over · 100 g in pantry": what explains the quantity.
std::string detail_text(const ShoppingItem& item, Units units);

/// The cost of what is bought and of what is eaten (for the days, a day, per person,
/// with how many items are priced) and the Thrifty Food Plan cost beside it, when known;
/// one statement a line. "Estimated cost: unknown (…)" when no price is known.
std::string cost_summary(const ShoppingList& list);

/// The list as an HTML section (id "shopping"): a heading, then per aisle a checkbox per
/// item (data-food = its id) with what to buy and its cost where known, the foods the
/// pantry covers, and the cost summary. Every name is escaped. Styled by
/// kShoppingListStyle; kShoppingListScript remembers the ticked items on the device.
std::string shopping_list_section(const ShoppingList& list, Units units);

/// The CSS of shopping_list_section, for the page it is placed in (screen and print: the
/// list starts a page of its own).
extern const std::string_view kShoppingListStyle;

/// A few lines of script keeping which items are ticked (localStorage, per page title and
/// food), so a list ticked off in the shop survives a reload.
extern const std::string_view kShoppingListScript;

/// The list alone as a self-contained HTML page (core/html.hpp).
std::string render_shopping_html(const ShoppingList& list, Units units);

/// Renders the list. `units` applies to text, Markdown and HTML; CSV and JSON always carry
/// grams (one decimal) and US dollars (cents), for programs. Text, Markdown and HTML end
/// with cost_summary().
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

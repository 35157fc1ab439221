// The plan as plain text for a terminal (docs/ARCHITECTURE.md, "Outputs").

#include <fmt/format.h>

#include "core/utf8.hpp"
#include "report/content.hpp"
#include "report/format.hpp"
#include "report/report.hpp"

namespace mealplan {
namespace {

using namespace report_detail;

constexpr std::size_t kLineWidth = 100;
constexpr std::string_view kItemIndent = "               ";

// The foods of a dish, joined by " · " and wrapped under the dish line.
void append_items(std::string& out, const std::vector<std::string>& items) {
    std::string line;
    std::size_t width = 0;
    for (const auto& item : items) {
        const std::size_t item_width = display_width(item);
        if (!line.empty() && width + 3 + item_width > kLineWidth - kItemIndent.size()) {
            out += fmt::format("{}{}\n", kItemIndent, line);
            line.clear();
            width = 0;
        }
        if (!line.empty()) {
            line += " · ";
            width += 3;
        }
        line += item;
        width += item_width;
    }
    if (!line.empty()) out += fmt::format("{}{}\n", kItemIndent, line);
}

void append_meals(std::string& out, const DayView& day) {
    for (const MealView& meal : day.meals) {
        std::string line = meal.has_dish ? meal.dish_text : "";
        std::vector<std::string> ingredients;
        for (const ItemView& item : meal.items) {
            if (item.item.side) {
                line += (line.empty() ? "" : " + ") + item.text;
            } else {
                ingredients.push_back(item.text);
            }
        }
        out += fmt::format("  {:<10} {}\n", meal.slot_title, line);
        append_items(out, ingredients);
    }
}

void append_row(std::string& out, const RowCells& cells) {
    std::string line = fmt::format("  {:<18} {:>12}   {:<14} {:<10} {:>5}", cells.label,
                                   cells.amount, cells.target, cells.bar, cells.cover);
    if (!cells.note.empty()) line += "   " + cells.note;
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
}

// The coverage table: headline groups, water and caffeine lines, then the rest.
void append_coverage(std::string& out, const std::vector<CoverageRow>& rows,
                     const std::vector<CoverageRow>* week_rows) {
    out += fmt::format("  {:<18} {:>12}   {:<14} {}\n", "Nutrient", "Amount", "Target", "Cover");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const CoverageRow& row = rows[i];
        if (row.nutrient == Nutrient::WaterG) {
            out += fmt::format("  {:<18} {}\n", "Water from food", water_text(row));
        } else if (row.nutrient == Nutrient::CaffeineMg) {
            out += fmt::format("  {:<18} {}\n", "Caffeine", caffeine_text(row));
        } else {
            append_row(out, row_cells(row, week_rows != nullptr ? &(*week_rows)[i] : nullptr));
        }
    }
    const std::string note = unknowns_note(rows);
    if (!note.empty()) out += "  " + note + "\n";
}

/// Plain text needs no escaping.
std::string as_is(std::string_view text) {
    return std::string(text);
}

constexpr PeopleLayout kTextLayout{
    .heading = "{} · {}\nStatus: {}\n",
    .changes = "Changed: {}\n",
    .day_heading = "\n{}\n",
    .supplement = "  Supplement {}\n",
    .day_sources = "\n  Where it comes from\n",
    .week_sources = "\n  Where it comes from over the week\n",
    .source_line = "    {:<16} {}\n",
    .week_heading = "\nWeek summary (average per day over {} days)\n\n",
    .safety = "\nFood safety for this life stage\n",
    .shortfalls = "\nShortfalls\n",
    .shortfall = "  {}\n",
    .shortfall_detail = "    {}\n",
    .joint_fix = "\n{}:\n  {}\n",
    .closing = "\n{}\n",
    .escape = as_is,
    .meals = append_meals,
    .coverage = append_coverage,
};

}  // namespace

std::string render_plan_text(const PlanView& view) {
    return render_for_people(view, kTextLayout);
}

}  // namespace mealplan

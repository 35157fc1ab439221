// The plan as plain text for a terminal (DESIGN §6).

#include <fmt/format.h>

#include <optional>

#include "report/content.hpp"
#include "report/format.hpp"
#include "report/report.hpp"

namespace mealplan {
namespace {

using namespace report_detail;

constexpr std::size_t kLineWidth = 100;
constexpr std::string_view kItemIndent = "               ";

std::string slot_title(MealSlot slot) {
    std::string title(to_string(slot));
    title[0] = static_cast<char>(title[0] - 'a' + 'A');
    return title;
}

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

void append_meals(std::string& out, const PlanDay& day, const Catalogue& catalogue) {
    for (const auto& meal : day.meals) {
        std::vector<std::string> ingredients;
        std::vector<std::string> sides;
        for (const auto& item : meal.items) {
            (item.side ? sides : ingredients).push_back(item_text(item, catalogue));
        }
        const bool has_dish = !meal.dish.empty() || !meal.dish_id.empty();
        std::string line = has_dish ? dish_text(meal) : "";
        for (const auto& side : sides) line += (line.empty() ? "" : " + ") + side;
        out += fmt::format("  {:<10} {}\n", slot_title(meal.slot), line);
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

void append_sources(std::string& out, std::span<const PlanDay> days, const Catalogue& catalogue,
                    std::string_view title) {
    const auto lines = sources_lines(days, catalogue);
    if (lines.empty()) return;
    out += fmt::format("\n  {}\n", title);
    for (const auto& [label, foods] : lines) out += fmt::format("    {:<16} {}\n", label, foods);
}

}  // namespace

std::string render_plan_text(const PlanResult& result, const Catalogue& catalogue) {
    const auto& days = result.plan.days;
    std::string out = fmt::format("{} · {}\n", plan_kind(days.size()), header_details(result));
    out += fmt::format("Status: {}\n", status_text(result));

    std::optional<std::vector<CoverageRow>> week_rows;
    if (days.size() > 1) {
        week_rows = coverage_rows(average_day_of(result, catalogue), result.targets);
    }
    const bool weekly = week_rows && result.coverage == CoverageMode::Weekly;
    for (const auto& day : days) {
        out += fmt::format("\n{}\n", day_title(day.day, days.size()));
        append_meals(out, day, catalogue);
        for (const SupplementDose* dose : supplements_of_day(result, day.day)) {
            out += fmt::format("  {:<10} {}\n", "Supplement", dose->name);
        }
        out += "\n";
        append_coverage(out, coverage_rows(totals_of_day(result, day, catalogue), result.targets),
                        weekly ? &*week_rows : nullptr);
        append_sources(out, std::span<const PlanDay>(&day, 1), catalogue, "Where it comes from");
    }
    if (week_rows) {
        out += fmt::format("\nWeek summary (average per day over {} days)\n\n", days.size());
        append_coverage(out, *week_rows, nullptr);
        append_sources(out, days, catalogue, "Where it comes from over the week");
    }
    const auto shortfalls = shortfall_texts(result);
    if (!shortfalls.empty()) {
        out += "\nShortfalls\n";
        for (const auto& shortfall : shortfalls) {
            out += fmt::format("  {}\n", shortfall.headline);
            for (const auto& detail : shortfall.details) out += fmt::format("    {}\n", detail);
        }
    }
    out += fmt::format("\n{}\n", kDisclaimer);
    return out;
}

}  // namespace mealplan

// The plan as markdown, for printing: the text report's content with headings and tables.

#include <fmt/format.h>

#include <optional>

#include "report/content.hpp"
#include "report/format.hpp"
#include "report/report.hpp"

namespace mealplan {
namespace {

using namespace report_detail;

// Table cells must not break the row.
std::string cell(std::string text) {
    std::string escaped;
    for (const char c : text) {
        if (c == '|') escaped += '\\';
        escaped += c;
    }
    return escaped;
}

std::string slot_title(MealSlot slot) {
    std::string title(to_string(slot));
    title[0] = static_cast<char>(title[0] - 'a' + 'A');
    return title;
}

void append_meals(std::string& out, const PlanDay& day, const Catalogue& catalogue) {
    out += "| Meal | Dish | Foods |\n|---|---|---|\n";
    for (const auto& meal : day.meals) {
        std::vector<std::string> ingredients;
        std::vector<std::string> sides;
        for (const auto& item : meal.items) {
            (item.side ? sides : ingredients).push_back(item_text(item, catalogue));
        }
        std::string foods = fmt::format("{}", fmt::join(ingredients, " · "));
        for (const auto& side : sides) foods += (foods.empty() ? "" : " + ") + side;
        out += fmt::format("| {} | {} | {} |\n", slot_title(meal.slot), cell(dish_text(meal)),
                           cell(foods));
    }
}

void append_coverage(std::string& out, const std::vector<CoverageRow>& rows,
                     const std::vector<CoverageRow>* week_rows) {
    out += "| Nutrient | Amount | Target | Cover | Limit |\n|---|--:|---|---|---|\n";
    std::string extra_lines;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const CoverageRow& row = rows[i];
        if (row.nutrient == Nutrient::WaterG) {
            extra_lines += fmt::format("- **Water from food:** {}\n", water_text(row));
            continue;
        }
        if (row.nutrient == Nutrient::CaffeineMg) {
            extra_lines += fmt::format("- **Caffeine:** {}\n", caffeine_text(row));
            continue;
        }
        const RowCells cells = row_cells(row, week_rows != nullptr ? &(*week_rows)[i] : nullptr);
        out += fmt::format("| {} | {} | {} | {} {} | {} |\n", cell(cells.label), cell(cells.amount),
                           cell(cells.target), cells.bar, cell(cells.cover), cell(cells.note));
    }
    out += "\n" + extra_lines;
    const std::string note = unknowns_note(rows);
    if (!note.empty()) out += "\n" + note + "\n";
}

void append_sources(std::string& out, std::span<const PlanDay> days, const Catalogue& catalogue,
                    std::string_view heading) {
    const auto lines = sources_lines(days, catalogue);
    if (lines.empty()) return;
    out += fmt::format("\n{}\n\n", heading);
    for (const auto& [label, foods] : lines) out += fmt::format("- **{}:** {}\n", label, foods);
}

}  // namespace

std::string render_plan_markdown(const PlanResult& result, const Catalogue& catalogue) {
    const auto& days = result.plan.days;
    std::string out = fmt::format("# {}\n\n{}\n\n**Status:** {}\n", plan_kind(days.size()),
                                  header_details(result), status_text(result));
    std::optional<std::vector<CoverageRow>> week_rows;
    if (days.size() > 1) {
        week_rows = coverage_rows(average_day_of(result, catalogue), result.targets);
    }
    const bool weekly = week_rows && result.coverage == CoverageMode::Weekly;
    for (const auto& day : days) {
        out += fmt::format("\n## {}\n\n", day_title(day.day, days.size()));
        append_meals(out, day, catalogue);
        for (const SupplementDose* dose : supplements_of_day(result, day.day)) {
            out += fmt::format("| Supplement | {} | |\n", cell(dose->name));
        }
        out += "\n";
        append_coverage(out, coverage_rows(totals_of_day(result, day, catalogue), result.targets),
                        weekly ? &*week_rows : nullptr);
        append_sources(out, std::span<const PlanDay>(&day, 1), catalogue,
                       "### Where it comes from");
    }
    if (week_rows) {
        out += fmt::format("\n## Week summary (average per day over {} days)\n\n", days.size());
        append_coverage(out, *week_rows, nullptr);
        append_sources(out, days, catalogue, "### Where it comes from over the week");
    }
    const auto shortfalls = shortfall_texts(result);
    if (!shortfalls.empty()) {
        out += "\n## Shortfalls\n\n";
        for (const auto& shortfall : shortfalls) {
            out += fmt::format("- **{}**\n", shortfall.headline);
            for (const auto& detail : shortfall.details) out += fmt::format("  - {}\n", detail);
        }
    }
    out += fmt::format("\n---\n\n*{}*\n", kDisclaimer);
    return out;
}

}  // namespace mealplan

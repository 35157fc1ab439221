// The plan as markdown, for printing: the text report's content with headings and tables.

#include <fmt/format.h>

#include "report/content.hpp"
#include "report/format.hpp"
#include "report/report.hpp"

namespace mealplan {
namespace {

using namespace report_detail;

// Table cells must not break the row.
std::string cell(std::string_view text) {
    std::string escaped;
    for (const char c : text) {
        if (c == '|') escaped += '\\';
        escaped += c;
    }
    return escaped;
}

void append_meals(std::string& out, const DayView& day) {
    out += "| Meal | Dish | Foods |\n|---|---|---|\n";
    for (const MealView& meal : day.meals) {
        std::vector<std::string> ingredients;
        std::vector<std::string> sides;
        for (const ItemView& item : meal.items) {
            (item.item.side ? sides : ingredients).push_back(item.text);
        }
        std::string foods = fmt::format("{}", fmt::join(ingredients, " · "));
        for (const auto& side : sides) foods += (foods.empty() ? "" : " + ") + side;
        out +=
            fmt::format("| {} | {} | {} |\n", meal.slot_title, cell(meal.dish_text), cell(foods));
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

constexpr PeopleLayout kMarkdownLayout{
    .heading = "# {}\n\n{}\n\n**Status:** {}\n",
    .changes = "\n**Changed:** {}\n",
    .day_heading = "\n## {}\n\n",
    .supplement = "| Supplement | {} | |\n",
    .day_sources = "\n### Where it comes from\n\n",
    .week_sources = "\n### Where it comes from over the week\n\n",
    .source_line = "- **{}:** {}\n",
    .week_heading = "\n## Week summary (average per day over {} days)\n\n",
    .safety = "\n## Food safety for this life stage\n\n",
    .shortfalls = "\n## Shortfalls\n\n",
    .shortfall = "- **{}**\n",
    .shortfall_detail = "  - {}\n",
    .joint_fix = "\n**{}:**\n\n```sh\n{}\n```\n",
    .closing = "\n---\n\n*{}*\n",
    .escape = cell,
    .meals = append_meals,
    .coverage = append_coverage,
};

}  // namespace

std::string render_plan_markdown(const PlanView& view) {
    return render_for_people(view, kMarkdownLayout);
}

}  // namespace mealplan

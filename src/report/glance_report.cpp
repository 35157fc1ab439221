// The week at a glance for a terminal: what to cook each day in one line per meal, and
// one coverage table for the whole plan, so that a week fits a screen (the detailed text,
// text_report.cpp, shows every day in full).

#include <fmt/format.h>

#include <algorithm>

#include "core/utf8.hpp"
#include "report/content.hpp"
#include "report/format.hpp"
#include "report/plan_view.hpp"
#include "report/report.hpp"

namespace mealplan {
namespace {

using namespace report_detail;

/// The narrowest layout the coverage table still reads in (without its bars).
constexpr std::size_t kMinWidth = 80;

/// The coverage table's width with its bars; narrower terminals get it without them.
constexpr std::size_t kTableWidthWithBars = 90;

/// ANSI colours (SGR), used only when the caller asks for them.
class Paint {
  public:
    explicit Paint(bool on) : on_(on) {}
    std::string bold(std::string_view text) const { return wrap("1", text); }
    std::string good(std::string_view text) const { return wrap("32", text); }
    std::string warn(std::string_view text) const { return wrap("33", text); }
    std::string bad(std::string_view text) const { return wrap("1;31", text); }
    std::string dim(std::string_view text) const { return wrap("2", text); }

  private:
    std::string wrap(std::string_view code, std::string_view text) const {
        if (!on_ || text.empty()) return std::string(text);
        return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
    }
    bool on_;
};

/// `text` in lines of at most `width` columns, broken at spaces; the first line keeps the
/// text's leading spaces, lines after it start with `indent`.
std::vector<std::string> wrapped(std::string_view text, std::size_t width,
                                 std::string_view indent) {
    std::vector<std::string> lines;
    const std::size_t lead = std::min(text.find_first_not_of(' '), text.size());
    std::string line(text.substr(0, lead));
    std::size_t start = lead;
    bool line_has_word = false;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view word = text.substr(start, end - start);
        start = end + 1;
        if (word.empty()) continue;
        if (line_has_word && display_width(line) + 1 + display_width(word) > width) {
            lines.push_back(line);
            line = std::string(indent);
        } else if (line_has_word) {
            line += ' ';
        }
        line += word;
        line_has_word = true;
    }
    if (line_has_word) lines.push_back(line);
    return lines;
}

void append_wrapped(std::string& out, std::string_view text, std::size_t width,
                    std::string_view indent) {
    for (const auto& line : wrapped(text, width, indent)) out += line + "\n";
}

/// "Shakshuka with pita (1 serving) + Soy milk 1 cup": the dish and its sides by name and
/// household measure (their weights and the dish's ingredients are in the detailed view).
std::string meal_line(const MealView& meal) {
    std::string line = meal.has_dish ? meal.dish_text : "";
    for (const ItemView& item : meal.items) {
        if (!item.item.side) continue;
        const std::string name = item.name.empty() ? item.item.food_id : item.name;
        const std::string side = item.portion.empty() ? fmt::format("{} {} g", name, item.grams)
                                                      : fmt::format("{} {}", name, item.portion);
        line += (line.empty() ? "" : " + ") + side;
    }
    return line;
}

constexpr std::size_t kDayColumn = 10;   // "Wednesday "
constexpr std::size_t kSlotColumn = 11;  // "Breakfast  "

void append_days(std::string& out, const PlanView& view, std::size_t width, const Paint& paint) {
    const std::size_t text_width = width - kDayColumn - kSlotColumn;
    for (const DayView& day : view.days) {
        out += "\n";
        bool first = true;
        for (const MealView& meal : day.meals) {
            const std::string day_cell = first ? truncated_to_width(day.title, kDayColumn - 1) : "";
            out += paint.bold(padded_to_width(day_cell, kDayColumn));
            out += padded_to_width(meal.slot_title, kSlotColumn);
            out += truncated_to_width(meal_line(meal), text_width) + "\n";
            first = false;
        }
        for (const SupplementDose& dose : day.supplements) {
            out += std::string(kDayColumn, ' ') + padded_to_width("Tablet", kSlotColumn) +
                   truncated_to_width(dose.name, text_width) + "\n";
        }
    }
}

/// The cover cell painted by how the row fares: short of its minimum or over its limit.
std::string painted_cover(const CoverageRow& row, const std::string& cover, const Paint& paint) {
    if (row.limit == LimitStatus::Over || row.limit == LimitStatus::AddedFormsOver) {
        return paint.bad(cover);
    }
    if (row.nutrient == Nutrient::EnergyKcal) return cover;
    if (const auto percent = row.percent()) {
        return *percent + 1e-9 >= 100.0 ? paint.good(cover) : paint.warn(cover);
    }
    return cover;
}

constexpr std::size_t kLabelColumn = 17;
constexpr std::size_t kAmountColumn = 11;
constexpr std::size_t kTargetColumn = 13;

/// `text` after spaces up to `columns` columns.
std::string right_aligned(const std::string& text, std::size_t columns) {
    const std::size_t used = display_width(text);
    return used < columns ? std::string(columns - used, ' ') + text : text;
}

std::string table_row(const PlanRowView& row, const DayView& worst_day, bool bars,
                      const Paint& paint) {
    const RowCells average = row_cells(row.average);
    const RowCells worst = row_cells(row.worst);
    std::string line = "  " + padded_to_width(average.label, kLabelColumn);
    line += right_aligned(average.amount, kAmountColumn);
    line += "   " + padded_to_width(average.target, kTargetColumn);
    line += bars ? " " + padded_to_width(average.bar, 10) + " " : " ";
    line += painted_cover(row.average, right_aligned(average.cover, 5), paint);
    const std::string worst_amount = right_aligned(worst.amount, kAmountColumn);
    line += "   " + padded_to_width(worst_day.short_title, 7) + worst_amount + " " +
            painted_cover(row.worst, right_aligned(worst.cover, 5), paint);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    return line;
}

/// Water and caffeine say what they mean in words: how much to drink, whether the limit
/// holds; the worst day follows.
std::string worded_row(const PlanRowView& row, const DayView& worst_day) {
    const bool water = row.average.nutrient == Nutrient::WaterG;
    const std::string label = water ? "Water from food" : "Caffeine";
    const std::string average = water ? water_text(row.average) : caffeine_text(row.average);
    const std::string worst = water ? fmt::format("{:.1f} L", row.worst.amount / 1000.0)
                                    : amount_text(Nutrient::CaffeineMg, row.worst.amount);
    return fmt::format("  {}{} · {} {}: {}", padded_to_width(label, kLabelColumn), average,
                       water ? "least on" : "most on", worst_day.short_title, worst);
}

/// "Upper limits: held on every day" or the rows over theirs, with the day.
std::string limits_line(const PlanView& view, const Paint& paint) {
    std::vector<std::string> over;
    for (const PlanRowView& row : view.plan_rows) {
        const CoverageRow& worst = row.worst;
        if (worst.nutrient == Nutrient::EnergyKcal) continue;
        if (worst.limit != LimitStatus::Over && worst.limit != LimitStatus::AddedFormsOver) {
            continue;
        }
        over.push_back(fmt::format("{} on {} ({})", lower_label(worst.nutrient),
                                   view.days[row.worst_day].short_title,
                                   amount_text(worst.nutrient, worst.limited_amount)));
    }
    if (over.empty()) return "Upper limits: held on every day";
    std::string names;
    for (const auto& entry : over) names += (names.empty() ? "" : ", ") + entry;
    return paint.bad("Upper limits: OVER") + " for " + names;
}

void append_coverage(std::string& out, const PlanView& view, std::size_t width,
                     const Paint& paint) {
    const bool bars = width >= kTableWidthWithBars;
    out += fmt::format("\nCoverage: the average day over {} days, and the worst day\n\n",
                       view.days.size());
    std::string heading =
        "  " + padded_to_width("Nutrient", kLabelColumn) + right_aligned("Average", kAmountColumn) +
        "   " + padded_to_width("Target", kTargetColumn) + " " +
        padded_to_width("Cover", bars ? 16 : 5) + "   " + padded_to_width("Worst day", 7);
    while (!heading.empty() && heading.back() == ' ') heading.pop_back();
    out += paint.dim(heading) + "\n";
    std::vector<CoverageRow> averages;
    for (const PlanRowView& row : view.plan_rows) {
        const DayView& worst_day = view.days[row.worst_day];
        const Nutrient nutrient = row.average.nutrient;
        const bool worded = nutrient == Nutrient::WaterG || nutrient == Nutrient::CaffeineMg;
        const std::string line =
            worded ? worded_row(row, worst_day) : table_row(row, worst_day, bars, paint);
        out += worded ? truncated_to_width(line, width) : line;
        out += "\n";
        averages.push_back(row.average);
    }
    const std::string unknowns = unknowns_note(averages);
    if (!unknowns.empty()) append_wrapped(out, "  " + unknowns, width, "    ");
    if (view.weekly) {
        append_wrapped(out,
                       "  Vitamin D, vitamin B12, vitamin A and folate are held to a weekly "
                       "average, with a daily floor.",
                       width, "    ");
    }
    out += "  " + limits_line(view, paint) + "\n";
}

void append_sources(std::string& out, const PlanView& view, std::size_t width) {
    std::string lines;
    for (const Nutrient nutrient : explained_nutrients(view)) {
        const NutrientSources* sources = sources_of(view.sources, nutrient);
        if (sources == nullptr) continue;
        lines += truncated_to_width(
                     fmt::format("  {:<15} {}", info(nutrient).label, sources_text(*sources, view)),
                     width) +
                 "\n";
    }
    if (!lines.empty()) out += "\nWhere it comes from\n" + lines;
}

}  // namespace

std::string render_plan_glance(const PlanView& view, const TextOptions& options) {
    const std::size_t width = std::max(options.width, kMinWidth);
    const Paint paint(options.colour);
    std::string out;
    append_wrapped(out, fmt::format("{} · {}", view.kind, view.details), width, "  ");
    const std::string status = "Status: " + view.status;
    for (const auto& line : wrapped(status, width, "  ")) {
        out += (view.targets_met ? paint.good(line) : paint.bad(line)) + "\n";
    }
    if (!view.changes.empty()) append_wrapped(out, "Changed: " + view.changes, width, "  ");
    append_days(out, view, width, paint);
    if (view.plan_rows.empty()) {
        // A one-day plan: its own rows, with itself as the worst day.
        PlanView one_day = view;
        for (const CoverageRow& row :
             view.days.empty() ? std::vector<CoverageRow>{} : view.days.front().coverage) {
            one_day.plan_rows.push_back({row, 0, row});
        }
        if (!one_day.plan_rows.empty()) append_coverage(out, one_day, width, paint);
    } else {
        append_coverage(out, view, width, paint);
    }
    append_sources(out, view, width);
    if (!view.shortfalls.empty()) {
        out += "\n" + paint.bad("Shortfalls") + "\n";
        for (const auto& shortfall : view.shortfalls) {
            append_wrapped(out, "  " + shortfall.headline, width, "    ");
            for (const auto& detail : shortfall.details) {
                append_wrapped(out, "    " + detail, width, "      ");
            }
        }
    }
    out += "\n";
    append_wrapped(out, kDisclaimer, width, "");
    out += paint.dim("Every day in full: --detail") + "\n";
    return out;
}

}  // namespace mealplan

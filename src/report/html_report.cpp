// The plan as one self-contained HTML page: the week as a grid, a chart per nutrient with
// a bar per day, where each nutrient comes from, the shortfalls and the shopping list with
// checkboxes. Everything is inline (CSS, SVG and a few lines of script that remember the
// ticked items), so the file opens anywhere without a network; every text that comes from
// data or the user passes through html_escaped().

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "core/html.hpp"
#include "report/content.hpp"
#include "report/format.hpp"
#include "report/plan_view.hpp"
#include "report/report.hpp"
#include "shopping/render.hpp"

namespace mealplan {
namespace {

using namespace report_detail;

constexpr std::string_view kStyle = R"css(
.details { color: var(--muted); }
.status { font-weight: 600; padding: .4rem .6rem; border-radius: .3rem; background: var(--band); }
.status.met { color: var(--ok); }
.status.short { color: var(--over); }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; }
.grid th, .grid td { border: 1px solid var(--line); padding: .3rem .4rem; vertical-align: top;
                     text-align: left; }
.grid thead th { background: var(--band); }
.grid thead th:first-child { width: 7.5rem; }
.grid tbody th { background: var(--band); }
.grid .dish { font-weight: 600; }
.grid .servings, .grid .tablet { color: var(--muted); }
.grid ul { margin: .2rem 0 0; padding-left: 1rem; font-size: .85em; }
.grid li.side { list-style: "+ "; }
.legend { color: var(--muted); font-size: .85em; }
.legend svg { vertical-align: middle; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr));
          gap: .6rem 1rem; }
figure.nutrient { margin: 0; padding: .4rem .5rem; border: 1px solid var(--line);
                  border-radius: .3rem; break-inside: avoid; }
figure.nutrient figcaption { font-size: .9em; }
figure.nutrient .label { font-weight: 600; }
figure.nutrient .sources { color: var(--muted); font-size: .8em; margin-top: .2rem; }
figure.nutrient svg { width: 100%; height: auto; display: block; }
svg text { font: 9px system-ui, sans-serif; fill: var(--muted); }
svg .met { fill: var(--ok); }
svg .short { fill: var(--short); }
svg .over { fill: var(--over); }
svg .plain { fill: var(--bar); }
svg .min { stroke: var(--ink); stroke-width: 1.5; }
svg .limit { stroke: var(--over); stroke-width: 1.5; stroke-dasharray: 3 2; }
.shortfalls li { margin-bottom: .3rem; }
.shortfalls .detail { color: var(--muted); }
footer { margin-top: 1.5rem; color: var(--muted); font-size: .85em; }
@media (max-width: 40rem) {
  .grid thead { display: none; }
  .grid, .grid tbody, .grid tr, .grid th, .grid td { display: block; width: 100%; }
  .grid tr { margin-bottom: .6rem; }
  .grid tbody th { width: 100%; }
  .grid td::before { content: attr(data-slot); display: block; font-size: .8em;
                     color: var(--muted); text-transform: uppercase; }
  .charts { grid-template-columns: 1fr; }
}
@media print {
  .grid { line-height: 1.25; }
  .grid th, .grid td { padding: .1rem .25rem; }
  .grid thead th:first-child { width: 5.5rem; }
  .grid .dish { display: block; }
  /* The week on one sheet: each meal by its dish, servings and sides; the ingredients
     are on screen and in the detailed text. */
  .grid ul { margin: 0; padding-left: .8rem; font-size: .8em; }
  .grid li:not(.side) { display: none; }
  #week { break-after: page; }
  #coverage .charts { grid-template-columns: repeat(3, 1fr); gap: .3rem; }
  figure.nutrient { padding: .2rem .3rem; }
  #shopping { break-before: page; }
  .status { background: none; padding: 0; }
}
)css";

/// The slots the plan uses, in the order of the day.
std::vector<MealSlot> slots_of(const PlanView& view) {
    std::vector<MealSlot> slots;
    for (const DayView& day : view.days) {
        for (const MealView& meal : day.meals) {
            if (std::find(slots.begin(), slots.end(), meal.meal.slot) == slots.end()) {
                slots.push_back(meal.meal.slot);
            }
        }
    }
    std::sort(slots.begin(), slots.end());
    return slots;
}

std::string meal_cell(const MealView& meal) {
    std::string cell;
    if (meal.has_dish) {
        cell += fmt::format("<span class=\"dish\">{}</span> <span class=\"servings\">{}</span>",
                            html_escaped(meal.dish_name), html_escaped(meal.servings));
    }
    cell += "<ul>";
    for (const ItemView& item : meal.items) {
        cell += fmt::format("<li{}>{}</li>", item.item.side ? " class=\"side\"" : "",
                            html_escaped(item.text));
    }
    return cell + "</ul>";
}

std::string week_grid(const PlanView& view) {
    const std::vector<MealSlot> slots = slots_of(view);
    const bool tablets = std::any_of(view.days.begin(), view.days.end(),
                                     [](const DayView& day) { return !day.supplements.empty(); });
    std::string out = "<section id=\"week\">\n<h2>The meals</h2>\n<table class=\"grid\">\n";
    out += "<thead><tr><th>Day</th>";
    for (const MealSlot slot : slots) out += fmt::format("<th>{}</th>", slot_title(slot));
    if (tablets) out += "<th>Supplements</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const DayView& day : view.days) {
        out += fmt::format("<tr class=\"day\" data-day=\"{}\"><th scope=\"row\">{}</th>", day.day,
                           html_escaped(day.title));
        for (const MealSlot slot : slots) {
            const auto meal = std::find_if(day.meals.begin(), day.meals.end(),
                                           [&](const MealView& m) { return m.meal.slot == slot; });
            out += fmt::format("<td data-slot=\"{}\">{}</td>", slot_title(slot),
                               meal == day.meals.end() ? "" : meal_cell(*meal));
        }
        if (tablets) {
            out += "<td data-slot=\"Supplements\">";
            for (const SupplementDose& dose : day.supplements) {
                out += fmt::format("<div class=\"tablet\">{}</div>", html_escaped(dose.name));
            }
            out += "</td>";
        }
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n</section>\n";
}

/// How a day's row fares, as the class of its bar.
std::string_view fares(const CoverageRow& row) {
    if (row.limit == LimitStatus::Over || row.limit == LimitStatus::AddedFormsOver) return "over";
    // Water from food is meant to fall short of the total: the rest is drunk.
    if (row.nutrient == Nutrient::EnergyKcal || row.nutrient == Nutrient::WaterG || !row.min) {
        return "plain";
    }
    const auto percent = row.percent();
    return percent && *percent + 1e-9 >= 100.0 ? "met" : "short";
}

constexpr double kChartWidth = 320.0;
constexpr double kLabelWidth = 34.0;
constexpr double kValueWidth = 58.0;
constexpr double kBarPitch = 13.0;
constexpr double kBarHeight = 9.0;

/// A limit further than this many times the minimum and every day's amount is left off a
/// chart that has a minimum: drawn to scale, it would squeeze the bars the minimum is read
/// against into a few pixels (vitamin B6: 1.3 mg against a UL of 100 mg). The caption still
/// gives the limit.
constexpr double kLimitReach = 3.0;

/// A bar per day of the row at index `r` of each day's coverage, with a tick at the
/// minimum and a dashed tick at the limit that applies to food (when it is within reach).
std::string day_chart(const PlanView& view, std::size_t r) {
    const CoverageRow& first = view.days.front().coverage[r];
    double reach = first.min.value_or(0.0);
    for (const DayView& day : view.days) reach = std::max(reach, day.coverage[r].amount);
    const bool limit_drawn = first.max && first.limit != LimitStatus::NotFromFood &&
                             (!first.min || *first.max <= kLimitReach * reach);
    double scale = limit_drawn ? std::max(reach, *first.max) : reach;
    scale = scale > 0.0 ? scale * 1.05 : 1.0;
    const double span = kChartWidth - kLabelWidth - kValueWidth;
    const auto x = [&](double amount) { return kLabelWidth + amount / scale * span; };
    const double height = kBarPitch * static_cast<double>(view.days.size()) + 2.0;
    std::string svg =
        fmt::format("<svg viewBox=\"0 0 {:.0f} {:.0f}\" role=\"img\" aria-label=\"{} by day\">",
                    kChartWidth, height, html_escaped(info(first.nutrient).label));
    for (std::size_t d = 0; d < view.days.size(); ++d) {
        const CoverageRow& row = view.days[d].coverage[r];
        const double y = kBarPitch * static_cast<double>(d) + 2.0;
        svg += fmt::format(
            "<text x=\"0\" y=\"{:.1f}\">{}</text><rect class=\"{}\" x=\"{:.1f}\" y=\"{:.1f}\" "
            "width=\"{:.1f}\" height=\"{:.0f}\"><title>{}: {}</title></rect>"
            "<text x=\"{:.1f}\" y=\"{:.1f}\">{}</text>",
            y + kBarHeight - 1.0, html_escaped(view.days[d].short_title), fares(row), kLabelWidth,
            y, std::max(0.0, x(row.amount) - kLabelWidth), kBarHeight,
            html_escaped(view.days[d].title), amount_text(row.nutrient, row.amount),
            kChartWidth - kValueWidth + 3.0, y + kBarHeight - 1.0,
            amount_text(row.nutrient, row.amount));
    }
    if (first.min) {
        svg += fmt::format(
            "<line class=\"min\" x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"0\" "
            "y2=\"{1:.0f}\"><title>minimum {2}</title></line>",
            x(*first.min), height, amount_text(first.nutrient, *first.min));
    }
    if (limit_drawn) {
        svg += fmt::format(
            "<line class=\"limit\" x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"0\" "
            "y2=\"{1:.0f}\"><title>upper limit {2}</title></line>",
            x(*first.max), height, amount_text(first.nutrient, *first.max));
    }
    return svg + "</svg>";
}

/// "412 mg a day on average, ≥ 350 mg (118 %) · UL 2,500 ok": the caption of a chart.
std::string chart_caption(const CoverageRow& average) {
    if (average.nutrient == Nutrient::WaterG) return water_text(average);
    if (average.nutrient == Nutrient::CaffeineMg) return caffeine_text(average);
    const RowCells cells = row_cells(average);
    std::string caption = cells.amount + " a day";
    if (!cells.target.empty()) caption += " · target " + cells.target;
    if (!cells.cover.empty()) caption += " · " + cells.cover;
    if (!cells.note.empty()) caption += " " + cells.note;
    return caption;
}

std::string nutrient_figure(const PlanView& view, std::size_t r, const CoverageRow& average) {
    const Nutrient nutrient = average.nutrient;
    std::string out = fmt::format(
        "<figure class=\"nutrient\" data-nutrient=\"{}\"><figcaption><span class=\"label\">{}"
        "</span> {}</figcaption>",
        info(nutrient).key, html_escaped(info(nutrient).label),
        html_escaped(chart_caption(average)));
    out += day_chart(view, r);
    if (const NutrientSources* sources = sources_of(view.sources, nutrient)) {
        out += fmt::format("<div class=\"sources\">From: {}</div>",
                           html_escaped(top_sources_text(*sources, 4)));
    }
    return out + "</figure>\n";
}

bool is_headline(Nutrient nutrient) {
    const auto& headline = headline_nutrients();
    return nutrient == Nutrient::WaterG || nutrient == Nutrient::CaffeineMg ||
           std::find(headline.begin(), headline.end(), nutrient) != headline.end();
}

constexpr std::string_view kLegend =
    "<p class=\"legend\">A bar per day: <svg width=\"14\" height=\"9\"><rect class=\"met\" "
    "width=\"14\" height=\"9\"/></svg> meets the minimum, <svg width=\"14\" height=\"9\"><rect "
    "class=\"short\" width=\"14\" height=\"9\"/></svg> short of it, <svg width=\"14\" "
    "height=\"9\"><rect class=\"over\" width=\"14\" height=\"9\"/></svg> over the limit; "
    "<svg width=\"10\" height=\"12\"><line class=\"min\" x1=\"5\" x2=\"5\" y1=\"0\" "
    "y2=\"12\"/></svg> the minimum, <svg width=\"10\" height=\"12\"><line class=\"limit\" "
    "x1=\"5\" x2=\"5\" y1=\"0\" y2=\"12\"/></svg> the upper limit for food.</p>\n";

std::string coverage_section(const PlanView& view) {
    if (view.days.empty()) return "";
    std::vector<CoverageRow> averages;
    if (view.plan_rows.empty()) {
        averages = view.days.front().coverage;
    } else {
        for (const PlanRowView& row : view.plan_rows) averages.push_back(row.average);
    }
    std::string headline;
    std::string rest;
    for (std::size_t r = 0; r < averages.size(); ++r) {
        (is_headline(averages[r].nutrient) ? headline : rest) +=
            nutrient_figure(view, r, averages[r]);
    }
    std::string out = "<section id=\"coverage\">\n<h2>Nutrient coverage, day by day</h2>\n";
    out += kLegend;
    if (view.weekly) {
        out +=
            "<p class=\"legend\">Vitamin D, vitamin B12, vitamin A and folate are held to a "
            "weekly average, with a daily floor of half the minimum.</p>\n";
    }
    out += "<h3>Headline nutrients</h3>\n<div class=\"charts\">\n" + headline + "</div>\n";
    if (!rest.empty())
        out += "<h3>Other nutrients</h3>\n<div class=\"charts\">\n" + rest + "</div>\n";
    const std::string unknowns = unknowns_note(averages);
    if (!unknowns.empty())
        out += fmt::format("<p class=\"legend\">{}</p>\n", html_escaped(unknowns));
    return out + "</section>\n";
}

std::string shortfalls_section(const PlanView& view) {
    if (view.shortfalls.empty()) return "";
    std::string out = "<section id=\"shortfalls\">\n<h2>Shortfalls</h2>\n<ul class=\"shortfalls\">";
    for (const ShortfallText& shortfall : view.shortfalls) {
        out += "<li>" + html_escaped(shortfall.headline);
        for (const auto& detail : shortfall.details) {
            out += "<div class=\"detail\">" + html_escaped(detail) + "</div>";
        }
        out += "</li>";
    }
    return out + "</ul>\n</section>\n";
}

}  // namespace

std::string render_plan_html(const PlanView& view) {
    std::string body = fmt::format(
        "<header>\n<h1>{}</h1>\n<p class=\"details\">{}</p>\n<p class=\"status {}\">Status: "
        "{}</p>\n</header>\n",
        html_escaped(view.kind), html_escaped(view.details), view.targets_met ? "met" : "short",
        html_escaped(view.status));
    if (!view.changes.empty())
        body += "<p class=\"changes\">Changed: " + html_escaped(view.changes) + "</p>\n";
    if (!view.days.empty()) body += week_grid(view);
    body += shortfalls_section(view);
    body += coverage_section(view);
    // The closing line ends the plan, before the list that goes to the shop on its own sheet.
    body += fmt::format("<footer>{}</footer>\n", html_escaped(kDisclaimer));
    if (view.shopping_list) body += shopping_list_section(*view.shopping_list, Units::Metric);
    return html_page(view.kind, std::string(kStyle) + std::string(kShoppingListStyle), body,
                     kShoppingListScript);
}

}  // namespace mealplan

#include <fmt/format.h>

#include "core/html.hpp"
#include "core/text.hpp"
#include "shopping/render.hpp"

namespace mealplan {

const std::string_view kShoppingListStyle = R"css(
.aisles { columns: 2 18rem; column-gap: 2rem; }
.aisle { break-inside: avoid; }
.aisle ul { list-style: none; margin: 0; padding: 0; }
.aisle li { padding: .15rem 0; border-bottom: 1px dotted var(--line); }
.aisle label, .staples label { display: flex; gap: .4rem; align-items: baseline; }
.aisle .name { flex: 1; }
.aisle .buy { color: var(--muted); font-size: .85em; }
.aisle .cost { font-variant-numeric: tabular-nums; }
.aisle input:checked ~ span { text-decoration: line-through; color: var(--muted); }
.cost-summary { font-weight: 600; margin-top: .5rem; }
/* The staples and what the pantry covers are short names: in columns, without bullets. */
.staples, .pantry { list-style: none; margin: 0; padding: 0; columns: 4 10rem; column-gap: 1rem; }
.staples li, .pantry li { padding: .1rem 0; break-inside: avoid; }
@media print {
  /* The list on one sheet of its own. */
  #shopping { break-before: page; }
  .aisles { columns: 3; column-gap: 1rem; }
  .aisle h3 { margin: .2rem 0 0; font-size: 1em; }
  .aisle li { padding: 0; font-size: 7pt; line-height: 1.15; }
  .cost-summary { margin-top: .2rem; }
  .aisle input, .staples input { width: .7rem; height: .7rem; margin: 0; }
  .staples, .pantry { columns: 5; }
  .staples li, .pantry li { padding: 0; font-size: 7pt; line-height: 1.2; }
}
)css";

const std::string_view kShoppingListScript = R"js(
for (const box of document.querySelectorAll('#shopping input[type=checkbox]')) {
  const key = 'mealplan:' + document.title + ':' + box.dataset.food;
  try { box.checked = localStorage.getItem(key) === '1'; } catch (e) {}
  box.addEventListener('change', () => {
    try { localStorage.setItem(key, box.checked ? '1' : '0'); } catch (e) {}
  });
}
)js";

std::string shopping_list_section(const ShoppingList& list, Units units) {
    std::string out =
        fmt::format("<section id=\"shopping\">\n<h2>{}</h2>\n<div class=\"aisles\">\n",
                    html_escaped(shopping_title(list)));
    if (list.items.empty()) out += "<p>Nothing to buy.</p>\n";
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const ShoppingItem& item = list.items[i];
        if (starts_aisle(list, i)) {
            if (i > 0) out += "</ul></div>\n";
            out += fmt::format("<div class=\"aisle\"><h3>{}</h3><ul>",
                               html_escaped(aisle_title(item.aisle)));
        }
        out += fmt::format(
            "<li><label><input type=\"checkbox\" data-food=\"{}\"><span class=\"name\">{}</span>"
            "<span class=\"buy\">{}</span>",
            html_escaped(item.food_id), html_escaped(item.name),
            html_escaped(buy_text(item.buy, units)));
        if (item.buy.cost_usd) {
            out += fmt::format("<span class=\"cost\">{}</span>", money_text(*item.buy.cost_usd));
        }
        out += "</label></li>";
    }
    if (!list.items.empty()) out += "</ul></div>\n";
    out += "</div>\n";
    if (!list.covered.empty()) {
        out += "<h3>Already in your pantry</h3>\n<ul class=\"pantry\">";
        for (const ShoppingItem& item : list.covered)
            out += "<li>" + html_escaped(item.name) + "</li>";
        out += "</ul>\n";
    }
    if (!list.staples.empty()) {
        out += "<h3>Check you have (staples, not bought)</h3>\n<ul class=\"staples\">";
        // A staple is ticked once the kitchen is checked for it, like an item bought.
        for (const ShoppingItem& item : list.staples) {
            out += fmt::format(
                "<li><label><input type=\"checkbox\" data-food=\"{}\"><span "
                "class=\"name\">{}</span></label></li>",
                html_escaped(item.food_id), html_escaped(item.name));
        }
        out += "</ul>\n";
    }
    // The summary says one thing a line: each line its own paragraph.
    const std::string summary = cost_summary(list);
    for (std::size_t start = 0; start < summary.size();) {
        const auto end = std::min(summary.find('\n', start), summary.size());
        out += fmt::format("<p class=\"cost-summary\">{}</p>\n",
                           html_escaped(trimmed(summary.substr(start, end - start))));
        start = end + 1;
    }
    out += "</section>\n";
    return out;
}

std::string render_shopping_html(const ShoppingList& list, Units units) {
    return html_page(shopping_title(list), kShoppingListStyle, shopping_list_section(list, units),
                     kShoppingListScript);
}

}  // namespace mealplan

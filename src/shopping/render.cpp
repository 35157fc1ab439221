#include "shopping/render.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/csv.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"

namespace mealplan {
namespace {

constexpr double kGramsPerOunce = 28.349523125;

/// "1.50" → "1.5", "2.00" → "2".
std::string trim_decimals(std::string text) {
    if (text.find('.') == std::string::npos) return text;
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text;
}

std::string plural(int count, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", count, count == 1 ? one : many);
}

}  // namespace

std::string aisle_title(std::string text) {
    if (text.empty()) return "Other";
    text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

bool starts_aisle(const ShoppingList& list, std::size_t i) {
    return i == 0 || list.items[i].aisle != list.items[i - 1].aisle;
}

std::string money_text(double usd) {
    return fmt::format("${:.2f}", usd);
}

namespace {

/// "2 × 10 oz bag", "4 medium", "420 g": what to take from the shelf.
std::string quantity_text(const Purchase& buy, Units units) {
    switch (buy.kind) {
        case BuyKind::Packages:
            return fmt::format("{} × {}", buy.count, buy.package);
        case BuyKind::Items:
            return fmt::format("{} {}", buy.count, buy.package);
        case BuyKind::Weight:
            return format_weight(buy.grams, units);
    }
    return {};
}

}  // namespace

std::string buy_text(const Purchase& buy, Units units) {
    if (buy.kind == BuyKind::Weight) return quantity_text(buy, units);
    return fmt::format("{} ({})", quantity_text(buy, units), format_weight(buy.grams, units));
}

std::string detail_text(const ShoppingItem& item, Units units) {
    std::string text = "need " + format_weight(item.needed_g, units);
    if (item.leftover_g >= 0.5)
        text += " · " + format_weight(item.leftover_g, units) + " left over";
    if (item.pantry_g > 0.0) text += " · " + format_weight(item.pantry_g, units) + " in pantry";
    return text;
}

namespace {

/// "$41.20 for the 7 days · $5.89 a day" ("$6.10 for the day"), and per person when the
/// household is larger.
std::string cost_line(double usd, const ShoppingList& list) {
    const int days = std::max(1, list.days);
    std::string text = days == 1 ? fmt::format("{} for the day", money_text(usd))
                                 : fmt::format("{} for the {} days · {} a day", money_text(usd),
                                               days, money_text(usd / days));
    if (list.people > 1) {
        text += days == 1
                    ? fmt::format(" · per person {}", money_text(usd / list.people))
                    : fmt::format(" · per person {} ({} a day)", money_text(usd / list.people),
                                  money_text(usd / list.people / days));
    }
    return text;
}

/// The Thrifty Food Plan's cost of the list's days for the household, when known.
std::optional<double> thrifty_cost(const ShoppingList& list) {
    if (!list.thrifty) return std::nullopt;
    return list.thrifty->weekly_usd_per_person * list.people * std::max(1, list.days) / 7.0;
}

std::string thrifty_person(const CostAnchor& anchor) {
    const std::string who = anchor.sex == "both" ? "child" : anchor.sex;
    return fmt::format("{} {:g}–{:g}", who, anchor.age_from_years, anchor.age_to_years - 1);
}

}  // namespace

std::string cost_summary(const ShoppingList& list) {
    const int count = static_cast<int>(list.items.size());
    if (list.prices_known == 0) {
        return fmt::format("Estimated cost: unknown (no prices known for the {})",
                           plural(count, "item", "items"));
    }
    std::string text = fmt::format(
        "Cost of what you buy: {} (prices known for {} of {}{})\n",
        cost_line(list.total_cost_usd, list), list.prices_known, plural(count, "item", "items"),
        list.price_year.empty() ? "" : "; " + list.price_year + " prices");
    text += fmt::format("Cost of what you eat: {}", cost_line(list.eaten_cost_usd, list));
    if (const auto thrifty = thrifty_cost(list)) {
        text += fmt::format(
            "\nUSDA Thrifty Food Plan ({} plan, costed {}): {} a week for a {}; {} for these "
            "{} for {}",
            list.thrifty->plan_revision, list.thrifty->month,
            money_text(list.thrifty->weekly_usd_per_person), thrifty_person(*list.thrifty),
            money_text(*thrifty), plural(std::max(1, list.days), "day", "days"),
            plural(list.people, "person", "people"));
        if (!list.thrifty_note.empty()) text += "\n  " + list.thrifty_note;
    }
    return text;
}

namespace {

/// "Salt, Olive oil": the staples the plan uses, to check at home.
std::string staple_names(const ShoppingList& list) {
    std::string text;
    for (const auto& item : list.staples) text += (text.empty() ? "" : ", ") + item.name;
    return text;
}

}  // namespace

std::string shopping_title(const ShoppingList& list) {
    return fmt::format("Shopping list · {} · {}", plural(list.days, "day", "days"),
                       plural(list.people, "person", "people"));
}

namespace {

std::string pad(std::string text, std::size_t width) {
    const auto used = display_width(text);
    if (used < width) text.append(width - used, ' ');
    return text;
}

std::string render_text(const ShoppingList& list, Units units) {
    std::string out = shopping_title(list) + "\n";
    std::size_t name_width = 0;
    std::size_t buy_width = 0;
    std::size_t detail_width = 0;
    for (const auto& item : list.items) {
        name_width = std::max(name_width, display_width(item.name));
        buy_width = std::max(buy_width, display_width(buy_text(item.buy, units)));
        detail_width = std::max(detail_width, display_width(detail_text(item, units)));
    }
    if (list.items.empty()) out += "\nNothing to buy.\n";
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const auto& item = list.items[i];
        if (starts_aisle(list, i)) out += "\n" + aisle_title(item.aisle) + "\n";
        std::string line = "  [ ] " + pad(item.name, name_width) + "  " +
                           pad(buy_text(item.buy, units), buy_width) + "  ";
        if (item.buy.cost_usd) {
            line += pad(detail_text(item, units), detail_width) + "  " +
                    fmt::format("{:>8}", money_text(*item.buy.cost_usd));
        } else {
            line += detail_text(item, units);
        }
        out += line + "\n";
    }
    if (!list.covered.empty()) {
        out += "\nAlready in your pantry (nothing to buy)\n";
        for (const auto& item : list.covered) {
            out +=
                fmt::format("      {}: need {}, have {}\n", item.name,
                            format_weight(item.plan_g, units), format_weight(item.pantry_g, units));
        }
    }
    if (!list.staples.empty()) {
        out += "\nCheck you have (staples, not bought): " + staple_names(list) + "\n";
    }
    if (!list.unknown_foods.empty()) {
        out += fmt::format("\nLeft out (not in the catalogue): {}\n",
                           fmt::join(list.unknown_foods, ", "));
    }
    out += "\n" + cost_summary(list) + "\n";
    return out;
}

/// Escapes the characters that Markdown would read as formatting.
std::string markdown_escaped(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (std::string_view("\\`*_[]<>|#").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

std::string render_markdown(const ShoppingList& list, Units units) {
    std::string out = "# " + shopping_title(list) + "\n";
    if (list.items.empty()) out += "\nNothing to buy.\n";
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const auto& item = list.items[i];
        if (starts_aisle(list, i)) {
            out += "\n## " + markdown_escaped(aisle_title(item.aisle)) + "\n\n";
        }
        const std::string quantity = quantity_text(item.buy, units);
        out += fmt::format("- [ ] {} {}", markdown_escaped(quantity), markdown_escaped(item.name));
        std::string notes = detail_text(item, units);
        if (item.buy.kind != BuyKind::Weight) {
            notes = format_weight(item.buy.grams, units) + "; " + notes;
        }
        if (item.buy.cost_usd) notes += "; " + money_text(*item.buy.cost_usd);
        out += " (" + markdown_escaped(notes) + ")\n";
    }
    if (!list.covered.empty()) {
        out += "\n## Already in your pantry\n\n";
        for (const auto& item : list.covered) {
            out +=
                fmt::format("- {}: need {}, have {}\n", markdown_escaped(item.name),
                            format_weight(item.plan_g, units), format_weight(item.pantry_g, units));
        }
    }
    if (!list.staples.empty()) {
        out += "\n## Check you have (staples, not bought)\n\n";
        for (const auto& item : list.staples) {
            out += fmt::format("- [ ] {} (need {})\n", markdown_escaped(item.name),
                               format_weight(item.needed_g, units));
        }
    }
    if (!list.unknown_foods.empty()) {
        out +=
            fmt::format("\nLeft out (not in the catalogue): {}\n",
                        markdown_escaped(fmt::format("{}", fmt::join(list.unknown_foods, ", "))));
    }
    std::string summary = cost_summary(list);
    std::string lines;
    for (std::size_t start = 0; start <= summary.size();) {
        const auto end = std::min(summary.find('\n', start), summary.size());
        lines += markdown_escaped(trimmed(summary.substr(start, end - start))) + "\n\n";
        start = end + 1;
    }
    out += "\n" + lines.substr(0, lines.size() - 1);
    return out;
}

/// Grams for programs: one decimal, as a number.
double tenth(double value) {
    return std::round(value * 10.0) / 10.0;
}
double cents(double value) {
    return std::round(value * 100.0) / 100.0;
}

std::string render_csv(const ShoppingList& list) {
    std::string out =
        "aisle,food_id,item_id,name,eaten_g,plan_g,pantry_g,needed_g,buy_kind,buy_count,"
        "buy_package,buy_grams,leftover_g,cost_usd,eaten_cost_usd,price_source\r\n";
    for (const auto& item : list.items) {
        out += fmt::format(
            "{},{},{},{},{:.1f},{:.1f},{:.1f},{:.1f},{},{},{},{:.1f},{:.1f},{},{},{}\r\n",
            csv_field(item.aisle), csv_field(item.food_id), csv_field(item.item_id),
            csv_field(item.name), item.eaten_g, item.plan_g, item.pantry_g, item.needed_g,
            to_string(item.buy.kind),
            item.buy.kind == BuyKind::Weight ? std::string() : std::to_string(item.buy.count),
            csv_field(item.buy.package), item.buy.grams, item.leftover_g,
            item.buy.cost_usd ? fmt::format("{:.2f}", *item.buy.cost_usd) : std::string(),
            item.eaten_cost_usd ? fmt::format("{:.2f}", *item.eaten_cost_usd) : std::string(),
            csv_field(item.price_source));
    }
    return out;
}

nlohmann::ordered_json item_json(const ShoppingItem& item) {
    nlohmann::ordered_json buy = {{"kind", to_string(item.buy.kind)},
                                  {"grams", tenth(item.buy.grams)}};
    buy["count"] = item.buy.kind == BuyKind::Weight ? nlohmann::ordered_json()
                                                    : nlohmann::ordered_json(item.buy.count);
    buy["package"] = item.buy.package.empty() ? nlohmann::ordered_json()
                                              : nlohmann::ordered_json(item.buy.package);
    const auto optional_cents = [](const std::optional<double>& usd) {
        return usd ? nlohmann::ordered_json(cents(*usd)) : nlohmann::ordered_json();
    };
    return {
        {"food_id", item.food_id},
        {"item_id",
         item.item_id.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(item.item_id)},
        {"foods", item.foods},
        {"name", item.name},
        {"aisle", item.aisle},
        {"perishable", item.perishable},
        {"eaten_g", tenth(item.eaten_g)},
        {"plan_g", tenth(item.plan_g)},
        {"pantry_g", tenth(item.pantry_g)},
        {"needed_g", tenth(item.needed_g)},
        {"buy", buy},
        {"leftover_g", tenth(item.leftover_g)},
        {"cost_usd", optional_cents(item.buy.cost_usd)},
        {"eaten_cost_usd", optional_cents(item.eaten_cost_usd)},
        {"price_source", item.price_source.empty() ? nlohmann::ordered_json()
                                                   : nlohmann::ordered_json(item.price_source)}};
}

std::string render_json(const ShoppingList& list) {
    nlohmann::ordered_json document;
    document["schema"] = kShoppingSchema;
    document["people"] = list.people;
    document["days"] = list.days;
    document["items"] = nlohmann::ordered_json::array();
    for (const auto& item : list.items) document["items"].push_back(item_json(item));
    document["pantry_covered"] = nlohmann::ordered_json::array();
    for (const auto& item : list.covered) document["pantry_covered"].push_back(item_json(item));
    document["staples"] = nlohmann::ordered_json::array();
    for (const auto& item : list.staples) document["staples"].push_back(item_json(item));
    document["unknown_foods"] = list.unknown_foods;
    document["total_cost_usd"] = cents(list.total_cost_usd);
    document["eaten_cost_usd"] = cents(list.eaten_cost_usd);
    const int days = std::max(1, list.days);
    document["per_day"] = {{"total_cost_usd", cents(list.total_cost_usd / days)},
                           {"eaten_cost_usd", cents(list.eaten_cost_usd / days)}};
    document["per_person"] = {{"total_cost_usd", cents(list.total_cost_usd / list.people)},
                              {"eaten_cost_usd", cents(list.eaten_cost_usd / list.people)}};
    document["prices_known"] = list.prices_known;
    document["item_count"] = list.items.size();
    document["price_year"] = list.price_year.empty() ? nlohmann::ordered_json()
                                                     : nlohmann::ordered_json(list.price_year);
    if (const auto thrifty = thrifty_cost(list)) {
        document["thrifty_food_plan"] = {
            {"plan_revision", list.thrifty->plan_revision},
            {"month", list.thrifty->month},
            {"sex", list.thrifty->sex},
            {"age_from_years", list.thrifty->age_from_years},
            {"age_to_years", list.thrifty->age_to_years},
            {"weekly_usd_per_person", list.thrifty->weekly_usd_per_person},
            {"cost_usd", cents(*thrifty)},
            {"note", list.thrifty_note}};
    } else {
        document["thrifty_food_plan"] = nullptr;
    }
    return document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string format_weight(double grams, Units units) {
    if (units == Units::Metric) {
        if (grams < 10.0) return trim_decimals(fmt::format("{:.1f}", grams)) + " g";
        if (grams < 1000.0) return fmt::format("{:.0f} g", grams);
        return trim_decimals(fmt::format("{:.2f}", grams / 1000.0)) + " kg";
    }
    const double ounces = grams / kGramsPerOunce;
    if (ounces < 16.0) return trim_decimals(fmt::format("{:.1f}", ounces)) + " oz";
    // Pounds and whole ounces, as a US label reads: "2 lb 3 oz".
    const long total_ounces = std::lround(ounces);
    const long pounds = total_ounces / 16;
    const long rest = total_ounces % 16;
    return rest == 0 ? fmt::format("{} lb", pounds) : fmt::format("{} lb {} oz", pounds, rest);
}

std::string render_shopping_list(const ShoppingList& list, ShoppingFormat format, Units units) {
    switch (format) {
        case ShoppingFormat::Text:
            return render_text(list, units);
        case ShoppingFormat::Markdown:
            return render_markdown(list, units);
        case ShoppingFormat::Csv:
            return render_csv(list);
        case ShoppingFormat::Json:
            return render_json(list);
        case ShoppingFormat::Html:
            return render_shopping_html(list, units);
    }
    return {};
}

}  // namespace mealplan

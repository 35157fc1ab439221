#include "report/content.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>
#include <optional>

#include "report/format.hpp"
#include "report/household.hpp"

namespace mealplan::report_detail {

NutrientTotals totals_of_day(const PlanResult& result, const PlanDay& day,
                             const Catalogue& catalogue) {
    NutrientTotals totals = day_totals(day, catalogue);
    for (const SupplementDose* dose : supplements_of_day(result, day.day)) {
        for (std::size_t n = 0; n < kNutrientCount; ++n) totals.amounts[n] += dose->amounts[n];
    }
    return totals;
}

NutrientTotals average_day_of(const PlanResult& result, const Catalogue& catalogue) {
    const auto& days = result.plan.days;
    NutrientTotals average = average_day_totals(days, catalogue);
    if (days.empty()) return average;
    for (const auto& dose : result.supplements) {
        for (std::size_t n = 0; n < kNutrientCount; ++n) {
            average.amounts[n] += dose.amounts[n] / static_cast<double>(days.size());
        }
    }
    return average;
}

std::vector<const SupplementDose*> supplements_of_day(const PlanResult& result, int day) {
    std::vector<const SupplementDose*> doses;
    for (const auto& dose : result.supplements) {
        if (dose.day == day) doses.push_back(&dose);
    }
    return doses;
}

std::string item_text(const PlanItem& item, const Catalogue& catalogue) {
    const Food* food = catalogue.find(item.food_id);
    std::string name = item.name;
    if (name.empty()) name = food != nullptr ? food->name : item.food_id;
    std::string portion = item.portion;
    if (portion.empty() && food != nullptr) portion = household_measure(*food, item.grams);
    if (portion.empty()) return fmt::format("{} {} g", name, grams_text(item.grams));
    return fmt::format("{} {} ({} g)", name, portion, grams_text(item.grams));
}

std::string dish_text(const PlanMeal& meal) {
    if (meal.dish.empty() && meal.dish_id.empty()) return "sides";
    const std::string name = meal.dish.empty() ? meal.dish_id : meal.dish;
    return fmt::format("{} ({})", name, servings_text(meal.servings));
}

namespace {

std::string limit_note(const CoverageRow& row) {
    switch (row.limit) {
        case LimitStatus::None:
            return "";
        case LimitStatus::Ok:
        case LimitStatus::Over: {
            const bool over = row.limit == LimitStatus::Over;
            if (row.nutrient == Nutrient::EnergyKcal) return over ? "(over the energy target)" : "";
            const bool is_ul = row.ul && row.max && std::abs(*row.ul - *row.max) < 1e-9;
            // A limit-only row already shows its limit in the target column.
            if (!row.min) return "";
            return fmt::format("({} {} {})", is_ul ? "UL" : "limit", number_text(*row.max),
                               over ? "OVER" : "ok");
        }
        case LimitStatus::NotFromFood:
            return fmt::format("(UL {} counts supplements only)", number_text(*row.ul));
        case LimitStatus::AddedFormsOk:
        case LimitStatus::AddedFormsOver:
            return fmt::format("(UL {} counts {} only: {} {})", number_text(*row.ul),
                               row.nutrient == Nutrient::VitaminARaeUg ? "retinol" : "added forms",
                               number_text(row.limited_amount),
                               row.limit == LimitStatus::AddedFormsOver ? "OVER" : "ok");
        case LimitStatus::AddedFormsUnknown:
            return fmt::format("(UL {} counts added forms only)", number_text(*row.ul));
    }
    return "";
}

}  // namespace

RowCells row_cells(const CoverageRow& row, const CoverageRow* week_average) {
    RowCells cells;
    cells.label = std::string(info(row.nutrient).label);
    cells.amount = amount_text(row.nutrient, row.amount);
    if (rests_on_unknowns(row)) cells.amount += " *";
    if (row.nutrient == Nutrient::EnergyKcal && row.min && row.max) {
        cells.target = fmt::format("{} ± {:.0f} %", number_text(*row.min),
                                   (*row.max / *row.min - 1.0) * 100.0);
    } else if (row.min) {
        cells.target = "≥ " + number_text(*row.min);
    } else if (row.max) {
        cells.target = "≤ " + number_text(*row.max);
    }
    if (const auto percent = row.percent()) {
        cells.bar = coverage_bar(*percent);
        cells.cover = fmt::format("{:.0f} %", *percent);
    } else if (row.max) {
        cells.cover = row.limit == LimitStatus::Over ? "OVER" : "ok";
    }
    cells.note = limit_note(row);
    if (week_average != nullptr && is_stored_nutrient(row.nutrient)) {
        if (const auto percent = week_average->percent()) {
            if (!cells.note.empty()) cells.note += ' ';
            cells.note += fmt::format("(week average {:.0f} %)", *percent);
        }
    }
    return cells;
}

std::string water_text(const CoverageRow& water) {
    const double food_litres = water.amount / 1000.0;
    if (!water.min) return fmt::format("{:.1f} L from food", food_litres);
    const double target_litres = *water.min / 1000.0;
    const double gap_ml = *water.min - water.amount;  // 1 g of water is 1 ml
    if (gap_ml <= 0.0) {
        return fmt::format("{:.1f} L of {:.1f} L: food covers it; drink to thirst", food_litres,
                           target_litres);
    }
    const auto glasses = static_cast<long>(std::ceil(gap_ml / 250.0));
    return fmt::format("{:.1f} L of {:.1f} L → drink about {} glass{} (250 ml)", food_litres,
                       target_litres, glasses, glasses == 1 ? "" : "es");
}

std::string caffeine_text(const CoverageRow& caffeine) {
    const std::string amount = amount_text(Nutrient::CaffeineMg, caffeine.amount);
    if (!caffeine.max) return amount;
    return fmt::format("{} ≤ {} {}", amount, number_text(*caffeine.max),
                       caffeine.limit == LimitStatus::Over ? "OVER" : "ok");
}

std::string unknowns_note(std::span<const CoverageRow> rows) {
    std::vector<std::string> parts;
    for (const auto& row : rows) {
        if (!rests_on_unknowns(row)) continue;
        parts.push_back(
            fmt::format("{} ({:.0f} %)", lower_label(row.nutrient), row.unknown_share * 100.0));
    }
    if (parts.empty()) return "";
    return fmt::format(
        "* {} total{} partly rest{} on foods with no USDA value, counted as 0 (share of the "
        "food by weight): {}; the true amount{} may be higher.",
        parts.size(), parts.size() == 1 ? "" : "s", parts.size() == 1 ? "s" : "",
        fmt::join(parts, ", "), parts.size() == 1 ? "" : "s");
}

std::vector<std::pair<std::string, std::string>> sources_lines(std::span<const PlanDay> days,
                                                               const Catalogue& catalogue) {
    std::vector<std::pair<std::string, std::string>> lines;
    for (const Nutrient nutrient : headline_nutrients()) {
        const auto foods = contributions(days, nutrient, catalogue);
        if (foods.empty()) continue;
        std::vector<std::string> parts;
        for (std::size_t i = 0; i < foods.size() && i < 3; ++i) {
            parts.push_back(fmt::format("{} {:.0f} %", foods[i].name, foods[i].share * 100.0));
        }
        lines.emplace_back(std::string(info(nutrient).label),
                           fmt::format("{}", fmt::join(parts, " · ")));
    }
    return lines;
}

namespace {

std::string days_text(const std::vector<int>& days, std::size_t day_count) {
    if (days.empty()) return "";
    if (day_count > 1 && days.size() == day_count) return " on every day";
    if (day_count == 1) return "";
    return fmt::format(" on day{} {}", days.size() == 1 ? "" : "s", fmt::join(days, ", "));
}

void add_diagnosis(const Diagnosis& diagnosis, const FixWords& fix_words, ShortfallText& text) {
    if (!diagnosis.blockers.empty()) {
        text.details.push_back(fmt::format("blocked by: {}", fmt::join(diagnosis.blockers, "; ")));
    }
    if (diagnosis.fixes.empty()) {
        if (diagnosis.every_change_tried) {
            text.details.push_back(fmt::format("smallest fix: {}", kNoSingleFix));
        }
        return;
    }
    text.details.push_back(
        fmt::format("smallest fix: {}", fix_words(diagnosis.fixes.front(), diagnosis.nutrient)));
    for (std::size_t i = 1; i < diagnosis.fixes.size(); ++i) {
        text.details.push_back(
            fmt::format("or: {}", fix_words(diagnosis.fixes[i], diagnosis.nutrient)));
    }
}

}  // namespace

std::string slot_title(MealSlot slot) {
    std::string title(to_string(slot));
    title[0] = static_cast<char>(title[0] - 'a' + 'A');
    return title;
}

std::vector<ShortfallText> shortfall_texts(const PlanResult& result, const FixWords& fix_words) {
    std::vector<ShortfallText> texts;
    std::vector<bool> diagnosed(result.diagnosis.size(), false);
    for (const auto& shortfall : result.shortfalls) {
        ShortfallText text;
        const double percent =
            shortfall.target > 0.0 ? shortfall.missing / shortfall.target * 100.0 : 0.0;
        text.headline =
            fmt::format("{}: missing {} a day ({:.0f} % of {}){}", info(shortfall.nutrient).label,
                        amount_text(shortfall.nutrient, shortfall.missing), percent,
                        amount_text(shortfall.nutrient, shortfall.target),
                        days_text(shortfall.days, result.plan.days.size()));
        for (std::size_t i = 0; i < result.diagnosis.size(); ++i) {
            if (result.diagnosis[i].nutrient != shortfall.nutrient) continue;
            add_diagnosis(result.diagnosis[i], fix_words, text);
            diagnosed[i] = true;
        }
        texts.push_back(std::move(text));
    }
    for (std::size_t i = 0; i < result.diagnosis.size(); ++i) {
        if (diagnosed[i]) continue;
        const Diagnosis& diagnosis = result.diagnosis[i];
        ShortfallText text;
        text.headline = fmt::format(
            "{}: missing {} a day ({:.0f} % of the target)", info(diagnosis.nutrient).label,
            amount_text(diagnosis.nutrient, diagnosis.missing), diagnosis.missing_percent);
        add_diagnosis(diagnosis, fix_words, text);
        texts.push_back(std::move(text));
    }
    return texts;
}

std::string render_for_people(const PlanResult& result, const Catalogue& catalogue,
                              const FixWords& fix_words, const PeopleLayout& layout) {
    const auto line = [](std::string_view pattern, const auto&... values) {
        return fmt::format(fmt::runtime(pattern), values...);
    };
    const auto sources = [&](std::span<const PlanDay> days, std::string_view heading) {
        const auto lines = sources_lines(days, catalogue);
        if (lines.empty()) return std::string();
        std::string out(heading);
        for (const auto& [label, foods] : lines) out += line(layout.source_line, label, foods);
        return out;
    };
    const auto& days = result.plan.days;
    std::string out =
        line(layout.heading, plan_kind(days.size()), header_details(result), status_text(result));
    std::optional<std::vector<CoverageRow>> week_rows;
    if (days.size() > 1) {
        week_rows = coverage_rows(average_day_of(result, catalogue), result.targets);
    }
    const bool weekly = week_rows && result.coverage == CoverageMode::Weekly;
    for (const auto& day : days) {
        out += line(layout.day_heading, day_title(day.day, days.size()));
        layout.meals(out, day, catalogue);
        for (const SupplementDose* dose : supplements_of_day(result, day.day)) {
            out += line(layout.supplement, layout.escape(dose->name));
        }
        out += "\n";
        layout.coverage(out, coverage_rows(totals_of_day(result, day, catalogue), result.targets),
                        weekly ? &*week_rows : nullptr);
        out += sources(std::span<const PlanDay>(&day, 1), layout.day_sources);
    }
    if (week_rows) {
        out += line(layout.week_heading, days.size());
        layout.coverage(out, *week_rows, nullptr);
        out += sources(days, layout.week_sources);
    }
    if (!result.safety.empty()) {
        out += layout.safety;
        for (const AppliedSafetyRule& rule : result.safety) {
            out += line(layout.shortfall,
                        layout.escape(rule.what + " (" + rule.id + "; " + rule.sources + ")"));
            for (const std::string& effect : rule.effects)
                out += line(layout.shortfall_detail, layout.escape(effect));
        }
    }
    const auto shortfalls = shortfall_texts(result, fix_words);
    if (!shortfalls.empty()) {
        out += layout.shortfalls;
        for (const auto& shortfall : shortfalls) {
            out += line(layout.shortfall, shortfall.headline);
            for (const auto& detail : shortfall.details)
                out += line(layout.shortfall_detail, detail);
        }
    }
    out += line(layout.closing, kDisclaimer);
    return out;
}

}  // namespace mealplan::report_detail

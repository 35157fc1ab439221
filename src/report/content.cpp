#include "report/content.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>
#include <optional>

#include "report/format.hpp"
#include "report/household.hpp"

namespace mealplan::report_detail {

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

namespace {

std::string days_text(const std::vector<int>& days, std::size_t day_count) {
    if (days.empty()) return "";
    if (day_count > 1 && days.size() == day_count) return " on every day";
    if (day_count == 1) return "";
    return fmt::format(" on day{} {}", days.size() == 1 ? "" : "s", fmt::join(days, ", "));
}

/// " (also closes calcium; opens selenium)": what a fix does besides closing `nutrient`.
std::string side_effects(const CheckedFix& fix, Nutrient nutrient) {
    std::vector<std::string> parts;
    std::vector<std::string> also;
    for (Nutrient closed : fix.closes) {
        if (closed != nutrient) also.push_back(lower_label(closed));
    }
    if (!also.empty()) parts.push_back(fmt::format("also closes {}", fmt::join(also, ", ")));
    std::vector<std::string> opens;
    for (Nutrient opened : fix.opens) opens.push_back(lower_label(opened));
    if (!opens.empty()) parts.push_back(fmt::format("opens {}", fmt::join(opens, ", ")));
    if (parts.empty()) return "";
    return fmt::format(" ({})", fmt::join(parts, "; "));
}

void add_diagnosis(const DiagnosisWords& diagnosis, ShortfallText& text) {
    if (!diagnosis.blockers.empty()) {
        text.details.push_back(fmt::format("blocked by: {}", fmt::join(diagnosis.blockers, "; ")));
    }
    for (std::size_t i = 0; i < diagnosis.fixes.size(); ++i) {
        const std::string effects = i < diagnosis.checked.size()
                                        ? side_effects(diagnosis.checked[i], diagnosis.nutrient)
                                        : "";
        text.details.push_back(
            fmt::format("{}: {}{}", i == 0 ? "smallest fix" : "or", diagnosis.fixes[i], effects));
    }
}

}  // namespace

std::string slot_title(MealSlot slot) {
    std::string title(to_string(slot));
    title[0] = static_cast<char>(title[0] - 'a' + 'A');
    return title;
}

std::vector<ShortfallText> shortfall_texts(const PlanResult& result,
                                           const std::vector<DiagnosisWords>& diagnosis) {
    std::vector<ShortfallText> texts;
    std::vector<bool> diagnosed(diagnosis.size(), false);
    for (const auto& shortfall : result.shortfalls) {
        ShortfallText text;
        const double percent =
            shortfall.target > 0.0 ? shortfall.missing / shortfall.target * 100.0 : 0.0;
        text.headline =
            fmt::format("{}: missing {} a day ({:.0f} % of {}){}", info(shortfall.nutrient).label,
                        amount_text(shortfall.nutrient, shortfall.missing), percent,
                        amount_text(shortfall.nutrient, shortfall.target),
                        days_text(shortfall.days, result.plan.days.size()));
        for (std::size_t i = 0; i < diagnosis.size(); ++i) {
            if (diagnosis[i].nutrient != shortfall.nutrient) continue;
            add_diagnosis(diagnosis[i], text);
            diagnosed[i] = true;
        }
        texts.push_back(std::move(text));
    }
    for (std::size_t i = 0; i < diagnosis.size(); ++i) {
        if (diagnosed[i]) continue;
        const DiagnosisWords& words = diagnosis[i];
        ShortfallText text;
        text.headline =
            fmt::format("{}: missing {} a day ({:.0f} % of the target)", info(words.nutrient).label,
                        amount_text(words.nutrient, words.missing), words.missing_percent);
        add_diagnosis(words, text);
        texts.push_back(std::move(text));
    }
    return texts;
}

std::string joint_fix_text(const CheckedFix& fix, const PeopleLayout& layout) {
    if (fix.argv.empty()) return "";
    std::string heading;
    if (fix.verified) {
        heading = "To meet every target, run (planned with it: every target is met)";
    } else {
        std::vector<std::string> closes;
        for (Nutrient nutrient : fix.closes) closes.push_back(lower_label(nutrient));
        std::vector<std::string> opens;
        for (Nutrient nutrient : fix.opens) opens.push_back(lower_label(nutrient));
        heading = fmt::format("Closest fix found (planned with it: closes {}{}{})",
                              fmt::join(closes, ", "), opens.empty() ? "" : "; opens ",
                              fmt::join(opens, ", "));
    }
    return fmt::format(fmt::runtime(layout.joint_fix), heading, shell_command(fix.argv));
}

std::string render_for_people(const PlanView& view, const PeopleLayout& layout) {
    const auto line = [](std::string_view pattern, const auto&... values) {
        return fmt::format(fmt::runtime(pattern), values...);
    };
    const auto explained = explained_nutrients(view);
    const auto sources = [&](const std::vector<NutrientSources>& all, std::string_view heading) {
        std::string out;
        for (const Nutrient nutrient : explained) {
            const NutrientSources* found = sources_of(all, nutrient);
            if (found == nullptr) continue;
            out += line(layout.source_line, info(nutrient).label,
                        layout.escape(sources_text(*found, view)));
        }
        return out.empty() ? out : std::string(heading) + out;
    };
    std::string out = line(layout.heading, view.kind, view.details, view.status);
    if (!view.changes.empty()) out += line(layout.changes, layout.escape(view.changes));
    std::vector<CoverageRow> week_rows;
    for (const auto& row : view.plan_rows) week_rows.push_back(row.average);
    for (const auto& day : view.days) {
        out += line(layout.day_heading, day.title);
        layout.meals(out, day);
        for (const SupplementDose& dose : day.supplements) {
            out += line(layout.supplement, layout.escape(dose.name));
        }
        out += "\n";
        layout.coverage(out, day.coverage, view.weekly ? &week_rows : nullptr);
        out += sources(day.sources, layout.day_sources);
    }
    if (!view.plan_rows.empty()) {
        out += line(layout.week_heading, view.days.size());
        layout.coverage(out, week_rows, nullptr);
        out += sources(view.sources, layout.week_sources);
    }
    if (!view.safety.empty()) {
        out += layout.safety;
        for (const AppliedSafetyRule& rule : view.safety) {
            out += line(layout.shortfall,
                        layout.escape(rule.what + " (" + rule.id + "; " + rule.sources + ")"));
            for (const std::string& effect : rule.effects)
                out += line(layout.shortfall_detail, layout.escape(effect));
        }
    }
    if (!view.shortfalls.empty()) {
        out += layout.shortfalls;
        for (const auto& shortfall : view.shortfalls) {
            out += line(layout.shortfall, shortfall.headline);
            for (const auto& detail : shortfall.details)
                out += line(layout.shortfall_detail, detail);
        }
    }
    if (view.result.fix) out += joint_fix_text(*view.result.fix, layout);
    out += line(layout.closing, kDisclaimer);
    return out;
}

}  // namespace mealplan::report_detail

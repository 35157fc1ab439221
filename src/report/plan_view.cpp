#include "report/plan_view.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>

#include "report/content.hpp"
#include "report/format.hpp"
#include "report/household.hpp"

namespace mealplan {
namespace {

using namespace report_detail;

std::vector<SupplementDose> supplements_of_day(const PlanResult& result, int day) {
    std::vector<SupplementDose> doses;
    for (const auto& dose : result.supplements) {
        if (dose.day == day) doses.push_back(dose);
    }
    return doses;
}

/// The day's nutrient totals as the plan gives them: its foods (day_totals) plus the
/// supplements taken that day, whose amounts count in full and whose weight does not.
NutrientTotals totals_of_day(const PlanDay& day, const std::vector<SupplementDose>& doses,
                             const Catalogue& catalogue) {
    NutrientTotals totals = day_totals(day, catalogue);
    for (const SupplementDose& dose : doses) {
        for (std::size_t n = 0; n < kNutrientCount; ++n) totals.amounts[n] += dose.amounts[n];
    }
    return totals;
}

/// The average day of the plan, supplements included.
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

ItemView item_view(const PlanItem& item, const Catalogue& catalogue) {
    const Food* food = catalogue.find(item.food_id);
    ItemView view;
    view.item = item;
    view.name = item.name.empty() && food != nullptr ? food->name : item.name;
    view.portion = item.portion;
    if (view.portion.empty() && food != nullptr)
        view.portion = household_measure(*food, item.grams);
    view.grams = grams_text(item.grams);
    const std::string& shown_name = view.name.empty() ? item.food_id : view.name;
    view.text = view.portion.empty()
                    ? fmt::format("{} {} g", shown_name, view.grams)
                    : fmt::format("{} {} ({} g)", shown_name, view.portion, view.grams);
    return view;
}

MealView meal_view(const PlanMeal& meal, const Catalogue& catalogue) {
    MealView view;
    view.meal = meal;
    view.slot_title = slot_title(meal.slot);
    view.has_dish = !meal.dish.empty() || !meal.dish_id.empty();
    if (view.has_dish) {
        view.dish_name = meal.dish.empty() ? meal.dish_id : meal.dish;
        view.servings = servings_text(meal.servings);
        view.dish_text = fmt::format("{} ({})", view.dish_name, view.servings);
    } else {
        view.dish_text = "sides";
    }
    for (const auto& item : meal.items) view.items.push_back(item_view(item, catalogue));
    return view;
}

std::string short_day_title(int day, std::size_t day_count) {
    std::string title = day_title(day, day_count);
    if (title.rfind("Day ", 0) == 0) return title;
    return title.substr(0, 3);
}

/// Every nutrient of `rows` that some food of `days` gives, with its foods.
std::vector<NutrientSources> sources_over(std::span<const PlanDay> days,
                                          const std::vector<CoverageRow>& rows,
                                          const Catalogue& catalogue) {
    std::vector<NutrientSources> sources;
    for (const CoverageRow& row : rows) {
        auto foods = contributions(days, row.nutrient, catalogue);
        if (!foods.empty()) sources.push_back({row.nutrient, std::move(foods)});
    }
    return sources;
}

/// How far a day's row is from what it should be: larger is worse.
double badness(const CoverageRow& row) {
    if (row.nutrient == Nutrient::EnergyKcal) {
        return row.min && *row.min > 0.0 ? std::abs(row.amount / *row.min - 1.0) : 0.0;
    }
    const bool over = row.limit == LimitStatus::Over || row.limit == LimitStatus::AddedFormsOver;
    const double limit =
        row.limit == LimitStatus::AddedFormsOver ? row.ul.value_or(0.0) : row.max.value_or(0.0);
    // Over a limit is worse than any shortfall; among days over it, the highest.
    if (over && limit > 0.0) return 2.0 + row.limited_amount / limit;
    if (const auto percent = row.percent()) return 1.0 - *percent / 100.0;
    if (row.max && *row.max > 0.0) return row.limited_amount / *row.max - 1.0;
    return 0.0;
}

std::vector<PlanRowView> plan_rows(const std::vector<CoverageRow>& average,
                                   const std::vector<DayView>& days) {
    std::vector<PlanRowView> rows;
    for (std::size_t r = 0; r < average.size(); ++r) {
        PlanRowView row;
        row.average = average[r];
        for (std::size_t d = 1; d < days.size(); ++d) {
            if (badness(days[d].coverage[r]) > badness(days[row.worst_day].coverage[r])) {
                row.worst_day = d;
            }
        }
        row.worst = days[row.worst_day].coverage[r];
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace

std::vector<DiagnosisWords> diagnosis_words(const PlanResult& result, const FixWords& fix_words) {
    std::vector<DiagnosisWords> all;
    for (const Diagnosis& diagnosis : result.diagnosis) {
        DiagnosisWords words{diagnosis.nutrient,
                             diagnosis.missing,
                             diagnosis.missing_percent,
                             diagnosis.blockers,
                             {},
                             {}};
        for (const CheckedFix& fix : diagnosis.fixes) {
            std::vector<std::string> changes;
            for (const Fix& change : fix.changes)
                changes.push_back(fix_words(change, diagnosis.nutrient));
            words.fixes.push_back(fmt::format("{}", fmt::join(changes, " and ")));
            words.checked.push_back(fix);
        }
        if (diagnosis.fixes.empty() && diagnosis.every_change_tried) {
            words.fixes.emplace_back(kNoSingleFix);
        }
        all.push_back(std::move(words));
    }
    return all;
}

PlanView plan_view(const PlanResult& result, const Catalogue& catalogue,
                   std::vector<DiagnosisWords> diagnosis) {
    PlanView view;
    view.result = result;
    const auto& days = result.plan.days;
    view.kind = plan_kind(days.size());
    view.details = header_details(result);
    view.status = status_text(result);
    view.changes = changes_text(result);
    view.targets_met =
        result.status == PlanStatus::Optimal || result.status == PlanStatus::Feasible;
    for (const PlanDay& day : days) {
        DayView day_view;
        day_view.day = day.day;
        day_view.title = day_title(day.day, days.size());
        day_view.short_title = short_day_title(day.day, days.size());
        for (const PlanMeal& meal : day.meals) day_view.meals.push_back(meal_view(meal, catalogue));
        day_view.supplements = supplements_of_day(result, day.day);
        day_view.totals = totals_of_day(day, day_view.supplements, catalogue);
        day_view.coverage = coverage_rows(day_view.totals, result.targets);
        day_view.sources =
            sources_over(std::span<const PlanDay>(&day, 1), day_view.coverage, catalogue);
        view.days.push_back(std::move(day_view));
    }
    if (days.size() > 1) {
        view.plan_rows =
            plan_rows(coverage_rows(average_day_of(result, catalogue), result.targets), view.days);
        view.weekly = result.coverage == CoverageMode::Weekly;
    }
    if (!view.days.empty())
        view.sources = sources_over(days, view.days.front().coverage, catalogue);
    view.shortfalls = shortfall_texts(result, diagnosis);
    view.safety = result.safety;
    view.diagnosis = std::move(diagnosis);
    return view;
}

PlanView plan_view(const PlanResult& result, const Catalogue& catalogue,
                   const FixWords& fix_words) {
    return plan_view(result, catalogue, diagnosis_words(result, fix_words));
}

std::string top_sources_text(const NutrientSources& sources, std::size_t count) {
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < sources.foods.size() && i < count; ++i) {
        const double percent = sources.foods[i].share * 100.0;
        // A food that gives a trace still gives it: "0 %" would say it gives nothing.
        parts.push_back(percent < 0.5 ? fmt::format("{} <1 %", sources.foods[i].name)
                                      : fmt::format("{} {:.0f} %", sources.foods[i].name, percent));
    }
    return fmt::format("{}", fmt::join(parts, " · "));
}

std::vector<Nutrient> explained_nutrients(const PlanView& view) {
    std::vector<Nutrient> explained(headline_nutrients().begin(), headline_nutrients().end());
    explained.push_back(Nutrient::WaterG);
    explained.push_back(Nutrient::CaffeineMg);
    if (!view.every_source || view.days.empty()) return explained;
    for (const CoverageRow& row : view.days.front().coverage) {
        const bool listed =
            std::find(explained.begin(), explained.end(), row.nutrient) != explained.end();
        if (row.min && !listed) explained.push_back(row.nutrient);
    }
    return explained;
}

std::string sources_text(const NutrientSources& sources, const PlanView& view) {
    constexpr std::size_t kTopFoods = 3;
    if (!view.every_source) return top_sources_text(sources, kTopFoods);
    constexpr double kShownShare = 0.005;  // shown as 1 % once rounded
    const auto shown = static_cast<std::size_t>(
        std::count_if(sources.foods.begin(), sources.foods.end(),
                      [](const FoodContribution& food) { return food.share >= kShownShare; }));
    std::string text = top_sources_text(sources, shown);
    if (shown < sources.foods.size()) {
        text += fmt::format("{}{} more under 1 %", shown == 0 ? "" : " · ",
                            sources.foods.size() - shown);
    }
    return text;
}

const NutrientSources* sources_of(const std::vector<NutrientSources>& sources, Nutrient nutrient) {
    for (const auto& entry : sources) {
        if (entry.nutrient == nutrient) return &entry;
    }
    return nullptr;
}

}  // namespace mealplan

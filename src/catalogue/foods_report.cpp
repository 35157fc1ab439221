#include "catalogue/foods_report.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/number_format.hpp"

namespace mealplan {
namespace {

/// "µg" amounts of a few hundredths matter (B12), "mg" amounts of hundreds do not need
/// decimals.
std::string amount_text(double value) {
    return format_amount(value, {Decimals::FixedByMagnitude, false});
}

std::string claims_summary(const Food& food) {
    std::vector<std::string_view> excellent;
    std::vector<std::string_view> good;
    for (const auto& [nutrient, level] : food.sources) {
        (level == SourceLevel::Excellent ? excellent : good).push_back(info(nutrient).label);
    }
    std::vector<std::string> parts;
    if (!excellent.empty())
        parts.push_back(fmt::format("excellent: {}", fmt::join(excellent, ", ")));
    if (!good.empty()) parts.push_back(fmt::format("good: {}", fmt::join(good, ", ")));
    return fmt::format("{}", fmt::join(parts, " · "));
}

}  // namespace

std::string kitchen_foods_text(const std::vector<Food>& foods, std::string_view verb) {
    std::string text;
    for (const Food& food : foods) {
        std::vector<std::string_view> slots;
        for (const auto slot : food.slots) slots.push_back(to_string(slot));
        std::vector<std::string_view> allergens;
        for (const auto allergen : food.allergens) allergens.push_back(to_string(allergen));
        const Diet strictest = food.diets.empty() ? Diet::Omnivore : *food.diets.rbegin();
        const std::string claims = claims_summary(food);
        text += fmt::format(
            "{} {} {}: aisle {}; slots {}; reference serving {}; fits {}; allergens: {}{}\n", verb,
            food.id, food.name, food.aisle, fmt::join(slots, ", "), food.serving_label,
            to_string(strictest),
            allergens.empty() ? "none" : fmt::format("{}", fmt::join(allergens, ", ")),
            claims.empty() ? "" : "; " + claims);
    }
    return text;
}

std::string foods_text(const std::vector<const Food*>& foods) {
    if (foods.empty()) return "No food matches.\n";
    std::string text = fmt::format("{:<6} {:<46} {:<20} {}\n", "ID", "Food", "Aisle",
                                   "Source of (per reference serving)");
    for (const Food* food : foods) {
        text += fmt::format("{:<6} {:<46} {:<20} {}\n", food->id, food->name, food->aisle,
                            claims_summary(*food));
    }
    text += fmt::format("{} food{}\n", foods.size(), foods.size() == 1 ? "" : "s");
    return text;
}

std::string sources_text(const std::vector<SourceRanking>& ranking, Nutrient nutrient) {
    const auto& nutrient_info = info(nutrient);
    std::string text;
    if (nutrient_info.daily_value) {
        text += fmt::format(
            "Sources of {} (Daily Value {} {}), per reference serving; 21 CFR 101.54: "
            "good ≥ 10 % DV, excellent ≥ 20 %\n\n",
            nutrient_info.label, amount_text(*nutrient_info.daily_value), nutrient_info.unit);
    } else {
        text += fmt::format("Foods containing {} ({} per reference serving; no Daily Value)\n\n",
                            nutrient_info.label, nutrient_info.unit);
    }
    if (ranking.empty()) return text + "No food matches.\n";
    text += fmt::format("{:<6} {:<46} {:<24} {:>10} {:>8}\n", "ID", "Food", "Serving",
                        nutrient_info.unit, "% DV");
    for (const auto& entry : ranking) {
        const std::string percent =
            entry.percent_daily_value ? fmt::format("{:.1f} %", *entry.percent_daily_value) : "";
        const std::string_view level = entry.level ? to_string(*entry.level) : "";
        text += fmt::format("{:<6} {:<46} {:<24} {:>10} {:>8}  {}\n", entry.food->id,
                            entry.food->name, entry.food->serving_label,
                            amount_text(entry.amount_per_serving), percent, level);
    }
    return text;
}

}  // namespace mealplan

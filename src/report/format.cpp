#include "report/format.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "core/number_format.hpp"
#include "report/household.hpp"

namespace mealplan::report_detail {

std::string number_text(double value) {
    return format_amount(value, {Decimals::Readable, true});
}

std::string grams_text(double grams) {
    if (grams >= 10.0 || std::abs(grams - std::round(grams)) < 0.05) {
        const double whole = std::round(grams);
        return whole >= 1000.0 ? number_text(whole) : fmt::format("{:.0f}", whole);
    }
    return fmt::format("{:.1f}", grams);
}

std::string amount_text(Nutrient nutrient, double amount) {
    return number_text(amount) + " " + std::string(info(nutrient).unit);
}

std::string servings_text(double servings) {
    const std::string quantity = quantity_text(servings);
    return quantity +
           (std::abs(servings - 1.0) < 1e-9 || servings < 1.0 ? " serving" : " servings");
}

std::string coverage_bar(double percent) {
    // Rounded down, so that the bar is full only when the target is met.
    const double clamped = std::clamp(percent, 0.0, 100.0);
    const auto filled = static_cast<int>(std::floor(clamped / 10.0 + 1e-9));
    std::string bar;
    for (int cell = 0; cell < 10; ++cell) bar += cell < filled ? "█" : "░";
    return bar;
}

std::string day_title(int day, std::size_t day_count) {
    static constexpr std::array<std::string_view, 7> kWeekdays{
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    if (day_count >= 2 && day_count <= 7 && day >= 1 && day <= 7) {
        return std::string(kWeekdays[static_cast<std::size_t>(day - 1)]);
    }
    return fmt::format("Day {}", day);
}

std::string plan_kind(std::size_t day_count) {
    if (day_count == 7) return "Week plan";
    if (day_count == 1) return "Day plan";
    return fmt::format("{}-day plan", day_count);
}

std::string header_details(const PlanResult& result) {
    const Profile& profile = result.targets.profile;
    std::string text =
        fmt::format("{}, {}", to_string(profile.sex), number_text(profile.age_years));
    if (profile.pregnant) text += ", pregnant";
    if (profile.lactating) text += ", lactating";
    text += " · " + number_text(result.targets.energy_kcal) + " kcal";
    text += " · " + std::string(to_string(result.filters.diet));
    if (!result.filters.avoid.empty()) {
        std::string allergens;
        for (const auto allergen : result.filters.avoid) {
            if (!allergens.empty()) allergens += ", ";
            std::string name(to_string(allergen));
            std::replace(name.begin(), name.end(), '_', ' ');
            allergens += name;
        }
        text += " · avoiding: " + allergens;
    }
    if (!result.filters.exclude.empty()) {
        text += " · excluding: " + fmt::format("{}", fmt::join(result.filters.exclude, ", "));
    }
    if (result.filters.allow_supplements) text += " · supplements allowed";
    if (result.plan.days.size() > 1) {
        text += " · " + std::string(to_string(result.coverage)) + " coverage";
    }
    text += fmt::format(" · seed {}", result.seed);
    return text;
}

std::string status_text(const PlanResult& result) {
    // Two questions, answered apart: are the hard rules held (every minimum and limit),
    // and how close is the plan to the best one on the soft objective (energy fit, cost,
    // portions)? A large gap is about the second only, and must not read as a bad plan.
    const std::string gap = fmt::format("{:.1f} %", result.gap * 100.0);
    // At or above this gap the bound tells a person nothing about the plan.
    constexpr double kUninformativeGap = 0.5;
    const std::string seconds = fmt::format("solved in {:.2f} s", result.seconds);
    switch (result.status) {
        case PlanStatus::Optimal:
            return "every target met · " +
                   (result.gap <= 0.0
                        ? std::string("the best plan for energy fit, cost and "
                                      "portions")
                        : "within " + gap + " of the best plan for energy fit, cost and portions") +
                   " (" + seconds + ")";
        case PlanStatus::Feasible:
            // A bound this far below says only that the search stopped at its budget (a
            // week's is a few nodes); a percentage of it would read as a bad plan.
            if (result.gap >= kUninformativeGap) {
                return "every target met · energy fit, cost and portions not proven best: the "
                       "search stopped at its budget before it could tell how close to the best "
                       "this plan is (" +
                       seconds + ")";
            }
            return "every target met · energy fit, cost and portions not proven best: another "
                   "plan may score up to " +
                   gap + " better (" + seconds + ")";
        case PlanStatus::Shortfall: {
            std::string names;
            for (const auto& shortfall : result.shortfalls) {
                if (!names.empty()) names += ", ";
                names += lower_label(shortfall.nutrient);
            }
            const auto count = result.shortfalls.size();
            return fmt::format("SHORTFALL: {} target{} cannot be met{}{} ({})", count,
                               count == 1 ? "" : "s", names.empty() ? "" : ": ", names, seconds);
        }
        case PlanStatus::NoPlan:
            return "no plan could be built: " + result.no_plan_reason;
        case PlanStatus::TimeLimit:
            return fmt::format("no plan found before the time limit ({:.2f} s): {}", result.seconds,
                               kTimeLimitAdvice);
    }
    return "";
}

std::string changes_text(const PlanResult& result) {
    if (!result.revised) return "";
    std::size_t meals = 0;
    for (const PlanDay& day : result.plan.days) meals += day.meals.size();
    std::string text =
        fmt::format("{} of {} meal{}", result.changed_meals.size(), meals, meals == 1 ? "" : "s");
    const std::size_t days = result.plan.days.size();
    for (std::size_t i = 0; i < result.changed_meals.size(); ++i) {
        const ChangedMeal& meal = result.changed_meals[i];
        text += i == 0 ? ": " : "; ";
        text += days == 1 ? std::string(to_string(meal.slot))
                          : day_title(meal.day, days) + " " + std::string(to_string(meal.slot));
        const std::string was = meal.was.empty() ? "no dish" : meal.was;
        const std::string now = meal.now.empty() ? "no dish" : meal.now;
        text += ", " + (was == now ? now + " (portion or sides)" : was + " → " + now);
        if (meal.swapped) text += " (swapped)";
    }
    return text;
}

std::string shell_command(const std::vector<std::string>& argv) {
    std::string line;
    for (const std::string& word : argv) {
        if (!line.empty()) line += ' ';
        const bool plain =
            !word.empty() && word.find_first_not_of(
                                 "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                 "0123456789-_./=:,+@%") == std::string::npos;
        if (plain) {
            line += word;
            continue;
        }
        line += '\'';
        for (char c : word) line += c == '\'' ? std::string("'\\''") : std::string(1, c);
        line += '\'';
    }
    return line;
}

std::string lower_label(Nutrient nutrient) {
    std::string label(info(nutrient).label);
    if (!label.empty() && label[0] >= 'A' && label[0] <= 'Z') {
        label[0] = static_cast<char>(label[0] - 'A' + 'a');
    }
    return label;
}

}  // namespace mealplan::report_detail

#pragma once
// Number and label formatting shared by the text and markdown reports.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nutrients/nutrient.hpp"
#include "plan/plan_result.hpp"

namespace mealplan::report_detail {

/// 1080 → "1,080"; 16.24 → "16.2"; 0.456 → "0.46": three significant digits or more,
/// thousands separated by commas.
std::string number_text(double value);

/// Grams of a food as a person reads them: "244", "1,250", "0.5", "2.5" (whole grams
/// from 10 g up, one decimal below).
std::string grams_text(double grams);

/// number_text with the nutrient's unit: "412 mg", "16.2 µg".
std::string amount_text(Nutrient nutrient, double amount);

/// "1 serving", "1½ servings", "½ serving".
std::string servings_text(double servings);

/// A ten-cell bar for a percentage (full at 100 % and above).
std::string coverage_bar(double percent);

/// "Monday" … "Sunday" for plans of two to seven days, "Day N" otherwise.
std::string day_title(int day, std::size_t day_count);

/// "Week plan", "Day plan", "3-day plan".
std::string plan_kind(std::size_t day_count);

/// "female, 34, pregnant · 2,000 kcal · vegan · avoiding: tree nuts · excluding: spinach ·
/// seed 1" (without the plan kind).
std::string header_details(const PlanResult& result);

/// "every target met · within 0.4 % of the best plan for energy fit, cost and portions
/// (solved in 0.21 s)" and the like: the hard rules first, then the soft objective.
std::string status_text(const PlanResult& result);

/// For a plan that revises another: how many of its meals changed and which, "1 of 28 meals:
/// Tuesday dinner, Baked salmon → Tofu stir-fry (swapped)"; empty otherwise.
std::string changes_text(const PlanResult& result);

/// The tool plans food and does not diagnose: the line every printed plan ends with.
inline constexpr std::string_view kDisclaimer =
    "mealplan plans food; it does not diagnose. Persistent or severe muscle twitching "
    "deserves a professional's look.";

/// "Vitamin D" or, for the plain form used in sentences, "vitamin D".
/// `argv` as one line a POSIX shell runs as the same arguments: words with characters a
/// shell treats specially are put in single quotes.
std::string shell_command(const std::vector<std::string>& argv);

std::string lower_label(Nutrient nutrient);

}  // namespace mealplan::report_detail

#pragma once
// Turning "2 cup" or "1.5 lb" of a particular food into grams with its own SR28 household
// measures: pantry amounts, reference servings of foods a person adds.

#include <optional>
#include <string>
#include <string_view>

#include "catalogue/food.hpp"

namespace mealplan {

/// Grams in `amount` `unit`s of `food`, or nullopt when the unit does not apply to it.
/// Units, compared without regard to case, plural "s" allowed:
/// - weights: g, kg, oz, lb (and gram, kilogram, ounce, pound, lbs);
/// - a household measure of the food from its portions ("cup", "large", "medium",
///   "slice", "tbsp"…): the portion whose measure is the unit, or starts with it followed
///   by a space, comma or parenthesis ("cup" matches "cup, chopped"; the first such
///   portion in SR28 order wins);
/// - volumes (ml, l, cup, tbsp, tsp, fl oz, pint, quart, gallon) when the food has a
///   volume portion that gives its density (its first one in SR28 order);
/// - "" or "each" for a countable food: its first portion (one egg, one apple).
std::optional<double> grams_of_amount(const Food& food, double amount, std::string_view unit);

/// The units that apply to `food`, for a message: "g, kg, oz, lb, ml, l, cup, large…".
std::string units_for(const Food& food);

}  // namespace mealplan

#pragma once
// The food knowledge a plan is held to, read from the data directory (data/README.md,
// "Food rules"): the sides a meal may add, the shape of a day's meals, food safety by life
// stage and what the words of an exclusion mean. Each file is validated against the
// catalogue it is used with.

#include <filesystem>
#include <string_view>

#include "catalogue/catalogue.hpp"
#include "core/problems.hpp"
#include "food_rules/exclusion_words.hpp"
#include "food_rules/meal_shape.hpp"
#include "food_rules/safety_rules.hpp"
#include "food_rules/sides.hpp"

namespace mealplan {

struct FoodRules {
    SideList sides;
    MealShape meal_shape;
    SafetyRules safety;
    ExclusionWords exclusion_words;
};

/// The files of a food-rules directory.
inline constexpr std::string_view kSidesFile = "sides.json";
inline constexpr std::string_view kMealShapeFile = "meal-shape.json";
inline constexpr std::string_view kSafetyRulesFile = "safety-rules.json";
inline constexpr std::string_view kExclusionWordsFile = "exclusion-words.json";

/// Reads the four files of `directory` against `catalogue`; the problems of every file, each
/// named by its path and JSON pointer.
Result<FoodRules> load_food_rules(const std::filesystem::path& directory,
                                  const Catalogue& catalogue);

}  // namespace mealplan

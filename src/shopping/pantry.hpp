#pragma once
// What is already at home: read from a pantry file and turned into grams per food, to be
// subtracted once from the whole shopping list.

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "core/problems.hpp"

namespace mealplan {

/// One line of a pantry file, as written.
struct PantryLine {
    std::string food;  ///< NDB number or name
    double amount = 0.0;
    std::string unit;        ///< see grams_of_amount(); may be empty for countable foods
    std::string food_where;  ///< where to point a problem with the food
    std::string unit_where;  ///< where to point a problem with the unit
};

/// Parses a pantry file: JSON {"pantry": [{"food": "01123", "amount": 2, "unit": "large"}]}
/// or CSV with the header "food,amount,unit". JSON when the label ends in ".json" or the
/// text starts with "{" or "[", CSV otherwise. Amounts must be numbers ≥ 0. Every problem
/// is reported, at "<file_label>:/pantry/3/amount" or "<file_label>:7".
Result<std::vector<PantryLine>> parse_pantry(std::string_view text, std::string_view file_label);

/// Grams per food (lines naming the same food add up). A food the catalogue lacks, a
/// name shared by several foods, or a unit that does not apply to the food is a problem.
Result<std::map<FoodId, double>> pantry_grams(const std::vector<PantryLine>& lines,
                                              const Catalogue& catalogue);

/// Reads, parses and converts a pantry file, reporting the problems of every line.
Result<std::map<FoodId, double>> load_pantry(const std::filesystem::path& path,
                                             const Catalogue& catalogue);

}  // namespace mealplan

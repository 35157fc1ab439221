#pragma once
// The food catalogue (data/foods.json): loading with full validation, and writing.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/food.hpp"
#include "core/problems.hpp"

namespace mealplan {

struct Catalogue {
    std::vector<Food> foods;  ///< in file order
    /// Provenance carried from the file's "source" member (USDA SR28 citation).
    std::string source;

    /// The food with this NDB number, or nullptr.
    const Food* find(const FoodId& id) const;
};

/// Parses and validates catalogue JSON. `file_label` names the file in problems
/// ("foods.json:/foods/12/nutrients/magnesium_mg: must be a number ≥ 0 or null").
/// Every problem of the file is reported, not only the first.
Result<Catalogue> parse_catalogue(std::string_view json_text, std::string_view file_label);

/// Reads and parses a catalogue file.
Result<Catalogue> load_catalogue(const std::filesystem::path& path);

/// The catalogue as JSON text in the shipped format (stable key order, so regenerating
/// the file from the same input reproduces it byte for byte).
std::string catalogue_to_json(const Catalogue& catalogue);

}  // namespace mealplan

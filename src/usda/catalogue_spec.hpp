#pragma once
// The selection spec (data/catalogue-spec.json): which SR28 foods the catalogue holds and,
// per food, what USDA does not say — display name, aisle, what a shop sells, meal slots,
// whether it is bought as whole items, allergens, and its reference serving.

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/food.hpp"
#include "core/problems.hpp"

namespace mealplan::usda {

/// A product category of 21 CFR 101.12(b) Table 2, as named in the spec.
struct RaccCategory {
    std::string description;       ///< the regulation's category text
    std::string reference_amount;  ///< as the regulation states it: "85 g", "240 mL"
};

/// What the spec says about one food.
struct FoodSpec {
    FoodId id;
    std::string name;
    std::string aisle;
    std::vector<Package> packages;
    std::set<MealSlot> slots;
    bool countable = false;
    std::set<Allergen> allergens;
    std::string racc;            ///< key into CatalogueSpec::racc_categories
    double serving_grams = 0.0;  ///< the RACC in grams for this food
    /// Measure (start of SR28 Msre_Desc, e.g. "large") of the portion to list first: the
    /// whole item of a countable food. Empty: SR28's own first measure.
    std::string first_portion;
    /// The strictest diet the food fits when its SR28 food group would say otherwise.
    std::optional<Diet> strictest_diet;
    std::string pointer;  ///< "/foods/12", for problems found later by the importer
};

struct CatalogueSpec {
    std::map<std::string, RaccCategory> racc_categories;
    std::vector<FoodSpec> foods;  ///< in file order: the catalogue keeps this order
};

/// Parses and validates spec JSON; problems are "LABEL:/json/pointer: what", all of them.
Result<CatalogueSpec> parse_catalogue_spec(std::string_view json_text, std::string_view file_label);

/// Reads and parses a spec file.
Result<CatalogueSpec> load_catalogue_spec(const std::filesystem::path& path);

}  // namespace mealplan::usda

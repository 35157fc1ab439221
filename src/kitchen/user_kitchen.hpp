#pragma once
// A person's own kitchen: the foods they added from the SR28 table and the dishes they
// imported, kept in their user home (core/user_home.hpp) as foods.json and dishes.json in
// the shipped formats, and layered over the shipped catalogue and dishes so every command
// sees both. A household file can live beside them.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "core/problems.hpp"
#include "dishes/dish.hpp"
#include "usda/catalogue_spec.hpp"
#include "usda/kitchen_rules.hpp"
#include "usda/sr28_table.hpp"

namespace mealplan::kitchen {

/// The person's foods file in `home`.
std::filesystem::path user_foods_path(const std::filesystem::path& home);
/// The person's dishes file in `home`.
std::filesystem::path user_dishes_path(const std::filesystem::path& home);

/// The person's foods; an empty catalogue when they have added none (no file).
Result<Catalogue> load_user_foods(const std::filesystem::path& home);

/// The shipped catalogue followed by the person's foods. A person's food that the shipped
/// catalogue also holds (it was added there since) is a problem naming their file and the
/// command that removes it.
Result<Catalogue> layer_catalogue(Catalogue shipped, const std::filesystem::path& home);

/// The person's dishes, validated against `catalogue` (the layered one); none without a file.
Result<std::vector<Dish>> load_user_dishes(const std::filesystem::path& home,
                                           const Catalogue& catalogue);

/// The shipped dishes followed by the person's; a dish id used by both is a problem.
Result<std::vector<Dish>> layer_dishes(std::vector<Dish> shipped, const std::filesystem::path& home,
                                       const Catalogue& catalogue);

/// What `add_foods` needs besides the home: the tables that derive a food.
struct FoodSources {
    const std::vector<usda::Sr28TableFood>* sr28_table = nullptr;
    const usda::KitchenRules* rules = nullptr;
    const usda::CatalogueSpec* spec = nullptr;  ///< for its RACC categories
    const Catalogue* shipped = nullptr;
};

/// The SR28 food `id` of the table, or nullptr.
const usda::Sr28TableFood* find_sr28_food(const std::vector<usda::Sr28TableFood>& table,
                                          const std::string& id);

/// Catalogue foods made of the table's `rows` as the importer makes the shipped ones, with
/// what the kitchen rules derive for them; `aisle`, when not empty, for all of them.
Result<std::vector<Food>> derive_sr28_foods(const std::vector<const usda::Sr28TableFood*>& rows,
                                            std::string_view aisle, const FoodSources& sources);

/// Adds the SR28 foods `ids` to the person's foods, derived by the importer from the
/// kitchen rules (usda::derive_food_spec, usda::build_catalogue); `aisle`, when not empty,
/// replaces the derived aisle. All or nothing: an id that is not an NDB number, not in the
/// table, already in the shipped catalogue or already added, or repeated, is a problem
/// and nothing is written. Holds the home's lock for the whole read-modify-write. Returns
/// the foods added.
Result<std::vector<Food>> add_foods(const std::filesystem::path& home,
                                    const std::vector<std::string>& ids, std::string_view aisle,
                                    const FoodSources& sources);

/// Removes the person's food `id`. Refused when it is not one of theirs, or when one of
/// their dishes uses it (the problem names the dishes). Returns the removed food.
Result<Food> remove_food(const std::filesystem::path& home, const std::string& id,
                         const Catalogue& shipped);

}  // namespace mealplan::kitchen

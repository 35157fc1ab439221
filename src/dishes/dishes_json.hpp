#pragma once
// Reading data/dishes.json (schema "mealplan.dishes/1"), validated against the catalogue.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "core/problems.hpp"
#include "dishes/dish.hpp"

namespace mealplan {

/// The schema name a dishes file must declare.
inline constexpr std::string_view kDishesSchema = "mealplan.dishes/1";

/// Parses and validates dishes JSON against `catalogue`. Every problem of the file is
/// reported, each named by `file_label` and a JSON pointer, e.g.
/// `dishes.json:/dishes/12/ingredients/3/food_id: unknown food 99999 in "Lentil soup"`.
/// On success the dishes are in file order with their diet and allergen tags derived; an
/// ingredient's optional `"optional": true` marks a garnish the dish can be served without.
Result<std::vector<Dish>> parse_dishes(std::string_view json_text, std::string_view file_label,
                                       const Catalogue& catalogue);

/// Reads `path` and parses it; problems are labelled with the file's name.
Result<std::vector<Dish>> load_dishes(const std::filesystem::path& path,
                                      const Catalogue& catalogue);

/// `dishes` as dishes JSON that parse_dishes() reads back: schema, `source`, and each dish
/// without its derived tags (the reader refuses stated ones). Stable member order, so the
/// same dishes give the same bytes.
std::string dishes_to_json(const std::vector<Dish>& dishes, std::string_view source);

}  // namespace mealplan

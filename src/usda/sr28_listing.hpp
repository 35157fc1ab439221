#pragma once
// What `mealplan foods --all` prints: foods of the whole SR28 table (sr28_table.hpp) found
// by words of their description, for people or as JSON (schema "mealplan.sr28-foods/1").

#include <string>
#include <string_view>
#include <vector>

#include "usda/sr28_table.hpp"

namespace mealplan::usda {

/// The foods whose SR28 description holds every word of `text` (case-insensitive), in table
/// order; empty text matches every food.
std::vector<const Sr28TableFood*> search_sr28_table(const std::vector<Sr28TableFood>& table,
                                                    std::string_view text);

/// One aligned line per food (NDB number, description, food group), then the count;
/// "No SR28 food matches." when `foods` is empty.
std::string sr28_foods_text(const std::vector<const Sr28TableFood*>& foods);

/// {"schema": "mealplan.sr28-foods/1", "source", "foods": [{"id", "name",
/// "usda_food_group", "portions", "nutrients"}]}: the members a catalogue food takes from
/// SR28, nutrients per 100 g with null for unknown.
std::string sr28_foods_json(const std::vector<const Sr28TableFood*>& foods);

}  // namespace mealplan::usda

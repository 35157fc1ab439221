#pragma once
// What `mealplan foods` prints: catalogue foods with the nutrients they are good and
// excellent sources of, or the ranked sources of one nutrient. (The JSON form of a
// selection is the catalogue format itself: catalogue_to_json.)

#include <string>
#include <string_view>
#include <vector>

#include "catalogue/food.hpp"
#include "catalogue/food_query.hpp"

namespace mealplan {

/// One aligned line per food — id, name, aisle, the nutrients it is an excellent and a good
/// source of — then the count; "No food matches." when `foods` is empty.
std::string foods_text(const std::vector<const Food*>& foods);

/// For each food just added to a person's catalogue, what was derived for it, so they can
/// check it: "Added 11090 Broccoli, raw: aisle produce; lunch, dinner; reference serving
/// 85 g; fits vegan; allergens: none; source of …", with `verb` ("Added", "Removed") first.
std::string kitchen_foods_text(const std::vector<Food>& foods, std::string_view verb);

/// The sources of `nutrient` as ranked by rank_sources(): a heading with the Daily Value
/// and the claim rule (or, without a Daily Value, the unit), then one aligned line per food
/// with its serving, amount per serving, % DV and claim.
std::string sources_text(const std::vector<SourceRanking>& ranking, Nutrient nutrient);

}  // namespace mealplan

#pragma once
// What `mealplan foods` prints: catalogue foods with the nutrients they are good and
// excellent sources of, or the ranked sources of one nutrient. (The JSON form of a
// selection is the catalogue format itself: catalogue_to_json.)

#include <string>
#include <vector>

#include "catalogue/food.hpp"
#include "catalogue/food_query.hpp"

namespace mealplan {

/// One aligned line per food — id, name, aisle, the nutrients it is an excellent and a good
/// source of — then the count; "No food matches." when `foods` is empty.
std::string foods_text(const std::vector<const Food*>& foods);

/// The sources of `nutrient` as ranked by rank_sources(): a heading with the Daily Value
/// and the claim rule (or, without a Daily Value, the unit), then one aligned line per food
/// with its serving, amount per serving, % DV and claim.
std::string sources_text(const std::vector<SourceRanking>& ranking, Nutrient nutrient);

}  // namespace mealplan

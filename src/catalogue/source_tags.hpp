#pragma once
// Nutrient-content claims "good source" and "excellent source" (21 CFR 101.54(b), (c)):
// a food qualifies when one reference serving (the RACC of 21 CFR 101.12) gives at least
// 10 % (good) or 20 % (excellent) of the FDA Daily Value.

#include <map>
#include <optional>

#include "catalogue/food.hpp"
#include "nutrients/nutrient.hpp"

namespace mealplan {

/// The claim level for `amount_per_serving` of a nutrient whose Daily Value is
/// `daily_value` (same unit): Excellent at ≥ 20 % DV, Good at ≥ 10 %, otherwise none.
/// An unknown amount, or a nutrient without a Daily Value (≤ 0), never gets a claim.
std::optional<SourceLevel> source_level(std::optional<double> amount_per_serving,
                                        std::optional<double> daily_value);

/// True for the nutrients a source claim can be made for: those with a Daily Value,
/// except energy and the nutrients labels limit rather than seek (fat, carbohydrate,
/// sodium).
bool can_be_claimed(Nutrient nutrient);

/// Percent of the Daily Value in `serving_grams` of a food with `per_100g` of the
/// nutrient; nullopt when the value is unknown or the nutrient has no Daily Value.
std::optional<double> percent_daily_value(Nutrient nutrient, std::optional<double> per_100g,
                                          double serving_grams);

/// Every source claim of a food with these values per 100 g and this reference serving.
std::map<Nutrient, SourceLevel> derive_sources(const NutrientValues& per_100g,
                                               double serving_grams);

}  // namespace mealplan

#pragma once
// Reading one criterion of a rule file (catalogue/food_criteria.hpp) from JSON: the same
// members and checks in every file that selects foods by criteria (data/sides.json,
// data/safety-rules.json, data/kitchen-rules.json and the others; data/README.md,
// "Criteria and food selectors").

#include <optional>
#include <string>

#include "catalogue/food_criteria.hpp"
#include "core/json_input.hpp"

namespace mealplan {

/// The criterion `value` is: an object of `food_groups` (SR28 group names),
/// `description_words_any`, `description_words_none`, `description_starts_any` (lists of
/// words or phrases, each held as its words) and `allergens_any`, every member optional
/// and every list non-empty. Problems go to `check` at their JSON pointer; nullopt when
/// `value` is not an object.
std::optional<FoodCriterion> read_criterion(const json_input::Json& value,
                                            const std::string& pointer, json_input::Checker& check);

}  // namespace mealplan

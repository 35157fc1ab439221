#pragma once
// The meals `--swap` and `--keep` name: DAY:SLOT, the day as its number in the plan (1, 2, …)
// or its weekday (mon … sun, or the whole name, day 1 being Monday as the reports print it),
// the slot as the plan names it (breakfast, lunch, dinner, snack). A one-day plan's meals
// may be named by their slot alone.

#include <string>
#include <string_view>
#include <vector>

#include "core/problems.hpp"
#include "planner/plan_request.hpp"

namespace mealplan::cli {

/// The meals of `texts` (each one meal; lists already split at commas), or a problem at
/// `option` for every text that names no meal. `slot_alone` lets a text be a slot alone,
/// meaning day 1.
Result<std::vector<MealRef>> parse_meal_refs(const std::vector<std::string>& texts,
                                             std::string_view option, bool slot_alone);

/// `ref` as the options spell it: "2:dinner".
std::string meal_ref_text(const MealRef& ref);

}  // namespace mealplan::cli

#pragma once
// The sides a plan may add to a meal: only those of the sides file (data/sides.json, read
// by food_rules/sides.hpp), each a household portion of one or a few foods, and only when
// the request's filter allows every one of its foods.

#include <vector>

#include "catalogue/catalogue.hpp"
#include "food_rules/sides.hpp"
#include "planner/food_filter.hpp"

namespace mealplan {

/// The sides of `sides` whose every food is in `catalogue` and allowed by `filter`, in
/// file order.
std::vector<Side> allowed_sides(const SideList& sides, const Catalogue& catalogue,
                                const FoodFilter& filter);

}  // namespace mealplan

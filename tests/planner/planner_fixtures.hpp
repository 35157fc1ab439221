#pragma once
// A small real-data world for the planner tests: 28 SR28 foods (tests/fixtures/planner/
// foods.csv, values copied from USDA SR28), 15 dishes made of them, eight sides, and the DRI
// targets
// of a woman of 31–50 years (IOM 2011 tables, 2019 potassium/sodium update).

#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "dri/targets.hpp"
#include "food_rules/food_rules.hpp"
#include "planner/plan_request.hpp"

namespace mealplan::testing {

/// The fixture catalogue (parsed once).
const Catalogue& fixture_catalogue();

/// The fixture dishes.
const std::vector<PlannerDish>& fixture_dishes();

/// The food rules of the fixture: the sides of tests/fixtures/planner/sides.json (fruit,
/// milks, almonds, cheddar, toast with peanut butter) and the default meal shape.
const FoodRules& fixture_rules();

/// RDA/AI minimums and scoped ULs of females 31–50 y, 2,000 kcal ± 10 %.
Targets reference_targets();

}  // namespace mealplan::testing

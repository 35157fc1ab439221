#pragma once
// The shipped data (data/): catalogue, dishes, food rules and DRI table, loaded once for
// the planner tests that ask what a real plan holds.

#include <vector>

#include "catalogue/catalogue.hpp"
#include "dishes/dishes_json.hpp"
#include "dri/targets.hpp"
#include "food_rules/food_rules.hpp"
#include "planner/planner.hpp"

namespace mealplan::testing {

struct Shipped {
    Catalogue catalogue;
    std::vector<PlannerDish> dishes;
    FoodRules rules;
};

/// The shipped catalogue, dishes and food rules; throws when any fails to load.
const Shipped& shipped();

/// The DRI targets of `profile` from the shipped table; throws when it has none.
Targets shipped_targets(const Profile& profile);

/// A profile of `sex` and `age`, pregnant when asked.
Profile person(double age, bool pregnant = false, Sex sex = Sex::Female);

}  // namespace mealplan::testing

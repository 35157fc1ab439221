#pragma once
// Finding a food or a dish in a plan by what a person types: an NDB number or a dish id,
// a name, or part of one ("sardines").

#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "core/problems.hpp"
#include "plan/plan.hpp"

namespace mealplan {

/// A meal of a plan that serves the subject.
struct PlanPlace {
    int day = 1;
    MealSlot slot = MealSlot::Breakfast;
    bool side = false;  ///< a food served as a side item, not in the meal's dish
};

/// A food of a plan's meals or one of its dishes, and every meal that serves it.
struct PlanSubject {
    bool dish = false;
    std::string id;    ///< the food's NDB number or the dish's id
    std::string name;  ///< the catalogue's name of the food, the plan's name of the dish
    std::vector<PlanPlace> places;
};

/// What `text` names in `plan`: a food by NDB number or a dish by id; else a food or dish
/// whose name is `text` (any case); else the one food, then the one dish, whose name
/// contains it. Not
/// found, or found more than once, is one line of words saying so (with the candidates).
Result<PlanSubject, std::string> find_in_plan(const Plan& plan, const Catalogue& catalogue,
                                              std::string_view text);

}  // namespace mealplan

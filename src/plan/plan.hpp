#pragma once
// A meal plan as plain data: what the planner produces, reports print and the shopping
// list reads back from plan JSON (schema "mealplan.plan/1").

#include <optional>
#include <string>
#include <vector>

#include "catalogue/food.hpp"
#include "plan/recorded_request.hpp"

namespace mealplan {

/// One food in a meal, at a weight. `portion` is the household measure a person reads
/// ("1 cup", "2 large"), empty when none fits.
struct PlanItem {
    FoodId food_id;
    std::string name;
    double grams = 0.0;
    std::string portion;
    bool side = false;  ///< a side item added to the meal, not an ingredient of its dish
};

/// A slot's dish at a number of servings, plus side items. `items` lists every food
/// eaten in the meal: the dish's ingredients scaled by `servings`, then the sides.
struct PlanMeal {
    MealSlot slot = MealSlot::Breakfast;
    std::string dish_id;  ///< empty for a meal of sides only
    std::string dish;     ///< the dish's display name
    double servings = 1.0;
    std::vector<PlanItem> items;
};

struct PlanDay {
    int day = 1;  ///< 1-based
    std::vector<PlanMeal> meals;
};

/// Who a plan read back from plan JSON is for, as far as its costs need: the sex
/// ("female" or "male") and age of its "profile".
struct PlanPerson {
    std::string sex;
    double age_years = 0.0;
};

struct Plan {
    std::vector<PlanDay> days;
    /// Read from plan JSON when it carries a profile; the planner leaves it empty.
    std::optional<PlanPerson> person;
    /// The request the plan answers: set by the planner, and read from plan JSON when it
    /// records one (plans written before the request was recorded have none).
    std::optional<RecordedRequest> request;
    /// The plan's soft objective (energy fit, cost, portions) as plan JSON records it; the
    /// planner leaves it empty and reports it in PlanResult::objective.
    std::optional<double> objective;
};

}  // namespace mealplan

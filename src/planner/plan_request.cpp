#include "planner/plan_request.hpp"

namespace mealplan {

std::vector<PlannerDish> planner_dishes(const std::vector<Dish>& dishes) {
    std::vector<PlannerDish> out;
    for (const Dish& dish : dishes) {
        PlannerDish planner_dish{dish.id, dish.name, {}, dish.slots};
        for (const Ingredient& ingredient : dish.ingredients) {
            planner_dish.ingredients.push_back(
                {ingredient.food_id, ingredient.grams, ingredient.optional, ingredient.as_served});
        }
        out.push_back(std::move(planner_dish));
    }
    return out;
}

}  // namespace mealplan

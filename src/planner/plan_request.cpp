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

RecordedRequest record_of(const PlanRequest& request, const Profile& profile) {
    RecordedRequest recorded;
    recorded.profile = profile;
    recorded.days = request.days;
    recorded.coverage = request.coverage;
    recorded.max_repeats = request.max_repeats;
    recorded.seed = request.seed;
    recorded.time_limit_seconds = request.time_limit_seconds;
    recorded.relative_gap = request.relative_gap;
    recorded.diet = request.diet;
    recorded.avoid = request.avoid;
    recorded.exclude = request.exclude;
    recorded.allow_supplements = request.allow_supplements;
    return recorded;
}

PlanRequest request_from(const RecordedRequest& recorded) {
    PlanRequest request;
    request.days = recorded.days;
    request.coverage = recorded.coverage;
    request.max_repeats = recorded.max_repeats;
    request.seed = recorded.seed;
    request.time_limit_seconds = recorded.time_limit_seconds;
    request.relative_gap = recorded.relative_gap;
    request.diet = recorded.diet;
    request.avoid = recorded.avoid;
    request.exclude = recorded.exclude;
    request.allow_supplements = recorded.allow_supplements;
    return request;
}

}  // namespace mealplan

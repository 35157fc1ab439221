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

namespace {

/// The fields a PlanRequest and its record share, copied from one to the other.
template <class From, class To>
void copy_recorded_fields(const From& from, To& to) {
    to.days = from.days;
    to.coverage = from.coverage;
    to.max_repeats = from.max_repeats;
    to.seed = from.seed;
    to.time_limit_seconds = from.time_limit_seconds;
    to.relative_gap = from.relative_gap;
    to.diet = from.diet;
    to.avoid = from.avoid;
    to.exclude = from.exclude;
    to.allow_supplements = from.allow_supplements;
}

}  // namespace

RecordedRequest record_of(const PlanRequest& request, const Profile& profile) {
    RecordedRequest recorded;
    recorded.profile = profile;
    copy_recorded_fields(request, recorded);
    return recorded;
}

PlanRequest request_from(const RecordedRequest& recorded) {
    PlanRequest request;
    copy_recorded_fields(recorded, request);
    return request;
}

}  // namespace mealplan

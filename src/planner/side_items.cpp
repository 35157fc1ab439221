#include "planner/side_items.hpp"

#include <algorithm>

namespace mealplan {

std::vector<Side> allowed_sides(const SideList& sides, const Catalogue& catalogue,
                                const FoodFilter& filter) {
    std::vector<Side> allowed;
    for (const Side& side : sides.sides) {
        const bool every_food_allowed =
            std::all_of(side.foods.begin(), side.foods.end(), [&](const SideFood& food) {
                const Food* found = catalogue.find(food.food_id);
                return found != nullptr && filter.allows(*found);
            });
        if (every_food_allowed) allowed.push_back(side);
    }
    return allowed;
}

}  // namespace mealplan

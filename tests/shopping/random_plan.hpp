#pragma once
// Seeded random plans over a catalogue, for property tests: any plan the planner could
// write (several days, meals in any slot, dishes and sides, fractional grams).

#include <random>

#include "catalogue/catalogue.hpp"
#include "plan/plan.hpp"

namespace mealplan::testing {

inline Plan random_plan(const Catalogue& catalogue, std::uint32_t seed) {
    std::mt19937 random(seed);
    const auto uniform = [&random](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(random);
    };
    Plan plan;
    const int days = uniform(1, 7);
    for (int d = 1; d <= days; ++d) {
        PlanDay day;
        day.day = d;
        const int meals = uniform(1, 4);
        for (int m = 0; m < meals; ++m) {
            PlanMeal meal;
            meal.slot = static_cast<MealSlot>(uniform(0, 3));
            meal.dish_id = "dish-" + std::to_string(uniform(1, 20));
            meal.servings = 0.5 * uniform(1, 4);
            const int items = uniform(0, 5);
            for (int i = 0; i < items; ++i) {
                const auto& food =
                    catalogue.foods[uniform(0, static_cast<int>(catalogue.foods.size()) - 1)];
                PlanItem item;
                item.food_id = food.id;
                item.name = food.name;
                // Whole grams most of the time, tenths sometimes, as a planner writes them.
                item.grams = uniform(0, 3) == 0 ? uniform(1, 4000) / 10.0 : uniform(1, 400);
                item.side = uniform(0, 4) == 0;
                meal.items.push_back(item);
            }
            day.meals.push_back(meal);
        }
        plan.days.push_back(day);
    }
    return plan;
}

/// Grams of each food over the whole plan.
inline std::map<FoodId, double> plan_totals(const Plan& plan) {
    std::map<FoodId, double> totals;
    for (const auto& day : plan.days) {
        for (const auto& meal : day.meals) {
            for (const auto& item : meal.items) totals[item.food_id] += item.grams;
        }
    }
    return totals;
}

}  // namespace mealplan::testing

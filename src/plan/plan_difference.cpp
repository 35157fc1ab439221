#include "plan/plan_difference.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "plan/totals.hpp"

namespace mealplan {
namespace {

/// Grams of each food served in the meals of `plan` at `places` (a day and slot each).
std::map<FoodId, double> grams_by_food(const Plan& plan, const std::vector<PlanPlace>& places) {
    std::map<FoodId, double> grams;
    for (const PlanDay& day : plan.days) {
        for (const PlanMeal& meal : day.meals) {
            const bool compared =
                std::any_of(places.begin(), places.end(), [&](const PlanPlace& place) {
                    return place.day == day.day && place.slot == meal.slot;
                });
            if (!compared) continue;
            for (const PlanItem& item : meal.items) grams[item.food_id] += item.grams;
        }
    }
    return grams;
}

/// What a meal is, for telling whether two plans serve the same one: its dish and servings,
/// and its items' foods and weights in order.
using MealKey = std::tuple<std::string, double, std::vector<std::pair<FoodId, double>>>;

std::map<std::pair<int, MealSlot>, MealKey> meals_by_place(const Plan& plan) {
    std::map<std::pair<int, MealSlot>, MealKey> meals;
    for (const PlanDay& day : plan.days) {
        for (const PlanMeal& meal : day.meals) {
            MealKey key{meal.dish_id, meal.servings, {}};
            for (const PlanItem& item : meal.items)
                std::get<2>(key).emplace_back(item.food_id, item.grams);
            meals[{day.day, meal.slot}] = std::move(key);
        }
    }
    return meals;
}

}  // namespace

PlanDifference compare_plans(const Plan& before, const Plan& after, const Catalogue& catalogue,
                             const Targets& targets, const std::vector<PlanPlace>& places) {
    PlanDifference difference;
    const NutrientTotals old_day = average_day_totals(before.days, catalogue);
    const NutrientTotals new_day = average_day_totals(after.days, catalogue);
    for (const auto& entry : all_nutrients()) {
        const std::optional<double> minimum = targets[entry.nutrient].min;
        if (!minimum || *minimum <= 0.0) continue;
        const NutrientDrop drop{entry.nutrient, old_day[entry.nutrient], new_day[entry.nutrient],
                                *minimum};
        if (drop.share_of_minimum() >= kNoticeableDrop) difference.drops.push_back(drop);
    }
    std::stable_sort(difference.drops.begin(), difference.drops.end(),
                     [](const NutrientDrop& a, const NutrientDrop& b) {
                         return a.share_of_minimum() > b.share_of_minimum();
                     });

    const std::map<FoodId, double> old_grams = grams_by_food(before, places);
    for (const auto& [food_id, grams] : grams_by_food(after, places)) {
        const auto found = old_grams.find(food_id);
        const double had = found == old_grams.end() ? 0.0 : found->second;
        // Less than a gram more is the same food at a rounded weight.
        if (grams < had + 1.0) continue;
        const Food* food = catalogue.find(food_id);
        difference.gains.push_back({food_id, food != nullptr ? food->name : food_id, had, grams});
    }
    std::stable_sort(difference.gains.begin(), difference.gains.end(),
                     [](const FoodGain& a, const FoodGain& b) {
                         return a.grams_after - a.grams_before > b.grams_after - b.grams_before;
                     });

    const auto old_meals = meals_by_place(before);
    const auto new_meals = meals_by_place(after);
    difference.meals = static_cast<int>(old_meals.size());
    for (const auto& [place, meal] : old_meals) {
        const auto found = new_meals.find(place);
        if (found == new_meals.end() || found->second != meal) ++difference.meals_changed;
    }
    for (const auto& [place, meal] : new_meals) {
        if (old_meals.count(place) == 0) ++difference.meals_changed;
    }
    return difference;
}

}  // namespace mealplan

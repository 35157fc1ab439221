#include "food_rules/safety_rules.hpp"

#include <algorithm>

namespace mealplan {
namespace {

// The FDA/EPA advice counts fish in ounces as eaten.
constexpr double kGramsPerOunce = 28.35;

}  // namespace

bool ForbiddenFoods::forbids(const FoodId& food_id, std::optional<Preparation> as_served,
                             bool in_dish) const {
    if (!foods.contains(food_id)) return false;
    if (hazard_is_a_way_of_serving) return as_served && unsafe_as_served.count(*as_served) > 0;
    if (!as_served && in_dish && cooked_in_dishes.count(food_id) > 0)
        as_served = Preparation::Cooked;
    return !as_served || safe_as_served.count(*as_served) == 0;
}

std::optional<double> FishRule::share_per_gram(const FoodId& food_id, double age_years) const {
    const auto category = category_of.find(food_id);
    if (category == category_of.end() || category->second == FishCategory::Avoid)
        return std::nullopt;
    const auto serving = std::find_if(serving_oz.begin(), serving_oz.end(), [&](const auto& band) {
        return band.first.contains(age_years);
    });
    if (serving == serving_oz.end()) return std::nullopt;
    const FishServings& servings = age_years < children_age_to_years ? children : adults;
    const double most =
        category->second == FishCategory::Best ? servings.best_max : servings.good_max;
    return 1.0 / (most * serving->second * kGramsPerOunce);
}

std::optional<double> NutrientMaxRule::max_at(double age_years) const {
    for (const auto& [ages, max] : limits) {
        if (ages.contains(age_years)) return max;
    }
    return std::nullopt;
}

bool SafetyRule::applies(double age_years, std::optional<LifeCondition> condition) const {
    return std::any_of(applies_to.begin(), applies_to.end(), [&](const LifeStageMatch& stage) {
        return stage.condition ? stage.condition == condition : stage.ages.contains(age_years);
    });
}

}  // namespace mealplan

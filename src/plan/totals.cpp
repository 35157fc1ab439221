#include "plan/totals.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace mealplan {
namespace {

// Plans have a few dozen items and catalogues a few hundred foods: an index built once per
// call keeps lookups cheap without requiring anything of Catalogue.
class FoodLookup {
  public:
    explicit FoodLookup(const Catalogue& catalogue) {
        for (const auto& food : catalogue.foods) by_id_.emplace(food.id, &food);
    }
    const Food* find(const FoodId& id) const {
        const auto found = by_id_.find(id);
        return found == by_id_.end() ? nullptr : found->second;
    }

  private:
    std::unordered_map<FoodId, const Food*> by_id_;
};

void add_item(NutrientTotals& totals, const PlanItem& item, const FoodLookup& foods) {
    const Food* food = foods.find(item.food_id);
    totals.grams += item.grams;
    for (std::size_t n = 0; n < kNutrientCount; ++n) {
        const std::optional<double> per_100g =
            food != nullptr ? food->per_100g[n] : std::optional<double>{};
        if (per_100g) {
            totals.amounts[n] += item.grams / 100.0 * *per_100g;
        } else {
            totals.unknown_grams[n] += item.grams;
        }
    }
}

}  // namespace

double NutrientTotals::unknown_share(Nutrient nutrient) const {
    if (grams <= 0.0) return 0.0;
    return unknown_grams[index(nutrient)] / grams;
}

NutrientTotals day_totals(const PlanDay& day, const Catalogue& catalogue) {
    const FoodLookup foods(catalogue);
    NutrientTotals totals;
    for (const auto& meal : day.meals) {
        for (const auto& item : meal.items) add_item(totals, item, foods);
    }
    return totals;
}

NutrientTotals average_day_totals(std::span<const PlanDay> days, const Catalogue& catalogue) {
    const FoodLookup foods(catalogue);
    NutrientTotals totals;
    if (days.empty()) return totals;
    for (const auto& day : days) {
        for (const auto& meal : day.meals) {
            for (const auto& item : meal.items) add_item(totals, item, foods);
        }
    }
    const double count = static_cast<double>(days.size());
    for (std::size_t n = 0; n < kNutrientCount; ++n) {
        totals.amounts[n] /= count;
        totals.unknown_grams[n] /= count;
    }
    totals.grams /= count;
    return totals;
}

std::vector<FoodContribution> contributions(std::span<const PlanDay> days, Nutrient nutrient,
                                            const Catalogue& catalogue) {
    const FoodLookup foods(catalogue);
    std::map<FoodId, FoodContribution> by_food;
    double total = 0.0;
    for (const auto& day : days) {
        for (const auto& meal : day.meals) {
            for (const auto& item : meal.items) {
                const Food* food = foods.find(item.food_id);
                if (food == nullptr) continue;
                const auto& per_100g = food->per_100g[index(nutrient)];
                if (!per_100g) continue;
                const double amount = item.grams / 100.0 * *per_100g;
                auto& entry = by_food[item.food_id];
                entry.food_id = item.food_id;
                entry.name = food->name;
                entry.amount += amount;
                total += amount;
            }
        }
    }
    std::vector<FoodContribution> result;
    for (auto& [id, entry] : by_food) {
        if (entry.amount <= 0.0) continue;
        entry.share = entry.amount / total;
        result.push_back(std::move(entry));
    }
    std::stable_sort(
        result.begin(), result.end(),
        [](const FoodContribution& a, const FoodContribution& b) { return a.amount > b.amount; });
    return result;
}

}  // namespace mealplan

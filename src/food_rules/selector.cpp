#include "food_rules/selector.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace mealplan {

const std::string& rule_description(const Food& food) {
    return food.usda_description.empty() ? food.name : food.usda_description;
}

bool criterion_matches(const FoodCriterion& criterion, const Food& food,
                       std::span<const std::string> description_words) {
    return matches(criterion, description_words, food.usda_food_group, food.allergens);
}

bool any_criterion_matches(const FoodSelector& selector, const Food& food,
                           std::span<const std::string> description_words) {
    return std::any_of(selector.criteria.begin(), selector.criteria.end(),
                       [&](const FoodCriterion& criterion) {
                           return criterion_matches(criterion, food, description_words);
                       });
}

std::vector<std::vector<std::string>> description_words(const Catalogue& catalogue) {
    std::vector<std::vector<std::string>> words;
    words.reserve(catalogue.foods.size());
    for (const Food& food : catalogue.foods) words.push_back(words_of(rule_description(food)));
    return words;
}

void choose_foods(FoodSelector& selector, const Catalogue& catalogue,
                  const std::vector<std::vector<std::string>>& words) {
    selector.foods.clear();
    for (std::size_t i = 0; i < catalogue.foods.size(); ++i) {
        const Food& food = catalogue.foods[i];
        const bool chosen =
            selector.also.count(food.id) > 0 || any_criterion_matches(selector, food, words[i]);
        if (chosen && selector.except.count(food.id) == 0) selector.foods.insert(food.id);
    }
}

}  // namespace mealplan

#include "food_rules/selector.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace mealplan {

const std::string& rule_description(const Food& food) {
    return food.usda_description.empty() ? food.name : food.usda_description;
}

bool criterion_matches(const FoodCriterion& criterion, const Food& food,
                       std::span<const std::string> description_words) {
    if (!criterion.food_groups.empty() &&
        std::find(criterion.food_groups.begin(), criterion.food_groups.end(),
                  food.usda_food_group) == criterion.food_groups.end()) {
        return false;
    }
    const auto occurs = [&](const std::vector<std::string>& phrase) {
        return has_phrase(description_words, phrase);
    };
    if (!criterion.words_any.empty() &&
        std::none_of(criterion.words_any.begin(), criterion.words_any.end(), occurs)) {
        return false;
    }
    if (std::any_of(criterion.words_none.begin(), criterion.words_none.end(), occurs)) {
        return false;
    }
    if (!criterion.starts_any.empty() &&
        std::none_of(criterion.starts_any.begin(), criterion.starts_any.end(),
                     [&](const std::vector<std::string>& phrase) {
                         return starts_with_phrase(description_words, phrase);
                     })) {
        return false;
    }
    if (!criterion.allergens_any.empty() &&
        std::none_of(food.allergens.begin(), food.allergens.end(), [&](Allergen allergen) {
            return criterion.allergens_any.count(allergen) > 0;
        })) {
        return false;
    }
    return true;
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

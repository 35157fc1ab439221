#include "catalogue/food_criteria.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace mealplan {

FoodFacts facts_of(const Food& food) {
    return {words_of(food.usda_description.empty() ? food.name : food.usda_description),
            food.usda_food_group, food.allergens};
}

bool matches(const FoodCriterion& criterion, std::span<const std::string> description_words,
             std::string_view food_group, const std::set<Allergen>& allergens) {
    if (!criterion.food_groups.empty() &&
        std::find(criterion.food_groups.begin(), criterion.food_groups.end(), food_group) ==
            criterion.food_groups.end()) {
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
    const auto starts = [&](const std::vector<std::string>& phrase) {
        return starts_with_phrase(description_words, phrase);
    };
    if (!criterion.starts_any.empty() &&
        std::none_of(criterion.starts_any.begin(), criterion.starts_any.end(), starts)) {
        return false;
    }
    if (!criterion.allergens_any.empty() &&
        std::none_of(criterion.allergens_any.begin(), criterion.allergens_any.end(),
                     [&](Allergen allergen) { return allergens.count(allergen) != 0; })) {
        return false;
    }
    return true;
}

bool matches(const FoodCriterion& criterion, const FoodFacts& facts) {
    return matches(criterion, facts.description_words, facts.food_group, facts.allergens);
}

bool matches_any(const std::vector<FoodCriterion>& criteria, const FoodFacts& facts) {
    return std::any_of(criteria.begin(), criteria.end(),
                       [&](const FoodCriterion& criterion) { return matches(criterion, facts); });
}

}  // namespace mealplan

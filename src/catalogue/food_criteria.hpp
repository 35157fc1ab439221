#pragma once
// The criteria of the food rules (data/README.md, "Criteria and food selectors"): which
// foods a rule means, read on a food's SR28 description, SR28 food group and allergens,
// so that a food added later is classified as the shipped ones are, with the words of
// core/text.hpp. tools/food_rules.py is the reference implementation; this is the same
// matching in C++, for the food rules (food_rules/selector.hpp) and the kitchen's rules
// (usda/kitchen_rules.hpp) alike.

#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/food.hpp"

namespace mealplan {

/// One criterion: every member that is not empty must hold; an empty criterion matches
/// every food. Phrases are held as their rule_words().
struct FoodCriterion {
    std::vector<std::string> food_groups;              ///< the SR28 group is one of them
    std::vector<std::vector<std::string>> words_any;   ///< one phrase occurs
    std::vector<std::vector<std::string>> words_none;  ///< no phrase occurs
    std::vector<std::vector<std::string>> starts_any;  ///< the description starts so
    std::set<Allergen> allergens_any;                  ///< the food has one of them
};

/// What a criterion is read against.
struct FoodFacts {
    std::vector<std::string> description_words;  ///< words_of() the SR28 description
    std::string food_group;                      ///< SR28 FdGrp_Desc
    std::set<Allergen> allergens;
};

/// The facts of a catalogue food: its SR28 description (its name when it has none), group
/// and allergens.
FoodFacts facts_of(const Food& food);

/// True when a food of these description words, SR28 group and allergens satisfies every
/// member of `criterion`.
bool matches(const FoodCriterion& criterion, std::span<const std::string> description_words,
             std::string_view food_group, const std::set<Allergen>& allergens);

/// True when `facts` satisfy every member of `criterion`.
bool matches(const FoodCriterion& criterion, const FoodFacts& facts);

/// True when any of `criteria` matches (an empty list matches nothing).
bool matches_any(const std::vector<FoodCriterion>& criteria, const FoodFacts& facts);

}  // namespace mealplan

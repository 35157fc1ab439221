#pragma once
// The criteria of the food rules (data/README.md, "Criteria and food selectors"): which
// foods a rule means, read on a food's SR28 description, SR28 food group and allergens,
// so that a food added later is classified as the shipped ones are. tools/food_rules.py
// is the reference implementation; this is the same matching in C++.

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/food.hpp"

namespace mealplan {

/// The words of `text` as the rules read them: runs of letters and digits, lower-cased,
/// with the accents of Latin letters folded ("Jalapeño" → "jalapeno", "Sun-dried" →
/// "sun", "dried"). Any other character separates words.
std::vector<std::string> rule_words(std::string_view text);

/// True when `phrase` (a non-empty list of words) occurs in `words` consecutively.
bool has_phrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase);

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
    std::vector<std::string> description_words;  ///< rule_words() of the SR28 description
    std::string food_group;                      ///< SR28 FdGrp_Desc
    std::set<Allergen> allergens;
};

/// The facts of a catalogue food: its SR28 description (its name when it has none), group
/// and allergens.
FoodFacts facts_of(const Food& food);

/// True when `facts` satisfy every member of `criterion`.
bool matches(const FoodCriterion& criterion, const FoodFacts& facts);

/// True when any of `criteria` matches (an empty list matches nothing).
bool matches_any(const std::vector<FoodCriterion>& criteria, const FoodFacts& facts);

}  // namespace mealplan

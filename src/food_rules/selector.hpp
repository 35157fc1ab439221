#pragma once
// The pieces every food-rule file shares (data/README.md, "Criteria and food selectors"):
// which catalogue foods a rule means, said by criteria on the SR28 description, food group
// and allergens so that a food added to the catalogue later is classified by the same rule;
// the ages and life stages a rule applies to; the sources it names.

#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "catalogue/food_criteria.hpp"
#include "core/enum_names.hpp"

namespace mealplan {

/// The foods a rule means: those any criterion matches, plus `also`, minus `except`
/// (foods named by hand, each with a reason in the file).
struct FoodSelector {
    std::vector<FoodCriterion> criteria;
    std::set<FoodId> also;
    std::set<FoodId> except;
    /// The chosen foods of the catalogue the rules were read with (choose_foods).
    std::set<FoodId> foods;

    bool contains(const FoodId& id) const { return foods.count(id) > 0; }
};

/// The text criteria read: the food's SR28 description, or its display name without one.
const std::string& rule_description(const Food& food);

/// True when `criterion` holds for `food`, whose rule_description has the words
/// `description_words`.
bool criterion_matches(const FoodCriterion& criterion, const Food& food,
                       std::span<const std::string> description_words);

/// True when any criterion of `selector` holds for `food` (also and except aside).
bool any_criterion_matches(const FoodSelector& selector, const Food& food,
                           std::span<const std::string> description_words);

/// The words of each catalogue food's rule_description, in catalogue order (computed once
/// for the many selectors of the rule files).
std::vector<std::vector<std::string>> description_words(const Catalogue& catalogue);

/// Fills `selector.foods` from `catalogue`: criteria matches ∪ also − except. `words` is
/// description_words(catalogue).
void choose_foods(FoodSelector& selector, const Catalogue& catalogue,
                  const std::vector<std::vector<std::string>>& words);

/// Ages in years: from inclusive, to exclusive (none: no upper end).
struct AgeRange {
    double from_years = 0.0;
    std::optional<double> to_years;

    bool contains(double age_years) const {
        return age_years >= from_years && (!to_years || age_years < *to_years);
    }
};

/// The conditions a life-stage rule may name.
enum class LifeCondition { Pregnancy, Lactation };
template <>
inline constexpr auto kEnumNames<LifeCondition> = make_enum_names<LifeCondition>(
    {{LifeCondition::Pregnancy, "pregnancy"}, {LifeCondition::Lactation, "lactation"}});

/// Whom a rule applies to: a condition, or an age range.
struct LifeStageMatch {
    std::optional<LifeCondition> condition;
    AgeRange ages;
};

/// A source a rule names: "FDA/EPA Advice about Eating Fish (2021)".
struct RuleSource {
    std::string id;
    std::string title;
    std::string agency;
    int year = 0;
    std::string url;  ///< empty when the file gives none
};

}  // namespace mealplan

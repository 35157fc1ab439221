#pragma once
// Food safety by life stage (data/safety-rules.json, schema "mealplan.safety-rules/1"):
// what pregnancy, breastfeeding and early childhood forbid or limit — raw animal foods,
// high-mercury fish, choking hazards as served, fish within the FDA/EPA weekly amounts,
// children's caffeine — each rule with whom it applies to and its sources.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "catalogue/preparation.hpp"
#include "core/problems.hpp"
#include "food_rules/selector.hpp"
#include "nutrients/nutrient.hpp"

namespace mealplan {

/// Foods a rule forbids, and the ways of serving them that are safe.
struct ForbiddenFoods {
    std::string hazard;  ///< what the foods are, for people: "whole nuts and peanuts"
    FoodSelector foods;
    std::set<Preparation> safe_as_served;
    /// False: an ingredient is served as SR28 describes it unless its dish says otherwise
    /// ("as_listed": raw carrots are raw). True ("safe"): the hazard is a way of serving the
    /// food (cheese in chunks, nut butter by the spoonful), so only a side or dish that serves
    /// it one of the `unsafe_as_served` ways breaks the rule.
    bool hazard_is_a_way_of_serving = false;
    std::set<Preparation> unsafe_as_served;
    /// Foods SR28 lists raw that dishes use as the raw weight of what they cook (eggs in an
    /// omelette): in a dish they are cooked unless the dish says how it serves them.
    std::set<FoodId> cooked_in_dishes;

    /// True when serving `food_id` `as_served` (nullopt: as SR28 describes it) breaks this,
    /// in a dish (`in_dish`) or as a side.
    bool forbids(const FoodId& food_id, std::optional<Preparation> as_served, bool in_dish) const;
};

enum class FishCategory { Best, Good, Avoid };
template <>
inline constexpr auto kEnumNames<FishCategory> = make_enum_names<FishCategory>(
    {{FishCategory::Best, "best"}, {FishCategory::Good, "good"}, {FishCategory::Avoid, "avoid"}});

/// Servings a week of the FDA/EPA advice.
struct FishServings {
    double best_max = 3.0;
    double best_recommended = 2.0;
    double good_max = 1.0;
};

/// Fish within the FDA/EPA weekly amounts: over each 7 days, Σ grams of best choices /
/// (best_max × serving) + Σ grams of good choices / (good_max × serving) ≤ 1.
struct FishRule {
    FoodSelector fish;
    /// The chart's species by description words, first match wins.
    std::vector<std::pair<std::vector<std::string>, FishCategory>> species;
    FishCategory unlisted = FishCategory::Good;
    std::vector<std::pair<AgeRange, double>> serving_oz;
    FishServings adults;
    FishServings children;
    double children_age_to_years = 11.0;
    /// Each fish food's category (filled for the catalogue the rules were read with).
    std::map<FoodId, FishCategory> category_of;

    /// The share of a week's advice one gram of `food_id` uses for a person of `age_years`;
    /// nullopt for a food that is not one of the rule's fish or is a choice to avoid (other
    /// rules forbid those).
    std::optional<double> share_per_gram(const FoodId& food_id, double age_years) const;
};

/// A life-stage maximum of one nutrient a day, by age.
struct NutrientMaxRule {
    Nutrient nutrient = Nutrient::CaffeineMg;
    std::vector<std::pair<AgeRange, double>> limits;

    /// The maximum at `age_years`, nullopt when no range holds it.
    std::optional<double> max_at(double age_years) const;
};

struct SafetyRule {
    std::string id;  ///< "no-raw-animal-foods"
    std::string
        what;  ///< for people: "No raw or undercooked fish, shellfish, meat, poultry or eggs"
    std::vector<LifeStageMatch> applies_to;
    std::variant<std::vector<ForbiddenFoods>, FishRule, NutrientMaxRule> effect;
    std::string basis;
    std::vector<RuleSource> sources;

    /// True when the rule applies to a person of `age_years` in `condition` (none: neither
    /// pregnant nor breastfeeding).
    bool applies(double age_years, std::optional<LifeCondition> condition) const;
};

struct SafetyRules {
    std::map<std::string, RuleSource> sources;
    std::vector<SafetyRule> rules;  ///< in file order
};

inline constexpr std::string_view kSafetyRulesSchema = "mealplan.safety-rules/1";

/// Parses and validates a safety-rules file against `catalogue`; every rule must name a
/// source. Every problem is reported with `file_label` and its JSON pointer.
Result<SafetyRules> parse_safety_rules(std::string_view json_text, std::string_view file_label,
                                       const Catalogue& catalogue);

}  // namespace mealplan

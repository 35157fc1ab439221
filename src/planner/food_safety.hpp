#pragma once
// Food safety by life stage applied to what a plan may offer (data/safety-rules.json, read
// by food_rules/safety_rules.hpp): a food a rule forbids for this person, as it is served,
// leaves the plan — a dish holding it is left out, unless it is an optional garnish of the
// dish, which is then served without it — and every rule that applies is reported with
// what it did.

#include <optional>
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "dri/targets.hpp"
#include "food_rules/safety_rules.hpp"
#include "plan/plan_result.hpp"

namespace mealplan {

/// The forbid rules of one person, and what they have done so far.
class FoodSafety {
  public:
    /// The rules of `rules` that apply to `profile` (its age, pregnancy, breastfeeding).
    FoodSafety(const SafetyRules& rules, const Profile& profile);

    /// The rule that forbids serving `food_id` `as_served` (nullopt: as SR28 describes it)
    /// in a dish (`in_dish`) or as a side, or nullptr when none does.
    const SafetyRule* forbidding(const FoodId& food_id, std::optional<Preparation> as_served,
                                 bool in_dish) const;

    /// Notes what `rule` did ("left out Salmon poke bowl (Atlantic salmon, raw)").
    void record(const SafetyRule& rule, std::string effect);

    /// The applicable maximums of one nutrient a day (children's caffeine).
    std::vector<const NutrientMaxRule*> nutrient_maximums() const;

    /// Notes what the rule holding `max` did ("caffeine at most 30 mg a day").
    void record_maximum(const NutrientMaxRule& max, std::string effect);

    /// Every applicable rule with what it did, in file order; a rule that changed nothing
    /// says so, and the weekly fish amounts, which the model does not hold yet, say that.
    std::vector<AppliedSafetyRule> applied() const;

  private:
    std::vector<const SafetyRule*> applicable_;
    std::vector<std::vector<std::string>> effects_;  ///< per applicable rule
};

}  // namespace mealplan

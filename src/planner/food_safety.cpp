#include "planner/food_safety.hpp"

#include <algorithm>

namespace mealplan {
namespace {

std::optional<LifeCondition> condition_of(const Profile& profile) {
    if (profile.pregnant) return LifeCondition::Pregnancy;
    if (profile.lactating) return LifeCondition::Lactation;
    return std::nullopt;
}

std::string sources_text(const SafetyRule& rule) {
    std::string text;
    for (const RuleSource& source : rule.sources) {
        if (!text.empty()) text += "; ";
        text += source.agency + ", " + source.title + " (" + std::to_string(source.year) + ")";
    }
    return text;
}

}  // namespace

FoodSafety::FoodSafety(const SafetyRules& rules, const Profile& profile) {
    for (const SafetyRule& rule : rules.rules) {
        if (rule.applies(profile.age_years, condition_of(profile))) applicable_.push_back(&rule);
    }
    effects_.resize(applicable_.size());
}

const SafetyRule* FoodSafety::forbidding(const FoodId& food_id,
                                         std::optional<Preparation> as_served, bool in_dish) const {
    for (const SafetyRule* rule : applicable_) {
        const auto* groups = std::get_if<std::vector<ForbiddenFoods>>(&rule->effect);
        if (groups == nullptr) continue;
        for (const ForbiddenFoods& group : *groups) {
            if (group.forbids(food_id, as_served, in_dish)) return rule;
        }
    }
    return nullptr;
}

void FoodSafety::record(const SafetyRule& rule, std::string effect) {
    const auto at = std::find(applicable_.begin(), applicable_.end(), &rule);
    if (at == applicable_.end()) return;
    effects_[static_cast<std::size_t>(at - applicable_.begin())].push_back(std::move(effect));
}

std::vector<const NutrientMaxRule*> FoodSafety::nutrient_maximums() const {
    std::vector<const NutrientMaxRule*> out;
    for (const SafetyRule* rule : applicable_) {
        if (const auto* max = std::get_if<NutrientMaxRule>(&rule->effect)) out.push_back(max);
    }
    return out;
}

void FoodSafety::record_maximum(const NutrientMaxRule& max, std::string effect) {
    for (const SafetyRule* rule : applicable_) {
        if (std::get_if<NutrientMaxRule>(&rule->effect) == &max) record(*rule, std::move(effect));
    }
}

std::vector<AppliedSafetyRule> FoodSafety::applied() const {
    std::vector<AppliedSafetyRule> out;
    for (std::size_t r = 0; r < applicable_.size(); ++r) {
        std::vector<std::string> effects = effects_[r];
        if (std::holds_alternative<FishRule>(applicable_[r]->effect)) {
            // Said plainly rather than implied: the weekly fish amounts are no row yet.
            effects.push_back("not applied: fish is not yet counted against the weekly amounts");
        } else if (effects.empty()) {
            effects.push_back("nothing the plan could offer breaks it");
        }
        out.push_back({applicable_[r]->id, applicable_[r]->what, std::move(effects),
                       sources_text(*applicable_[r])});
    }
    return out;
}

}  // namespace mealplan

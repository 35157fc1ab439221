#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "food_rules/rules_json.hpp"
#include "food_rules/safety_rules.hpp"

namespace mealplan {
namespace {

using namespace rules_json;

/// `object[key]`: a list of ways of serving.
std::set<Preparation> preparations(const Json& object, const std::string& pointer,
                                   std::string_view key, Checker& check, bool required) {
    std::set<Preparation> result;
    const Json* list = check.member(object, pointer, key, required);
    const std::string list_pointer = child(pointer, key);
    if (list == nullptr || !check.expect_array(*list, list_pointer)) return result;
    for (std::size_t i = 0; i < list->size(); ++i) {
        if (auto value = preparation((*list)[i], child(list_pointer, i), check))
            result.insert(*value);
    }
    return result;
}

/// A simple forbid rule: one selector, its safe ways of serving, and the raw foods dishes
/// cook (`in_dishes`).
ForbiddenFoods forbidden_foods(const Json& rule, const std::string& pointer, Checker& check,
                               const CatalogueView& view, const std::string& what) {
    ForbiddenFoods group;
    group.hazard = what;
    group.foods = selector(rule, pointer, check, view);
    group.safe_as_served = preparations(rule, pointer, "safe_as_served", check, true);
    const Json* cooked = check.member(rule, pointer, "in_dishes");
    const std::string cooked_pointer = child(pointer, "in_dishes");
    if (cooked == nullptr || !check.expect_array(*cooked, cooked_pointer)) return group;
    for (std::size_t i = 0; i < cooked->size(); ++i) {
        const Json& entry = (*cooked)[i];
        const std::string entry_pointer = child(cooked_pointer, i);
        if (!check.expect_object(entry, entry_pointer)) continue;
        check.only_members(entry, entry_pointer, {"food_id", "assume", "why"});
        check.required_text(entry, entry_pointer, "why");
        if (auto assume = check.required_text(entry, entry_pointer, "assume");
            assume && *assume != "cooked") {
            check.report(child(entry_pointer, "assume"), "must be \"cooked\"");
        }
        const Json* id = check.member(entry, entry_pointer, "food_id");
        const auto food = id ? food_id(*id, child(entry_pointer, "food_id"), check, view.catalogue)
                             : std::nullopt;
        if (!food) continue;
        if (!group.foods.contains(*food)) {
            check.report(child(entry_pointer, "food_id"),
                         "food " + *food + " is not one of the rule's foods");
        }
        group.cooked_in_dishes.insert(*food);
    }
    return group;
}

/// A choking rule's hazards, each a selector with the ways of serving it that are safe.
std::vector<ForbiddenFoods> hazards(const Json& rule, const std::string& pointer, Checker& check,
                                    const CatalogueView& view) {
    std::vector<ForbiddenFoods> groups;
    const Json* list = check.member(rule, pointer, "hazards");
    const std::string list_pointer = child(pointer, "hazards");
    if (list == nullptr || !check.expect_array(*list, list_pointer)) return groups;
    if (list->empty()) check.report(list_pointer, "must list at least one hazard");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& entry = (*list)[i];
        const std::string entry_pointer = child(list_pointer, i);
        if (!check.expect_object(entry, entry_pointer)) continue;
        check.only_members(entry, entry_pointer,
                           {"hazard", "criteria", "also", "except", "safe_as_served", "in_dishes",
                            "unsafe_as_served"});
        ForbiddenFoods group;
        if (auto hazard = check.required_text(entry, entry_pointer, "hazard"))
            group.hazard = *hazard;
        group.foods = selector(entry, entry_pointer, check, view);
        group.safe_as_served = preparations(entry, entry_pointer, "safe_as_served", check, true);
        group.unsafe_as_served =
            preparations(entry, entry_pointer, "unsafe_as_served", check, false);
        if (auto mode = check.required_text(entry, entry_pointer, "in_dishes")) {
            if (*mode == "safe") {
                group.hazard_is_a_way_of_serving = true;
                if (group.unsafe_as_served.empty()) {
                    check.report(child(entry_pointer, "unsafe_as_served"),
                                 "a hazard that is safe in dishes must say which ways of serving "
                                 "it are not");
                }
            } else if (*mode != "as_listed") {
                check.report(child(entry_pointer, "in_dishes"),
                             "must be \"as_listed\" or \"safe\"");
            }
        }
        groups.push_back(std::move(group));
    }
    return groups;
}

FishServings servings(const Json& object, const std::string& pointer, Checker& check) {
    FishServings result;
    if (!check.expect_object(object, pointer)) return result;
    check.only_members(object, pointer, {"best_max", "best_recommended", "good_max"});
    if (auto value = check.required_number(object, pointer, "best_max", 0.0, 7.0, true))
        result.best_max = *value;
    if (auto value = check.required_number(object, pointer, "best_recommended", 0.0, 7.0))
        result.best_recommended = *value;
    if (auto value = check.required_number(object, pointer, "good_max", 0.0, 7.0, true))
        result.good_max = *value;
    return result;
}

std::optional<FishCategory> fish_category(const Json& object, const std::string& pointer,
                                          std::string_view key, Checker& check) {
    const auto name = check.required_text(object, pointer, key);
    if (!name) return std::nullopt;
    const auto category = from_string<FishCategory>(*name);
    if (!category) check.report(child(pointer, key), "must be " + names_in_words<FishCategory>());
    return category;
}

FishRule fish_rule(const Json& rule, const std::string& pointer, Checker& check,
                   const CatalogueView& view) {
    FishRule result;
    if (const Json* fish = check.member(rule, pointer, "fish")) {
        const std::string fish_pointer = child(pointer, "fish");
        if (check.expect_object(*fish, fish_pointer)) {
            check.only_members(*fish, fish_pointer, {"criteria", "also", "except"});
            result.fish = selector(*fish, fish_pointer, check, view);
        }
    }
    if (const Json* species = check.member(rule, pointer, "species")) {
        const std::string species_pointer = child(pointer, "species");
        if (check.expect_array(*species, species_pointer)) {
            for (std::size_t i = 0; i < species->size(); ++i) {
                const Json& entry = (*species)[i];
                const std::string entry_pointer = child(species_pointer, i);
                if (!check.expect_object(entry, entry_pointer)) continue;
                check.only_members(entry, entry_pointer, {"words", "category"});
                const auto words = check.required_text(entry, entry_pointer, "words");
                const auto category = fish_category(entry, entry_pointer, "category", check);
                if (words && category) result.species.emplace_back(words_of(*words), *category);
            }
        }
    }
    if (auto category = fish_category(rule, pointer, "unlisted_category", check))
        result.unlisted = *category;
    if (const Json* bands = check.member(rule, pointer, "serving_oz")) {
        const std::string bands_pointer = child(pointer, "serving_oz");
        if (check.expect_array(*bands, bands_pointer)) {
            for (std::size_t i = 0; i < bands->size(); ++i) {
                const Json& entry = (*bands)[i];
                const std::string entry_pointer = child(bands_pointer, i);
                if (!check.expect_object(entry, entry_pointer)) continue;
                check.only_members(entry, entry_pointer, {"age_from_years", "age_to_years", "oz"});
                const auto ages = age_range(entry, entry_pointer, check);
                const auto oz = check.required_number(entry, entry_pointer, "oz", 0.5, 8.0);
                if (ages && oz) result.serving_oz.emplace_back(*ages, *oz);
            }
        }
    }
    if (const Json* per_week = check.member(rule, pointer, "servings_per_week")) {
        const std::string week_pointer = child(pointer, "servings_per_week");
        if (check.expect_object(*per_week, week_pointer)) {
            check.only_members(*per_week, week_pointer, {"adults", "children"});
            if (const Json* adults = check.member(*per_week, week_pointer, "adults"))
                result.adults = servings(*adults, child(week_pointer, "adults"), check);
            if (const Json* children = check.member(*per_week, week_pointer, "children"))
                result.children = servings(*children, child(week_pointer, "children"), check);
        }
    }
    if (auto age = check.required_number(rule, pointer, "children_age_to_years", 1.0, 18.0))
        result.children_age_to_years = *age;
    check.required_text(rule, pointer, "limit");
    for (const FoodId& id : result.fish.foods) {
        const std::vector<std::string> words = words_of(rule_description(*view.catalogue.find(id)));
        const auto species =
            std::find_if(result.species.begin(), result.species.end(),
                         [&](const auto& s) { return has_phrase(words, s.first); });
        result.category_of.emplace(
            id, species == result.species.end() ? result.unlisted : species->second);
    }
    return result;
}

NutrientMaxRule nutrient_rule(const Json& rule, const std::string& pointer, Checker& check) {
    NutrientMaxRule result;
    if (auto key = check.required_text(rule, pointer, "nutrient")) {
        if (auto nutrient = nutrient_from_key(*key)) {
            result.nutrient = *nutrient;
        } else {
            check.report(child(pointer, "nutrient"), "unknown nutrient '" + *key + "'");
        }
    }
    const Json* limits = check.member(rule, pointer, "limits");
    const std::string limits_pointer = child(pointer, "limits");
    if (limits == nullptr || !check.expect_array(*limits, limits_pointer)) return result;
    if (limits->empty()) check.report(limits_pointer, "must list at least one age range");
    for (std::size_t i = 0; i < limits->size(); ++i) {
        const Json& entry = (*limits)[i];
        const std::string entry_pointer = child(limits_pointer, i);
        if (!check.expect_object(entry, entry_pointer)) continue;
        check.only_members(entry, entry_pointer,
                           {"age_from_years", "age_to_years", "max", "basis"});
        check.required_text(entry, entry_pointer, "basis");
        const auto ages = age_range(entry, entry_pointer, check);
        const auto max = check.required_number(entry, entry_pointer, "max", 0.0, 100000.0);
        if (!ages || !max) continue;
        if (!result.limits.empty() && result.limits.back().first.to_years != ages->from_years) {
            check.report(child(entry_pointer, "age_from_years"),
                         "age ranges must follow each other without gap or overlap");
        }
        result.limits.emplace_back(*ages, *max);
    }
    return result;
}

std::optional<SafetyRule> rule(const Json& entry, const std::string& pointer, Checker& check,
                               const CatalogueView& view,
                               const std::map<std::string, RuleSource>& sources) {
    if (!check.expect_object(entry, pointer)) return std::nullopt;
    const auto before = check.problem_count();
    SafetyRule result;
    const auto id = check.required_text(entry, pointer, "id");
    if (id && !is_kebab_case(*id))
        check.report(child(pointer, "id"), "'" + *id + "' must be kebab-case");
    const auto what = check.required_text(entry, pointer, "what");
    const auto basis = check.required_text(entry, pointer, "basis");
    result.applies_to = life_stages(entry, pointer, "applies_to", check);
    result.sources = source_list(entry, pointer, "sources", sources, check, true);
    const auto effect = check.required_text(entry, pointer, "effect");
    const std::initializer_list<std::string_view> common = {"id",     "what",  "applies_to",
                                                            "effect", "basis", "sources"};
    const auto members = [&](std::initializer_list<std::string_view> own) {
        std::vector<std::string_view> all(common);
        all.insert(all.end(), own);
        for (const auto& [key, value] : entry.items()) {
            if (std::find(all.begin(), all.end(), key) == all.end())
                check.report(child(pointer, key), "unknown member");
        }
    };
    if (!effect) return std::nullopt;
    if (*effect == "forbid" && entry.contains("hazards")) {
        members({"hazards"});
        result.effect = hazards(entry, pointer, check, view);
    } else if (*effect == "forbid") {
        members({"criteria", "also", "except", "safe_as_served", "in_dishes"});
        result.effect = std::vector<ForbiddenFoods>{
            forbidden_foods(entry, pointer, check, view, what.value_or(""))};
    } else if (*effect == "weekly_limit") {
        members({"fish", "species", "unlisted_category", "serving_oz", "servings_per_week",
                 "children_age_to_years", "limit"});
        result.effect = fish_rule(entry, pointer, check, view);
    } else if (*effect == "nutrient_max") {
        members({"nutrient", "limits"});
        result.effect = nutrient_rule(entry, pointer, check);
    } else {
        check.report(child(pointer, "effect"), "must be forbid, weekly_limit or nutrient_max");
        return std::nullopt;
    }
    if (check.problem_count() > before || !id || !what || !basis) return std::nullopt;
    result.id = *id;
    result.what = *what;
    result.basis = *basis;
    return result;
}

}  // namespace

Result<SafetyRules> parse_safety_rules(std::string_view json_text, std::string_view file_label,
                                       const Catalogue& catalogue) {
    Problems problems;
    const auto root = document(json_text, file_label, kSafetyRulesSchema, problems);
    if (!root) return problems;
    Checker check(std::string(file_label), problems);
    check.only_members(*root, "", {"schema", "note", "sources", "rules"});
    check.required_text(*root, "", "note");
    const CatalogueView view(catalogue);
    SafetyRules result;
    result.sources = source_table(*root, "", check);
    const Json* rules = check.member(*root, "", "rules");
    if (rules != nullptr && (!rules->is_array() || rules->empty())) {
        check.report("/rules", "must be a non-empty list of rules");
    } else if (rules != nullptr) {
        std::set<std::string> ids;
        for (std::size_t i = 0; i < rules->size(); ++i) {
            const std::string pointer = child("/rules", i);
            auto entry = rule((*rules)[i], pointer, check, view, result.sources);
            if (!entry) continue;
            if (!ids.insert(entry->id).second) {
                check.report(child(pointer, "id"), "duplicate rule id '" + entry->id + "'");
                continue;
            }
            result.rules.push_back(std::move(*entry));
        }
    }
    if (!problems.empty()) return problems;
    return result;
}

}  // namespace mealplan

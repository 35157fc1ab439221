#include "usda/kitchen_rules.hpp"

#include <algorithm>

#include "catalogue/food_criteria_json.hpp"
#include "catalogue/food_units.hpp"
#include "core/files.hpp"
#include "core/json_input.hpp"
#include "core/text.hpp"
#include "usda/importer.hpp"

namespace mealplan::usda {
namespace {

using json_input::Checker;
using json_input::child;
using json_input::Json;

constexpr std::size_t kMaxRulesBytes = std::size_t{4} << 20;

std::vector<FoodCriterion> read_criteria(Checker& check, const Json& rule,
                                         const std::string& pointer) {
    std::vector<FoodCriterion> criteria;
    const Json* list = check.member(rule, pointer, "criteria");
    const std::string list_pointer = child(pointer, "criteria");
    if (list == nullptr || !check.expect_array(*list, list_pointer)) return criteria;
    if (list->empty()) check.report(list_pointer, "must not be empty");
    for (std::size_t i = 0; i < list->size(); ++i) {
        if (auto criterion = read_criterion((*list)[i], child(list_pointer, i), check))
            criteria.push_back(std::move(*criterion));
    }
    return criteria;
}

bool matches_every_food(const std::vector<FoodCriterion>& criteria) {
    return std::any_of(criteria.begin(), criteria.end(), [](const FoodCriterion& criterion) {
        return criterion.food_groups.empty() && criterion.words_any.empty() &&
               criterion.words_none.empty() && criterion.starts_any.empty() &&
               criterion.allergens_any.empty();
    });
}

/// Reads the first-match list `key`; `read_value` reads one rule's own members (and
/// returns nullopt after reporting what is wrong with them).
template <typename Value, typename ReadValue>
std::vector<FirstMatchRule<Value>> read_first_match(Checker& check, const Json& root,
                                                    std::string_view key,
                                                    std::initializer_list<std::string_view> members,
                                                    ReadValue read_value) {
    std::vector<FirstMatchRule<Value>> rules;
    const Json* list = check.member(root, "", key);
    const std::string list_pointer = child("", key);
    if (list == nullptr || !check.expect_array(*list, list_pointer)) return rules;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string pointer = child(list_pointer, i);
        const Json& item = (*list)[i];
        if (!check.expect_object(item, pointer)) continue;
        check.only_members(item, pointer, members);
        FirstMatchRule<Value> rule;
        if (auto id = check.required_text(item, pointer, "id")) rule.id = *id;
        rule.criteria = read_criteria(check, item, pointer);
        auto value = read_value(item, pointer);
        if (!value) continue;
        rule.value = std::move(*value);
        rules.push_back(std::move(rule));
    }
    if (rules.empty() || !matches_every_food(rules.back().criteria)) {
        check.report(list_pointer, "the last rule must match every food (criteria [{}])");
    }
    return rules;
}

std::vector<AllergenRule> read_allergen_rules(Checker& check, const Json& root) {
    std::vector<AllergenRule> rules;
    const Json* list = check.member(root, "", "allergens");
    if (list == nullptr || !check.expect_array(*list, "/allergens")) return rules;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string pointer = child("/allergens", i);
        const Json& item = (*list)[i];
        if (!check.expect_object(item, pointer)) continue;
        check.only_members(item, pointer, {"allergen", "criteria", "basis"});
        AllergenRule rule;
        rule.criteria = read_criteria(check, item, pointer);
        const auto name = check.required_text(item, pointer, "allergen");
        const auto allergen = name ? from_string<Allergen>(*name) : std::nullopt;
        if (name && !allergen) {
            check.report(child(pointer, "allergen"), "unknown allergen '" + *name + "'");
        }
        if (!allergen) continue;
        rule.allergen = *allergen;
        rules.push_back(std::move(rule));
    }
    return rules;
}

std::vector<DietLimit> read_diet_limits(Checker& check, const Json& root) {
    std::vector<DietLimit> limits;
    const Json* list = check.member(root, "", "diet_limits");
    if (list == nullptr || !check.expect_array(*list, "/diet_limits")) return limits;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string pointer = child("/diet_limits", i);
        const Json& item = (*list)[i];
        if (!check.expect_object(item, pointer)) continue;
        check.only_members(item, pointer, {"id", "criteria", "strictest_diet", "basis"});
        DietLimit limit;
        if (auto id = check.required_text(item, pointer, "id")) limit.id = *id;
        limit.criteria = read_criteria(check, item, pointer);
        const auto name = check.required_text(item, pointer, "strictest_diet");
        const auto diet = name ? from_string<Diet>(*name) : std::nullopt;
        if (name && !diet) {
            check.report(child(pointer, "strictest_diet"), "unknown diet '" + *name + "'");
        }
        if (!diet) continue;
        limit.strictest = *diet;
        limits.push_back(std::move(limit));
    }
    return limits;
}

std::vector<std::string> read_text_list(Checker& check, const Json& object,
                                        const std::string& pointer, std::string_view key) {
    std::vector<std::string> texts;
    const Json* list = check.member(object, pointer, key);
    const std::string list_pointer = child(pointer, key);
    if (list == nullptr || !check.expect_array(*list, list_pointer)) return texts;
    if (list->empty()) check.report(list_pointer, "must not be empty");
    for (std::size_t i = 0; i < list->size(); ++i) {
        if (auto text = check.text((*list)[i], child(list_pointer, i))) {
            texts.push_back(lowercase(trimmed(*text)));
        }
    }
    return texts;
}

std::vector<CourseRule> read_courses(Checker& check, const Json& root) {
    std::vector<CourseRule> courses;
    const Json* list = check.member(root, "", "courses");
    if (list == nullptr || !check.expect_array(*list, "/courses")) return courses;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string pointer = child("/courses", i);
        const Json& item = (*list)[i];
        if (!check.expect_object(item, pointer)) continue;
        check.only_members(item, pointer, {"words", "slots"});
        CourseRule course;
        course.words = read_text_list(check, item, pointer, "words");
        course.slots = check.name_set<MealSlot>(item, pointer, "slots", "meal slot", true, true);
        courses.push_back(std::move(course));
    }
    return courses;
}

FoodFacts facts_of_row(const Sr28TableFood& food, std::set<Allergen> allergens = {}) {
    return {words_of(food.description), food.food_group, std::move(allergens)};
}

template <typename Value>
const Value& first_match(const std::vector<FirstMatchRule<Value>>& rules, const FoodFacts& facts) {
    for (const auto& rule : rules) {
        if (matches_any(rule.criteria, facts)) return rule.value;
    }
    return rules.back().value;  // the validated last rule matches every food
}

/// "1/4" → 0.25, "240" → 240.
std::optional<double> parse_amount(std::string_view text) {
    if (const auto slash = text.find('/'); slash != std::string_view::npos) {
        const auto numerator = parse_number<double>(text.substr(0, slash));
        const auto denominator = parse_number<double>(text.substr(slash + 1));
        if (!numerator || !denominator || !(*denominator > 0.0)) return std::nullopt;
        return *numerator / *denominator;
    }
    return parse_number<double>(text);
}

/// The grams of a RACC ("85 g cooked", "240 mL", "1/4 cup") for `food`.
double racc_grams(const RaccCategory& category, const ServingRule& rule,
                  const Sr28TableFood& food) {
    const std::string& amount_text = category.reference_amount;
    const auto space = amount_text.find(' ');
    const auto amount = parse_amount(std::string_view(amount_text).substr(0, space));
    std::string unit = space == std::string::npos ? "" : amount_text.substr(space + 1);
    if (const auto next = unit.find(' '); next != std::string::npos) unit.erase(next);
    Food portions_only;
    portions_only.portions = food.portions;
    if (amount) {
        if (const auto grams = grams_of_amount(portions_only, *amount, unit)) {
            return *grams / rule.prepared_per_dry;
        }
    }
    for (const auto& portion : food.portions) {
        if (portion.grams > 0.0 && portion.amount > 0.0) return portion.grams / portion.amount;
    }
    return 100.0;
}

}  // namespace

Result<KitchenRules> parse_kitchen_rules(
    std::string_view json_text, std::string_view file_label,
    const std::map<std::string, RaccCategory>& racc_categories) {
    auto parsed = json_input::parse(json_text, file_label);
    if (!parsed) return std::move(parsed).problems();
    const Json& root = parsed.value();
    Problems problems;
    Checker check(std::string(file_label), problems);
    if (!check.expect_object(root, "")) return problems;
    check.only_members(root, "",
                       {"schema", "note", "sources", "aisles", "slots", "servings", "allergens",
                        "diet_limits", "whole_item_measures", "courses"});
    if (const auto schema = check.required_text(root, "", "schema");
        schema && *schema != kKitchenRulesSchema) {
        check.report("/schema", "must be \"" + std::string(kKitchenRulesSchema) + "\"");
        return problems;
    }
    KitchenRules rules;
    rules.aisles = read_first_match<std::string>(
        check, root, "aisles", {"id", "criteria", "aisle", "basis"},
        [&](const Json& item, const std::string& pointer) -> std::optional<std::string> {
            auto aisle = check.required_text(item, pointer, "aisle");
            if (aisle && !is_known_aisle(*aisle)) {
                check.report(child(pointer, "aisle"), "unknown aisle '" + *aisle + "'");
                return std::nullopt;
            }
            return aisle;
        });
    rules.slots = read_first_match<std::set<MealSlot>>(
        check, root, "slots", {"id", "criteria", "slots", "basis"},
        [&](const Json& item, const std::string& pointer) -> std::optional<std::set<MealSlot>> {
            auto slots = check.name_set<MealSlot>(item, pointer, "slots", "meal slot", true, true);
            if (slots.empty()) return std::nullopt;
            return slots;
        });
    rules.servings = read_first_match<ServingRule>(
        check, root, "servings", {"id", "criteria", "racc", "prepared_per_dry", "basis"},
        [&](const Json& item, const std::string& pointer) -> std::optional<ServingRule> {
            ServingRule serving;
            const auto racc = check.required_text(item, pointer, "racc");
            if (!racc) return std::nullopt;
            if (racc_categories.count(*racc) == 0) {
                check.report(child(pointer, "racc"),
                             "unknown RACC category '" + *racc + "' (not in the catalogue spec)");
                return std::nullopt;
            }
            serving.racc = *racc;
            if (item.contains("prepared_per_dry")) {
                const auto ratio =
                    check.required_number(item, pointer, "prepared_per_dry", 1.0, 10.0);
                if (!ratio) return std::nullopt;
                serving.prepared_per_dry = *ratio;
            }
            return serving;
        });
    rules.allergens = read_allergen_rules(check, root);
    rules.diet_limits = read_diet_limits(check, root);
    rules.whole_item_measures = read_text_list(check, root, "", "whole_item_measures");
    rules.courses = read_courses(check, root);
    if (!problems.empty()) return problems;
    return rules;
}

Result<KitchenRules> load_kitchen_rules(
    const std::filesystem::path& path, const std::map<std::string, RaccCategory>& racc_categories) {
    auto text = read_file(path, kMaxRulesBytes);
    if (!text) return std::move(text).problems();
    return parse_kitchen_rules(text.value(), path.filename().string(), racc_categories);
}

std::optional<std::set<MealSlot>> slots_for_course(const KitchenRules& rules,
                                                   std::string_view course) {
    const std::string wanted = lowercase(trimmed(course));
    for (const auto& rule : rules.courses) {
        if (std::find(rule.words.begin(), rule.words.end(), wanted) != rule.words.end()) {
            return rule.slots;
        }
    }
    return std::nullopt;
}

FoodSpec derive_food_spec(const Sr28TableFood& food, const KitchenRules& rules,
                          const std::map<std::string, RaccCategory>& racc_categories,
                          std::string_view aisle_override) {
    FoodSpec spec;
    spec.id = food.id;
    spec.name = food.description;
    const FoodFacts facts = facts_of_row(food);
    spec.aisle =
        aisle_override.empty() ? first_match(rules.aisles, facts) : std::string(aisle_override);
    spec.slots = first_match(rules.slots, facts);
    for (const auto& rule : rules.allergens) {
        if (matches_any(rule.criteria, facts)) spec.allergens.insert(rule.allergen);
    }
    const FoodFacts with_allergens = facts_of_row(food, spec.allergens);
    Diet strictest = default_strictest_diet(food.food_group_code);
    for (const auto& limit : rules.diet_limits) {
        if (matches_any(limit.criteria, with_allergens))
            strictest = std::min(strictest, limit.strictest);
    }
    spec.strictest_diet = strictest;
    const ServingRule& serving = first_match(rules.servings, facts);
    spec.racc = serving.racc;
    spec.serving_grams = racc_grams(racc_categories.at(serving.racc), serving, food);
    return spec;
}

}  // namespace mealplan::usda

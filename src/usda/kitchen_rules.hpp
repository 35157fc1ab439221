#pragma once
// What mealplan assumes about a food a person adds from the SR28 table, and about a recipe
// they import, where SR28 and the recipe are silent (data/kitchen-rules.json): the aisle,
// the meal slots, the reference serving, the allergens and the strictest diet of an SR28
// food, read off its description and food group by the criteria of the food rules
// (catalogue/food_criteria.hpp); the measures that count as one whole item; and the meal
// slots a recipe's course names.

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/food.hpp"
#include "catalogue/food_criteria.hpp"
#include "core/problems.hpp"
#include "usda/catalogue_spec.hpp"
#include "usda/sr28_table.hpp"

namespace mealplan::usda {

/// The schema name a kitchen rules file must declare.
inline constexpr std::string_view kKitchenRulesSchema = "mealplan.kitchen-rules/1";

/// A rule of a list where the first rule that matches a food wins.
template <typename Value>
struct FirstMatchRule {
    std::string id;
    std::vector<FoodCriterion> criteria;  ///< a food matching any of them
    Value value;
};

/// A reference serving: the RACC category, and for a dry food whose category is stated
/// as prepared, the grams of prepared food one gram of it makes.
struct ServingRule {
    std::string racc;  ///< key of CatalogueSpec::racc_categories
    double prepared_per_dry = 1.0;
};

/// A food has `allergen` when it matches one of `criteria`.
struct AllergenRule {
    Allergen allergen = Allergen::Milk;
    std::vector<FoodCriterion> criteria;
};

/// A food matching one of `criteria` fits no diet stricter than `strictest`.
struct DietLimit {
    std::string id;
    std::vector<FoodCriterion> criteria;  ///< read with the food's allergens already derived
    Diet strictest = Diet::Omnivore;
};

/// A recipe whose course is one of `words` suits `slots`.
struct CourseRule {
    std::vector<std::string> words;  ///< lower-case, as written in `>> course:`
    std::set<MealSlot> slots;
};

struct KitchenRules {
    std::vector<FirstMatchRule<std::string>> aisles;  ///< each ends on a rule matching all
    std::vector<FirstMatchRule<std::set<MealSlot>>> slots;
    std::vector<FirstMatchRule<ServingRule>> servings;
    std::vector<AllergenRule> allergens;
    std::vector<DietLimit> diet_limits;
    /// SR28 measures that are one whole item of a food that is not countable ("medium"
    /// onion, "clove" of garlic), in the order to prefer them.
    std::vector<std::string> whole_item_measures;
    std::vector<CourseRule> courses;
};

/// Parses and validates kitchen rules JSON: every RACC category named must be one of
/// `racc_categories` (the catalogue spec's), every aisle known, and the last rule of the
/// aisles, slots and servings must match every food, so that every food gets one.
/// Problems are "LABEL:/json/pointer: what", all of them.
Result<KitchenRules> parse_kitchen_rules(
    std::string_view json_text, std::string_view file_label,
    const std::map<std::string, RaccCategory>& racc_categories);

/// Reads and parses a kitchen rules file.
Result<KitchenRules> load_kitchen_rules(const std::filesystem::path& path,
                                        const std::map<std::string, RaccCategory>& racc_categories);

/// The slots a recipe's course suits (`course` compared without regard to case and
/// surrounding blanks), or nullopt when no rule names it.
std::optional<std::set<MealSlot>> slots_for_course(const KitchenRules& rules,
                                                   std::string_view course);

/// What the catalogue spec would say about `food` had someone written it: its SR28
/// description as name, the aisle (`aisle_override` when not empty), slots, allergens,
/// strictest diet and reference serving the rules give, no packages (a shop's package is
/// not in SR28). The serving is the RACC in grams: a weight as stated (divided by
/// `prepared_per_dry` for a dry food), a volume through the food's own SR28 volume
/// portion, and the food's first SR28 portion (100 g without one) when it has none.
FoodSpec derive_food_spec(const Sr28TableFood& food, const KitchenRules& rules,
                          const std::map<std::string, RaccCategory>& racc_categories,
                          std::string_view aisle_override = {});

}  // namespace mealplan::usda

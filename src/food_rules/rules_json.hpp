#pragma once
// Reading the parts the food-rule files share (selector.hpp) from JSON: criteria and
// selectors, source tables, ages and life stages, slots and ways of serving. For the
// loaders of food_rules/ only, so that nlohmann types stay in them; every problem is
// reported through the file's Checker with its JSON pointer.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "catalogue/preparation.hpp"
#include "core/json_input.hpp"
#include "food_rules/selector.hpp"

namespace mealplan::rules_json {

using json_input::Checker;
using json_input::child;
using json_input::Json;

/// The catalogue a rule file is read against, with each food's description words.
struct CatalogueView {
    explicit CatalogueView(const Catalogue& foods)
        : catalogue(foods), words(description_words(foods)) {}
    const Catalogue& catalogue;
    std::vector<std::vector<std::string>> words;
};

/// The parsed document, when it is an object whose `schema` is `schema`; otherwise the
/// problems (invalid JSON, another kind of file) are added to `problems` and nullopt
/// returned.
std::optional<Json> document(std::string_view text, std::string_view file_label,
                             std::string_view schema, Problems& problems);

/// The members of `object` that form a selector — `criteria` (a list of criterion objects,
/// required unless `criteria_optional`), `also` and `except` (lists of {food_id, why},
/// foods of the catalogue) — with the foods they choose.
FoodSelector selector(const Json& object, const std::string& pointer, Checker& check,
                      const CatalogueView& view, bool criteria_optional = false);

/// The `sources` table of a file: {id: {title, agency, year, url?}}.
std::map<std::string, RuleSource> source_table(const Json& object, const std::string& pointer,
                                               Checker& check);

/// `object[key]`: a list of ids of `known` (every one must be known); empty refused when
/// `non_empty`.
std::vector<RuleSource> source_list(const Json& object, const std::string& pointer,
                                    std::string_view key,
                                    const std::map<std::string, RuleSource>& known, Checker& check,
                                    bool non_empty);

/// `age_from_years` (0–120) and `age_to_years` (above it, ≤ 130, or null) of `object`.
std::optional<AgeRange> age_range(const Json& object, const std::string& pointer, Checker& check);

/// `object[key]`: a non-empty list of {"condition": "pregnancy" | "lactation"} or
/// {"age_from_years", "age_to_years"}.
std::vector<LifeStageMatch> life_stages(const Json& object, const std::string& pointer,
                                        std::string_view key, Checker& check);

/// A whole number in [minimum, maximum].
std::optional<int> whole_number(const Json& value, const std::string& pointer, int minimum,
                                int maximum, Checker& check);

/// `value` as a way of serving (catalogue/preparation.hpp).
std::optional<Preparation> preparation(const Json& value, const std::string& pointer,
                                       Checker& check);

/// A food id of the catalogue, or a problem "unknown food …".
std::optional<FoodId> food_id(const Json& value, const std::string& pointer, Checker& check,
                              const Catalogue& catalogue);

}  // namespace mealplan::rules_json

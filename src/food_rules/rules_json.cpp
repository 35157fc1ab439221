#include "food_rules/rules_json.hpp"

#include <cmath>

#include "catalogue/food_criteria_json.hpp"
#include "core/text.hpp"

namespace mealplan::rules_json {
namespace {

/// `object[key]`: hand additions or removals [{food_id, why}].
std::set<FoodId> named_foods(const Json& object, const std::string& pointer, std::string_view key,
                             Checker& check, const Catalogue& catalogue) {
    std::set<FoodId> ids;
    const Json* list = check.member(object, pointer, key, false);
    if (list == nullptr) return ids;
    const std::string list_pointer = child(pointer, key);
    if (!check.expect_array(*list, list_pointer)) return ids;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& entry = (*list)[i];
        const std::string entry_pointer = child(list_pointer, i);
        if (!check.expect_object(entry, entry_pointer)) continue;
        check.only_members(entry, entry_pointer, {"food_id", "why"});
        const auto why = check.required_text(entry, entry_pointer, "why");
        const Json* id = check.member(entry, entry_pointer, "food_id");
        if (id == nullptr) continue;
        if (auto food = food_id(*id, child(entry_pointer, "food_id"), check, catalogue)) {
            if (why) ids.insert(*food);
        }
    }
    return ids;
}

}  // namespace

std::optional<Json> document(std::string_view text, std::string_view file_label,
                             std::string_view schema, Problems& problems) {
    auto parsed = json_input::parse(text, file_label);
    if (!parsed) {
        const Problems& found = parsed.problems();
        problems.insert(problems.end(), found.begin(), found.end());
        return std::nullopt;
    }
    Checker check(std::string(file_label), problems);
    Json root = std::move(*parsed);
    if (!root.is_object()) {
        check.report("", "must be a JSON object with \"schema\": \"" + std::string(schema) + "\"");
        return std::nullopt;
    }
    const auto found = root.find("schema");
    if (found == root.end() || !found->is_string() ||
        found->get_ref<const std::string&>() != schema) {
        check.report("/schema", "must be \"" + std::string(schema) + "\"");
        return std::nullopt;
    }
    return root;
}

FoodSelector selector(const Json& object, const std::string& pointer, Checker& check,
                      const CatalogueView& view, bool criteria_optional) {
    FoodSelector result;
    if (const Json* list = check.member(object, pointer, "criteria", !criteria_optional)) {
        const std::string list_pointer = child(pointer, "criteria");
        if (check.expect_array(*list, list_pointer)) {
            if (list->empty()) check.report(list_pointer, "must list at least one criterion");
            for (std::size_t i = 0; i < list->size(); ++i) {
                if (auto c = read_criterion((*list)[i], child(list_pointer, i), check))
                    result.criteria.push_back(std::move(*c));
            }
        }
    }
    result.also = named_foods(object, pointer, "also", check, view.catalogue);
    result.except = named_foods(object, pointer, "except", check, view.catalogue);
    choose_foods(result, view.catalogue, view.words);
    return result;
}

std::map<std::string, RuleSource> source_table(const Json& object, const std::string& pointer,
                                               Checker& check) {
    std::map<std::string, RuleSource> table;
    const Json* sources = check.member(object, pointer, "sources");
    const std::string table_pointer = child(pointer, "sources");
    if (sources == nullptr || !check.expect_object(*sources, table_pointer)) return table;
    for (const auto& [id, entry] : sources->items()) {
        const std::string entry_pointer = child(table_pointer, id);
        if (!check.expect_object(entry, entry_pointer)) continue;
        check.only_members(entry, entry_pointer, {"title", "agency", "year", "url"});
        RuleSource source;
        source.id = id;
        const auto title = check.required_text(entry, entry_pointer, "title");
        const auto agency = check.required_text(entry, entry_pointer, "agency");
        const Json* year = check.member(entry, entry_pointer, "year");
        const auto year_value =
            year ? whole_number(*year, child(entry_pointer, "year"), 1900, 2100, check)
                 : std::nullopt;
        if (const Json* url = check.member(entry, entry_pointer, "url", false)) {
            if (auto text = check.text(*url, child(entry_pointer, "url"))) source.url = *text;
        }
        if (!title || !agency || !year_value) continue;
        source.title = *title;
        source.agency = *agency;
        source.year = *year_value;
        table.emplace(id, std::move(source));
    }
    return table;
}

std::vector<RuleSource> source_list(const Json& object, const std::string& pointer,
                                    std::string_view key,
                                    const std::map<std::string, RuleSource>& known, Checker& check,
                                    bool non_empty) {
    std::vector<RuleSource> sources;
    const Json* list = check.member(object, pointer, key);
    const std::string list_pointer = child(pointer, key);
    if (list == nullptr || !check.expect_array(*list, list_pointer)) return sources;
    if (non_empty && list->empty()) check.report(list_pointer, "must name at least one source");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto id = check.text((*list)[i], child(list_pointer, i));
        if (!id) continue;
        const auto found = known.find(*id);
        if (found == known.end()) {
            check.report(child(list_pointer, i), "unknown source '" + *id + "' (not in /sources)");
        } else {
            sources.push_back(found->second);
        }
    }
    return sources;
}

std::optional<AgeRange> age_range(const Json& object, const std::string& pointer, Checker& check) {
    const auto from = check.required_number(object, pointer, "age_from_years", 0.0, 120.0);
    const Json* to = check.member(object, pointer, "age_to_years");
    if (!from || to == nullptr) return std::nullopt;
    AgeRange range{*from, std::nullopt};
    if (!to->is_null()) {
        const auto value = check.number(*to, child(pointer, "age_to_years"), 0.0, 130.0);
        if (!value) return std::nullopt;
        if (*value <= *from) {
            check.report(child(pointer, "age_to_years"), "must be above age_from_years");
            return std::nullopt;
        }
        range.to_years = *value;
    }
    return range;
}

std::vector<LifeStageMatch> life_stages(const Json& object, const std::string& pointer,
                                        std::string_view key, Checker& check) {
    std::vector<LifeStageMatch> stages;
    const Json* list = check.member(object, pointer, key);
    const std::string list_pointer = child(pointer, key);
    if (list == nullptr || !check.expect_array(*list, list_pointer)) return stages;
    if (list->empty()) check.report(list_pointer, "must name at least one life stage");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& entry = (*list)[i];
        const std::string entry_pointer = child(list_pointer, i);
        if (!check.expect_object(entry, entry_pointer)) continue;
        if (entry.contains("condition")) {
            check.only_members(entry, entry_pointer, {"condition"});
            const auto name = check.required_text(entry, entry_pointer, "condition");
            if (!name) continue;
            const auto condition = from_string<LifeCondition>(*name);
            if (!condition) {
                check.report(child(entry_pointer, "condition"),
                             "must be " + names_in_words<LifeCondition>());
                continue;
            }
            stages.push_back({condition, {}});
        } else {
            check.only_members(entry, entry_pointer, {"age_from_years", "age_to_years"});
            if (auto range = age_range(entry, entry_pointer, check))
                stages.push_back({std::nullopt, *range});
        }
    }
    return stages;
}

std::optional<int> whole_number(const Json& value, const std::string& pointer, int minimum,
                                int maximum, Checker& check) {
    const auto number = check.number(value, pointer, minimum, maximum);
    if (!number) return std::nullopt;
    if (std::floor(*number) != *number) {
        check.report(pointer, "must be a whole number");
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

std::optional<Preparation> preparation(const Json& value, const std::string& pointer,
                                       Checker& check) {
    const auto text = check.text(value, pointer);
    if (!text) return std::nullopt;
    const auto result = from_string<Preparation>(*text);
    if (!result) {
        check.report(pointer, "unknown way of serving '" + *text +
                                  "' (known: " + names_in_words<Preparation>(", ") + ")");
    }
    return result;
}

std::optional<FoodId> food_id(const Json& value, const std::string& pointer, Checker& check,
                              const Catalogue& catalogue) {
    if (!value.is_string()) {
        check.report(pointer, "must be a food id (a 5-digit NDB number as a string)");
        return std::nullopt;
    }
    const std::string id = value.get<std::string>();
    if (catalogue.find(id) == nullptr) {
        check.report(pointer, "unknown food " + id + " (not in the catalogue)");
        return std::nullopt;
    }
    return id;
}

}  // namespace mealplan::rules_json

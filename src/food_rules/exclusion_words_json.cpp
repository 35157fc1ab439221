#include <map>
#include <set>

#include "core/text.hpp"
#include "food_rules/exclusion_words.hpp"
#include "food_rules/rules_json.hpp"

namespace mealplan {
namespace {

using namespace rules_json;

std::vector<StemRule> stemming(const Json& root, Checker& check) {
    std::vector<StemRule> rules;
    const Json* list = check.member(root, "", "stemming");
    if (list == nullptr || !check.expect_array(*list, "/stemming")) return rules;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& entry = (*list)[i];
        const std::string pointer = child("/stemming", i);
        if (!check.expect_object(entry, pointer)) continue;
        check.only_members(entry, pointer, {"suffix", "replace", "min_length", "unless_ends"});
        StemRule rule;
        const auto suffix = check.required_text(entry, pointer, "suffix");
        const Json* replace = check.member(entry, pointer, "replace");
        const auto replace_text =
            replace ? check.text(*replace, child(pointer, "replace"), true) : std::nullopt;
        const Json* length = check.member(entry, pointer, "min_length");
        const auto length_value =
            length ? whole_number(*length, child(pointer, "min_length"), 1, 20, check)
                   : std::nullopt;
        if (const Json* unless = check.member(entry, pointer, "unless_ends", false)) {
            const std::string unless_pointer = child(pointer, "unless_ends");
            if (check.expect_array(*unless, unless_pointer)) {
                for (std::size_t j = 0; j < unless->size(); ++j) {
                    if (auto ending = check.text((*unless)[j], child(unless_pointer, j)))
                        rule.unless_ends.push_back(lowercase(*ending));
                }
            }
        }
        if (!suffix || !replace_text || !length_value) continue;
        rule.suffix = lowercase(*suffix);
        rule.replace = lowercase(*replace_text);
        rule.min_length = static_cast<std::size_t>(*length_value);
        rules.push_back(std::move(rule));
    }
    return rules;
}

}  // namespace

Result<ExclusionWords> parse_exclusion_words(std::string_view json_text,
                                             std::string_view file_label,
                                             const Catalogue& catalogue) {
    Problems problems;
    const auto root = document(json_text, file_label, kExclusionWordsSchema, problems);
    if (!root) return problems;
    Checker check(std::string(file_label), problems);
    check.only_members(*root, "", {"schema", "note", "stemming", "entries"});
    check.required_text(*root, "", "note");
    const CatalogueView view(catalogue);
    ExclusionWords result;
    result.stemming = stemming(*root, check);
    const Json* entries = check.member(*root, "", "entries");
    if (entries == nullptr || !check.expect_array(*entries, "/entries")) return problems;
    std::set<std::string> ids;
    std::map<std::vector<std::string>, std::string> claimed;  // stemmed words → entry id
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const Json& entry = (*entries)[i];
        const std::string pointer = child("/entries", i);
        if (!check.expect_object(entry, pointer)) continue;
        check.only_members(entry, pointer,
                           {"id", "words", "meaning", "criteria", "also", "except", "source"});
        ExclusionEntry parsed;
        const auto id = check.required_text(entry, pointer, "id");
        const auto meaning = check.required_text(entry, pointer, "meaning");
        if (const Json* source = check.member(entry, pointer, "source", false)) {
            if (auto text = check.text(*source, child(pointer, "source"))) parsed.source = *text;
        }
        parsed.foods = selector(entry, pointer, check, view);
        if (!id || !meaning) continue;
        if (!ids.insert(*id).second)
            check.report(child(pointer, "id"), "duplicate entry id '" + *id + "'");
        const Json* words = check.member(entry, pointer, "words");
        const std::string words_pointer = child(pointer, "words");
        if (words == nullptr) continue;
        if (!words->is_array() || words->empty()) {
            check.report(words_pointer, "must be a non-empty list of words");
            continue;
        }
        for (std::size_t j = 0; j < words->size(); ++j) {
            const auto text = check.text((*words)[j], child(words_pointer, j));
            if (!text) continue;
            std::vector<std::string> stemmed = result.stemmed_words(*text);
            if (stemmed.empty()) {
                check.report(child(words_pointer, j), "has no letters or digits");
                continue;
            }
            const auto [owner, inserted] = claimed.emplace(stemmed, *id);
            if (!inserted && owner->second != *id) {
                check.report(child(words_pointer, j),
                             "'" + *text + "' already names entry '" + owner->second + "'");
            }
            parsed.words.push_back(std::move(stemmed));
        }
        parsed.id = *id;
        parsed.meaning = *meaning;
        result.entries.push_back(std::move(parsed));
    }
    if (!problems.empty()) return problems;
    return result;
}

}  // namespace mealplan

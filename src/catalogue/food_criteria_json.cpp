#include "catalogue/food_criteria_json.hpp"

#include "core/text.hpp"

namespace mealplan {
namespace {

using json_input::Checker;
using json_input::child;
using json_input::Json;

/// `object[key]`, a non-empty list of non-empty phrases, each as its words.
std::vector<std::vector<std::string>> phrases(const Json& object, const std::string& pointer,
                                              std::string_view key, Checker& check) {
    std::vector<std::vector<std::string>> result;
    const Json* list = check.member(object, pointer, key, false);
    if (list == nullptr) return result;
    const std::string list_pointer = child(pointer, key);
    if (!list->is_array() || list->empty()) {
        check.report(list_pointer, "must be a non-empty list of words or phrases");
        return result;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto text = check.text((*list)[i], child(list_pointer, i));
        if (!text) continue;
        std::vector<std::string> words = words_of(*text);
        if (words.empty()) {
            check.report(child(list_pointer, i), "has no letters or digits to match");
            continue;
        }
        result.push_back(std::move(words));
    }
    return result;
}

}  // namespace

std::optional<FoodCriterion> read_criterion(const Json& value, const std::string& pointer,
                                            Checker& check) {
    if (!check.expect_object(value, pointer)) return std::nullopt;
    check.only_members(value, pointer,
                       {"food_groups", "description_words_any", "description_words_none",
                        "description_starts_any", "allergens_any"});
    FoodCriterion result;
    if (const Json* groups = check.member(value, pointer, "food_groups", false)) {
        const std::string groups_pointer = child(pointer, "food_groups");
        if (!groups->is_array() || groups->empty()) {
            check.report(groups_pointer, "must be a non-empty list of SR28 food groups");
        } else {
            for (std::size_t i = 0; i < groups->size(); ++i) {
                if (auto group = check.text((*groups)[i], child(groups_pointer, i)))
                    result.food_groups.push_back(*group);
            }
        }
    }
    result.words_any = phrases(value, pointer, "description_words_any", check);
    result.words_none = phrases(value, pointer, "description_words_none", check);
    result.starts_any = phrases(value, pointer, "description_starts_any", check);
    if (check.member(value, pointer, "allergens_any", false) != nullptr) {
        result.allergens_any =
            check.name_set<Allergen>(value, pointer, "allergens_any", "allergen", true, true);
    }
    return result;
}

}  // namespace mealplan

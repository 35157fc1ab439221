#include "cli/meal_refs.hpp"

#include <array>

#include "core/text.hpp"

namespace mealplan::cli {
namespace {

constexpr std::array<std::string_view, 7> kWeekdays{"monday", "tuesday",  "wednesday", "thursday",
                                                    "friday", "saturday", "sunday"};

/// The day `text` names: a whole number from 1, or a weekday by its first three letters or its
/// whole name; 0 when it names none.
int day_of(const std::string& text) {
    if (const auto number = parse_number<int>(text)) return *number >= 1 ? *number : 0;
    const std::string name = lowercase(text);
    for (std::size_t i = 0; i < kWeekdays.size(); ++i) {
        if (name == kWeekdays[i] || (name.size() == 3 && kWeekdays[i].starts_with(name)))
            return static_cast<int>(i) + 1;
    }
    return 0;
}

}  // namespace

Result<std::vector<MealRef>> parse_meal_refs(const std::vector<std::string>& texts,
                                             std::string_view option, bool slot_alone) {
    std::vector<MealRef> refs;
    Problems problems;
    for (const std::string& text : texts) {
        const std::size_t colon = text.find(':');
        if (colon == std::string::npos && !slot_alone) {
            problems.push_back({std::string(option),
                                "\"" + text + "\" is not DAY:SLOT (e.g. 2:dinner or tue:dinner)"});
            continue;
        }
        const std::string day_text =
            colon == std::string::npos ? "1" : trimmed(text.substr(0, colon));
        const std::string slot_text =
            lowercase(trimmed(colon == std::string::npos ? text : text.substr(colon + 1)));
        MealRef ref;
        ref.day = day_of(day_text);
        const auto slot = from_string<MealSlot>(slot_text);
        if (ref.day == 0) {
            problems.push_back({std::string(option), "\"" + text + "\": the day \"" + day_text +
                                                         "\" is not a day number (1, 2, …) or a "
                                                         "weekday (mon … sun)"});
        }
        if (!slot) {
            problems.push_back({std::string(option), "\"" + text + "\": the slot \"" + slot_text +
                                                         "\" is not one of " +
                                                         names_in_words<MealSlot>()});
        }
        if (ref.day != 0 && slot) {
            ref.slot = *slot;
            refs.push_back(ref);
        }
    }
    if (!problems.empty()) return problems;
    return refs;
}

std::string meal_ref_text(const MealRef& ref) {
    return std::to_string(ref.day) + ":" + std::string(to_string(ref.slot));
}

}  // namespace mealplan::cli

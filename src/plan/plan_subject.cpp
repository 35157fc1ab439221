#include "plan/plan_subject.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace mealplan {
namespace {

// A list of candidates longer than this is cut, so that "a" does not print the plan.
constexpr std::size_t kCandidatesShown = 8;

/// Every food and dish of `plan`, each once, in the order the plan first serves it.
std::vector<PlanSubject> subjects_of(const Plan& plan, const Catalogue& catalogue) {
    std::vector<PlanSubject> subjects;
    const auto place_of = [&](bool dish, const std::string& id, const std::string& name,
                              PlanPlace place) {
        auto found = std::find_if(subjects.begin(), subjects.end(), [&](const PlanSubject& s) {
            return s.dish == dish && s.id == id;
        });
        if (found == subjects.end()) {
            subjects.push_back({dish, id, name, {}});
            found = subjects.end() - 1;
        }
        const bool listed =
            std::any_of(found->places.begin(), found->places.end(), [&](const PlanPlace& p) {
                return p.day == place.day && p.slot == place.slot && p.side == place.side;
            });
        if (!listed) found->places.push_back(place);
    };
    for (const PlanDay& day : plan.days) {
        for (const PlanMeal& meal : day.meals) {
            if (!meal.dish_id.empty()) {
                place_of(true, meal.dish_id, meal.dish.empty() ? meal.dish_id : meal.dish,
                         {day.day, meal.slot, false});
            }
            for (const PlanItem& item : meal.items) {
                const Food* food = catalogue.find(item.food_id);
                const std::string name =
                    food != nullptr ? food->name : (item.name.empty() ? item.food_id : item.name);
                place_of(false, item.food_id, name, {day.day, meal.slot, item.side});
            }
        }
    }
    return subjects;
}

std::string quoted(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

std::string candidates_text(const std::vector<const PlanSubject*>& candidates) {
    std::string text;
    for (std::size_t i = 0; i < candidates.size() && i < kCandidatesShown; ++i) {
        const PlanSubject& subject = *candidates[i];
        text += (i == 0 ? "" : ", ") + subject.name + " (" + (subject.dish ? "dish " : "food ") +
                subject.id + ")";
    }
    if (candidates.size() > kCandidatesShown)
        text += ", and " + std::to_string(candidates.size() - kCandidatesShown) + " more";
    return text;
}

}  // namespace

Result<PlanSubject, std::string> find_in_plan(const Plan& plan, const Catalogue& catalogue,
                                              std::string_view text) {
    const std::vector<PlanSubject> subjects = subjects_of(plan, catalogue);
    const std::string wanted = lowercase(trimmed(text));
    if (wanted.empty())
        return std::string("name a food (NDB number or name) or a dish (id or name)");
    // Ids first, then whole names, then parts of foods' names, then of dishes' names (a
    // dish is often named after its food: "sardines" is the fish before the sardines on
    // toast). The first rule that finds anything decides, and it must find one thing.
    const std::vector<bool (*)(const PlanSubject&, const std::string&)> rules = {
        [](const PlanSubject& s, const std::string& w) { return lowercase(s.id) == w; },
        [](const PlanSubject& s, const std::string& w) { return lowercase(s.name) == w; },
        [](const PlanSubject& s, const std::string& w) {
            return !s.dish && lowercase(s.name).find(w) != std::string::npos;
        },
        [](const PlanSubject& s, const std::string& w) {
            return s.dish && lowercase(s.name).find(w) != std::string::npos;
        },
    };
    for (const auto& rule : rules) {
        std::vector<const PlanSubject*> matched;
        for (const PlanSubject& subject : subjects) {
            if (rule(subject, wanted)) matched.push_back(&subject);
        }
        if (matched.size() == 1) return *matched.front();
        if (matched.size() > 1) {
            return quoted(text) + " names " + std::to_string(matched.size()) +
                   " foods and dishes of the plan: " + candidates_text(matched) +
                   "; give an NDB number, a dish id or a whole name";
        }
    }
    const Food* food = catalogue.find(std::string(trimmed(text)));
    if (food != nullptr) {
        return quoted(text) + " (" + food->name + ") is not in the plan: no meal serves it";
    }
    return quoted(text) +
           " is no food or dish of the plan; give an NDB number, a dish id or a name of one";
}

}  // namespace mealplan

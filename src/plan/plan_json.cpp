#include "plan/plan_json.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "core/files.hpp"
#include "core/json_input.hpp"
#include "plan/plan_result.hpp"

namespace mealplan {
namespace {

using nlohmann::json;

/// A value as the user wrote it, cut short so that a huge value cannot flood the message.
std::string shown(const json& value) {
    constexpr std::size_t kMaxShown = 60;
    std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
    if (text.size() > kMaxShown) {
        std::size_t cut = kMaxShown;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) --cut;
        text = text.substr(0, cut) + "…";
    }
    return text;
}

// No meal holds more than 100 kg of one food; a larger weight is a broken file, and the
// bound keeps every sum over a plan far from overflow.
constexpr double kMaxItemGrams = 100000.0;

/// Collects problems while walking the document; `where` prefixes every pointer with the
/// file's label.
class PlanReader {
  public:
    explicit PlanReader(std::string_view file_label) : label_(file_label) {}

    Result<Plan> read(const json& document) {
        if (!document.is_object()) {
            add("", "must be a JSON object with \"schema\": \"mealplan.plan/1\"");
            return std::move(problems_);
        }
        const auto schema = document.find("schema");
        if (schema == document.end()) {
            add("/schema", "missing: a plan file carries \"schema\": \"mealplan.plan/1\"");
        } else if (!schema->is_string() || schema->get<std::string>() != kPlanSchema) {
            // Another kind of file (a shopping list, a catalogue): its contents would only
            // add noise, so stop at the schema.
            add("/schema", "is " + shown(*schema) + ", expected \"" + std::string(kPlanSchema) +
                               "\": this is not a plan file");
            return std::move(problems_);
        }

        check_status(document);
        Plan plan;
        const auto days = document.find("days");
        if (days == document.end()) {
            add("/days", "missing: a plan lists its days");
        } else if (!days->is_array()) {
            add("/days", "must be an array of days");
        } else if (days->empty()) {
            add("/days", "is empty: the plan has no days");
        } else if (days->size() > kMaxPlanFileDays) {
            add("/days", "has " + std::to_string(days->size()) + " days; a plan has at most " +
                             std::to_string(kMaxPlanFileDays));
        } else {
            std::map<int, std::size_t> first_index_of_day;
            for (std::size_t i = 0; i < days->size(); ++i) {
                const std::string pointer = "/days/" + std::to_string(i);
                plan.days.push_back(read_day((*days)[i], pointer));
                const int number = plan.days.back().day;
                if (number == 0) continue;  // reported by read_day
                const auto [first, inserted] = first_index_of_day.emplace(number, i);
                if (!inserted) {
                    add(pointer + "/day", "day " + std::to_string(number) +
                                              " appears twice (first at /days/" +
                                              std::to_string(first->second) + ")");
                }
            }
        }
        plan.person = read_person(document);
        plan.request = read_request(document);
        const auto objective = document.find("objective");
        if (objective != document.end()) {
            if (objective->is_number() && std::isfinite(objective->get<double>())) {
                plan.objective = objective->get<double>();
            } else {
                add("/objective", "must be a number, not " + shown(*objective));
            }
        }
        if (!problems_.empty()) return std::move(problems_);
        return plan;
    }

  private:
    /// The sex and age of "profile", when the plan has one.
    std::optional<PlanPerson> read_person(const json& document) {
        const auto profile = document.find("profile");
        if (profile == document.end() || profile->is_null()) return std::nullopt;
        if (!profile->is_object()) {
            add("/profile", "must be an object with \"sex\" and \"age_years\"");
            return std::nullopt;
        }
        PlanPerson person;
        const auto sex = profile->find("sex");
        const auto age = profile->find("age_years");
        // A profile written by hand may name neither; the costs then go without the
        // Thrifty Food Plan figure. What is there must be right.
        if (sex == profile->end() || age == profile->end()) return std::nullopt;
        bool ok = true;
        if (!sex->is_string() ||
            (sex->get<std::string>() != "female" && sex->get<std::string>() != "male")) {
            add("/profile/sex", "must be \"female\" or \"male\"");
            ok = false;
        } else {
            person.sex = sex->get<std::string>();
        }
        if (!age->is_number() || !(age->get<double>() >= 0.0 && age->get<double>() <= 130.0)) {
            add("/profile/age_years", "must be a number of years from 0 to 130");
            ok = false;
        } else {
            person.age_years = age->get<double>();
        }
        if (!ok) return std::nullopt;
        return person;
    }

    /// The request the plan answers, when the file records one (see recorded_request.hpp).
    /// Types and names are checked here; whether the values make a request the planner
    /// takes is for the planner to say.
    std::optional<RecordedRequest> read_request(const json& document) {
        const auto node = document.find("request");
        if (node == document.end()) return std::nullopt;
        const std::string at = "/request";
        if (!node->is_object()) {
            add(at, "must be an object: the request the plan answers");
            return std::nullopt;
        }
        const std::size_t problems_before = problems_.size();
        RecordedRequest request;
        if (const json* profile = member(*node, "profile", at)) {
            read_profile(*profile, at + "/profile", request.profile);
        }
        read_whole(*node, "days", at, 1.0, static_cast<double>(kMaxPlanFileDays), request.days);
        read_named(*node, "coverage", at, request.coverage);
        read_whole(*node, "max_repeats", at, 1.0, static_cast<double>(kMaxPlanFileDays),
                   request.max_repeats);
        double seed = 0.0;
        read_whole(*node, "seed", at, 0.0, 4294967295.0, seed);
        request.seed = static_cast<unsigned>(seed);
        read_finite(*node, "time_limit_seconds", at, request.time_limit_seconds);
        read_finite(*node, "gap", at, request.relative_gap);
        read_named(*node, "diet", at, request.diet);
        if (const json* avoid = member(*node, "avoid", at)) {
            if (!avoid->is_array()) add(at + "/avoid", "must be an array of allergens");
            for (std::size_t i = 0; avoid->is_array() && i < avoid->size(); ++i) {
                Allergen allergen = Allergen::Milk;
                if (read_name((*avoid)[i], at + "/avoid/" + std::to_string(i), allergen))
                    request.avoid.push_back(allergen);
            }
        }
        if (const json* exclude = member(*node, "exclude", at)) {
            const bool strings =
                exclude->is_array() && std::all_of(exclude->begin(), exclude->end(),
                                                   [](const json& e) { return e.is_string(); });
            if (strings) {
                for (const json& text : *exclude)
                    request.exclude.push_back(text.get<std::string>());
            } else {
                add(at + "/exclude", "must be an array of strings (foods as typed)");
            }
        }
        if (const json* supplements = member(*node, "allow_supplements", at)) {
            if (supplements->is_boolean()) {
                request.allow_supplements = supplements->get<bool>();
            } else {
                add(at + "/allow_supplements", "must be true or false, not " + shown(*supplements));
            }
        }
        if (problems_.size() != problems_before) return std::nullopt;
        return request;
    }

    void read_profile(const json& node, const std::string& at, Profile& profile) {
        if (!node.is_object()) {
            add(at, "must be an object with \"sex\" and \"age_years\"");
            return;
        }
        read_named(node, "sex", at, profile.sex);
        read_finite(node, "age_years", at, profile.age_years);
        read_flag(node, "pregnant", at, profile.pregnant);
        read_flag(node, "lactating", at, profile.lactating);
        for (const auto& [key, field] : {std::pair{"energy_kcal", &profile.energy_kcal},
                                         std::pair{"weight_kg", &profile.weight_kg},
                                         std::pair{"height_cm", &profile.height_cm}}) {
            const auto value = node.find(key);
            if (value == node.end() || value->is_null()) continue;
            double number = 0.0;
            read_finite(node, key, at, number);
            *field = number;
        }
        const auto activity = node.find("activity");
        if (activity != node.end() && !activity->is_null()) {
            ActivityLevel level = ActivityLevel::LowActive;
            if (read_name(*activity, at + "/activity", level)) profile.activity = level;
        }
    }

    /// The member `key` of `node`, or nullptr after reporting it missing.
    const json* member(const json& node, const char* key, const std::string& at) {
        const auto found = node.find(key);
        if (found != node.end()) return &*found;
        add(at + "/" + key, "missing");
        return nullptr;
    }

    template <class Enum>
    bool read_name(const json& value, const std::string& at, Enum& out) {
        const auto parsed =
            value.is_string() ? from_string<Enum>(value.get<std::string>()) : std::nullopt;
        if (!parsed) {
            add(at, "must be " + names_in_words<Enum>() + ", not " + shown(value));
            return false;
        }
        out = *parsed;
        return true;
    }

    template <class Enum>
    void read_named(const json& node, const char* key, const std::string& at, Enum& out) {
        if (const json* value = member(node, key, at)) read_name(*value, at + "/" + key, out);
    }

    void read_finite(const json& node, const char* key, const std::string& at, double& out) {
        const json* value = member(node, key, at);
        if (value == nullptr) return;
        if (!value->is_number() || !std::isfinite(value->get<double>())) {
            add(at + "/" + key, "must be a number, not " + shown(*value));
            return;
        }
        out = value->get<double>();
    }

    template <class Number>
    void read_whole(const json& node, const char* key, const std::string& at, double low,
                    double high, Number& out) {
        const json* value = member(node, key, at);
        if (value == nullptr) return;
        if (!value->is_number() || !is_whole_in(value->get<double>(), low, high)) {
            add(at + "/" + key, fmt_range(low, high) + ", not " + shown(*value));
            return;
        }
        out = static_cast<Number>(value->get<double>());
    }

    void read_flag(const json& node, const char* key, const std::string& at, bool& out) {
        const json* value = member(node, key, at);
        if (value == nullptr) return;
        if (!value->is_boolean()) {
            add(at + "/" + key, "must be true or false, not " + shown(*value));
            return;
        }
        out = value->get<bool>();
    }

    static std::string fmt_range(double low, double high) {
        return "must be a whole number from " + std::to_string(static_cast<long long>(low)) +
               " to " + std::to_string(static_cast<long long>(high));
    }

    // A plan file written by this program carries its status; another value means the file
    // was not written by it or was edited, and nothing in it can be trusted to be a plan.
    void check_status(const json& document) {
        const auto status = document.find("status");
        if (status == document.end()) return;
        if (!status->is_string() || !from_string<PlanStatus>(status->get<std::string>())) {
            add("/status", "must be " + names_in_words<PlanStatus>() + ", not " + shown(*status));
        }
    }

    PlanDay read_day(const json& node, const std::string& pointer) {
        PlanDay day;
        day.day = 0;  // until a valid number is read: 0 is no day's number
        if (!node.is_object()) {
            add(pointer, "must be an object with \"day\" and \"meals\"");
            return day;
        }
        const auto number = node.find("day");
        if (number == node.end()) {
            add(pointer + "/day", "missing: the day's number (1, 2, …)");
        } else if (!number->is_number() || !is_whole_in(number->get<double>(), 1.0,
                                                        static_cast<double>(kMaxPlanFileDays))) {
            add(pointer + "/day", "must be a whole number from 1 to " +
                                      std::to_string(kMaxPlanFileDays) + ", not " + shown(*number));
        } else {
            day.day = static_cast<int>(number->get<double>());
        }
        const auto meals = node.find("meals");
        if (meals == node.end()) {
            add(pointer + "/meals", "missing: the day's meals");
        } else if (!meals->is_array()) {
            add(pointer + "/meals", "must be an array of meals");
        } else {
            for (std::size_t i = 0; i < meals->size(); ++i) {
                day.meals.push_back(
                    read_meal((*meals)[i], pointer + "/meals/" + std::to_string(i)));
            }
        }
        return day;
    }

    PlanMeal read_meal(const json& node, const std::string& pointer) {
        PlanMeal meal;
        if (!node.is_object()) {
            add(pointer, "must be an object with \"slot\" and \"items\"");
            return meal;
        }
        const auto slot = node.find("slot");
        if (slot == node.end()) {
            add(pointer + "/slot", "missing: breakfast, lunch, dinner or snack");
        } else {
            const auto parsed =
                slot->is_string() ? from_string<MealSlot>(slot->get<std::string>()) : std::nullopt;
            if (parsed) {
                meal.slot = *parsed;
            } else {
                add(pointer + "/slot", "unknown slot " + shown(*slot) +
                                           ": expected breakfast, lunch, dinner or snack");
            }
        }
        read_optional_string(node, "dish_id", pointer, meal.dish_id);
        read_optional_string(node, "dish", pointer, meal.dish);
        const auto servings = node.find("servings");
        if (servings != node.end()) {
            // A meal of sides only (every dish of its slot left out) is written with 0 servings.
            const bool allowed = servings->is_number() && std::isfinite(servings->get<double>()) &&
                                 (servings->get<double>() > 0.0 ||
                                  (servings->get<double>() == 0.0 && meal.dish_id.empty()));
            if (!allowed) {
                add(pointer + "/servings",
                    "must be a number > 0 (or 0 for a meal without a dish), not " +
                        shown(*servings));
            } else {
                meal.servings = servings->get<double>();
            }
        }
        const auto items = node.find("items");
        if (items == node.end()) {
            add(pointer + "/items", "missing: the foods of the meal");
        } else if (!items->is_array()) {
            add(pointer + "/items", "must be an array of foods");
        } else {
            for (std::size_t i = 0; i < items->size(); ++i) {
                meal.items.push_back(
                    read_item((*items)[i], pointer + "/items/" + std::to_string(i)));
            }
        }
        return meal;
    }

    PlanItem read_item(const json& node, const std::string& pointer) {
        PlanItem item;
        if (!node.is_object()) {
            add(pointer, "must be an object with \"food_id\" and \"grams\"");
            return item;
        }
        const auto food_id = node.find("food_id");
        if (food_id == node.end()) {
            add(pointer + "/food_id", "missing: the food's NDB number");
        } else if (!food_id->is_string() || food_id->get<std::string>().empty()) {
            add(pointer + "/food_id",
                "must be the food's NDB number as a non-empty string, not " + shown(*food_id));
        } else {
            item.food_id = food_id->get<std::string>();
        }
        const auto grams = node.find("grams");
        if (grams == node.end()) {
            add(pointer + "/grams", "missing: the weight of the food in grams");
        } else if (!grams->is_number() || !std::isfinite(grams->get<double>()) ||
                   grams->get<double>() < 0.0 || grams->get<double>() > kMaxItemGrams) {
            add(pointer + "/grams",
                "must be a number ≥ 0 and at most 100000 (100 kg), not " + shown(*grams));
        } else {
            item.grams = grams->get<double>();
        }
        read_optional_string(node, "name", pointer, item.name);
        read_optional_string(node, "portion", pointer, item.portion);
        const auto side = node.find("side");
        if (side != node.end()) {
            if (side->is_boolean()) {
                item.side = side->get<bool>();
            } else {
                add(pointer + "/side", "must be true or false, not " + shown(*side));
            }
        }
        return item;
    }

    void read_optional_string(const json& node, const char* key, const std::string& pointer,
                              std::string& out) {
        const auto member = node.find(key);
        if (member == node.end() || member->is_null()) return;
        if (member->is_string()) {
            out = member->get<std::string>();
        } else {
            add(pointer + "/" + key, "must be a string, not " + shown(*member));
        }
    }

    static bool is_whole_in(double value, double low, double high) {
        return std::isfinite(value) && value >= low && value <= high && std::floor(value) == value;
    }

    void add(const std::string& pointer, std::string what) {
        problems_.push_back({label_ + ":" + (pointer.empty() ? "/" : pointer), std::move(what)});
    }

    std::string label_;
    Problems problems_;
};

}  // namespace

Result<Plan> parse_plan_json(std::string_view json_text, std::string_view file_label) {
    auto document = json_input::parse(json_text, file_label);
    if (!document) return std::move(document).problems();
    return PlanReader(file_label).read(*document);
}

Result<Plan> load_plan(const std::filesystem::path& path) {
    auto text = read_file(path, kMaxPlanFileBytes);
    if (!text) return std::move(text).problems();
    return parse_plan_json(*text, path.string());
}

}  // namespace mealplan

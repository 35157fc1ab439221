#include "report/saved_plan.hpp"

#include <algorithm>
#include <limits>
#include <string>

#include "core/files.hpp"
#include "core/json_input.hpp"
#include "plan/plan_json.hpp"

namespace mealplan {
namespace {

using json_input::child;
using json_input::Json;

constexpr double kHuge = std::numeric_limits<double>::max();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// Reads what plan JSON says of a plan besides its days; every problem goes to `checker`.
class SavedPlanReader {
  public:
    explicit SavedPlanReader(json_input::Checker& checker) : check_(checker) {}

    void read(const Json& document, SavedPlan& saved) {
        PlanResult& result = saved.result;
        read_status(document, result);
        if (const auto value = number(document, "objective", -kHuge)) result.objective = *value;
        // A search stopped before it had a bound writes bound -∞ and gap ∞, which JSON
        // spells null.
        result.bound = unbounded(document, "bound", -kInfinity);
        result.gap = unbounded(document, "gap", kInfinity);
        if (const auto value = number(document, "seconds", 0.0)) result.seconds = *value;
        if (const auto value = number(document, "seed", 0.0, std::numeric_limits<unsigned>::max()))
            result.seed = static_cast<unsigned>(*value);
        if (const Json* coverage = check_.member(document, "", "coverage")) {
            if (const auto mode = named<CoverageMode>(*coverage, "/coverage")) {
                result.coverage = *mode;
            }
        }
        if (const Json* profile = check_.member(document, "", "profile")) {
            read_profile(*profile, result.targets);
        }
        if (const Json* filters = check_.member(document, "", "filters")) {
            read_filters(*filters, result.filters);
        }
        if (const Json* rules = check_.member(document, "", "safety_rules", false)) {
            read_safety_rules(*rules, result.safety);
        }
        if (const Json* meals = check_.member(document, "", "meals_outside_share", false)) {
            read_meals_outside_share(*meals, result.meals_outside_share);
        }
        if (const Json* targets = check_.member(document, "", "targets")) {
            read_targets(*targets, saved.targets);
        }
        if (const auto days = document.find("days"); days != document.end() && days->is_array()) {
            for (std::size_t d = 0; d < days->size(); ++d) {
                read_supplements((*days)[d], child("/days", d), result.supplements);
            }
        }
        if (const Json* diagnosis = check_.member(document, "", "diagnosis", false)) {
            read_diagnosis(*diagnosis, saved.diagnosis);
        }
        if (const Json* fix = check_.member(document, "", "fix", false);
            fix != nullptr && !fix->is_null()) {
            CheckedFix checked;
            if (read_checked_fix(*fix, "/fix", checked)) result.fix = std::move(checked);
        }
        if (const Json* check = check_.member(document, "", "fix_check", false);
            check != nullptr && check_.expect_object(*check, "/fix_check")) {
            result.fix_check_plans = static_cast<int>(
                check_.required_number(*check, "/fix_check", "plans", 0.0, 1e6).value_or(0.0));
            result.fix_check_seconds =
                check_.required_number(*check, "/fix_check", "seconds", 0.0, kHuge).value_or(0.0);
        }
    }

  private:
    double unbounded(const Json& object, std::string_view key, double when_null) {
        const Json* value = check_.member(object, "", key);
        if (value == nullptr) return when_null;
        if (value->is_null()) return when_null;
        return check_.number(*value, child("", key), key == "gap" ? 0.0 : -kHuge, kHuge)
            .value_or(when_null);
    }

    std::optional<double> number(const Json& object, std::string_view key, double minimum,
                                 double maximum = kHuge) {
        return check_.required_number(object, "", key, minimum, maximum);
    }

    template <NamedEnum Enum>
    std::optional<Enum> named(const Json& value, const std::string& pointer) {
        const auto name = check_.text(value, pointer);
        if (!name) return std::nullopt;
        const auto parsed = from_string<Enum>(*name);
        if (!parsed)
            check_.report(pointer, "must be " + names_in_words<Enum>() + ", not \"" + *name + "\"");
        return parsed;
    }

    void read_status(const Json& document, PlanResult& result) {
        const Json* status = check_.member(document, "", "status");
        if (status == nullptr) return;
        if (const auto parsed = named<PlanStatus>(*status, "/status")) result.status = *parsed;
    }

    void read_profile(const Json& node, Targets& targets) {
        const std::string pointer = "/profile";
        if (!check_.expect_object(node, pointer)) return;
        Profile& profile = targets.profile;
        if (const Json* sex = check_.member(node, pointer, "sex")) {
            if (const auto parsed = named<Sex>(*sex, child(pointer, "sex"))) profile.sex = *parsed;
        }
        if (const auto age =
                check_.required_number(node, pointer, "age_years", kMinAgeYears, kMaxAgeYears)) {
            profile.age_years = *age;
        }
        profile.pregnant = flag(node, pointer, "pregnant");
        profile.lactating = flag(node, pointer, "lactating");
        if (const auto stage = check_.required_text(node, pointer, "life_stage")) {
            targets.life_stage = *stage;
        }
        if (const auto energy =
                check_.required_number(node, pointer, "energy_kcal", 0.0, kHuge, true)) {
            targets.energy_kcal = *energy;
        }
        if (const auto tolerance =
                check_.required_number(node, pointer, "energy_tolerance", 0.0, 1.0)) {
            targets.energy_tolerance = *tolerance;
        }
        profile.weight_kg = optional_number(node, pointer, "weight_kg");
        profile.height_cm = optional_number(node, pointer, "height_cm");
        if (const Json* activity = check_.member(node, pointer, "activity", false);
            activity != nullptr && !activity->is_null()) {
            profile.activity = named<ActivityLevel>(*activity, child(pointer, "activity"));
        }
    }

    bool flag(const Json& node, const std::string& pointer, std::string_view key) {
        const Json* value = check_.member(node, pointer, key);
        if (value == nullptr) return false;
        return check_.boolean(*value, child(pointer, key)).value_or(false);
    }

    std::optional<double> optional_number(const Json& node, const std::string& pointer,
                                          std::string_view key) {
        const Json* value = check_.member(node, pointer, key, false);
        if (value == nullptr || value->is_null()) return std::nullopt;
        return check_.number(*value, child(pointer, key), 0.0, kHuge, true);
    }

    std::vector<std::string> texts(const Json& node, const std::string& pointer) {
        std::vector<std::string> values;
        if (!check_.expect_array(node, pointer)) return values;
        for (std::size_t i = 0; i < node.size(); ++i) {
            if (auto value = check_.text(node[i], child(pointer, i), true)) {
                values.push_back(std::move(*value));
            }
        }
        return values;
    }

    void read_filters(const Json& node, PlanFilters& filters) {
        const std::string pointer = "/filters";
        if (!check_.expect_object(node, pointer)) return;
        if (const Json* diet = check_.member(node, pointer, "diet")) {
            if (const auto parsed = named<Diet>(*diet, child(pointer, "diet")))
                filters.diet = *parsed;
        }
        for (const Allergen allergen :
             check_.name_set<Allergen>(node, pointer, "avoid", "allergen", false, false)) {
            filters.avoid.push_back(allergen);
        }
        if (const Json* exclude = check_.member(node, pointer, "exclude", false)) {
            filters.exclude = texts(*exclude, child(pointer, "exclude"));
        }
        if (const Json* ids = check_.member(node, pointer, "excluded_food_ids", false)) {
            filters.excluded_food_ids = texts(*ids, child(pointer, "excluded_food_ids"));
        }
        filters.allow_supplements = flag(node, pointer, "allow_supplements");
    }

    void read_safety_rules(const Json& node, std::vector<AppliedSafetyRule>& rules) {
        const std::string pointer = "/safety_rules";
        if (!check_.expect_array(node, pointer)) return;
        for (std::size_t i = 0; i < node.size(); ++i) {
            const std::string at = child(pointer, i);
            if (!check_.expect_object(node[i], at)) continue;
            AppliedSafetyRule rule;
            rule.id = check_.required_text(node[i], at, "id").value_or("");
            rule.what = check_.required_text(node[i], at, "what").value_or("");
            rule.sources = check_.required_text(node[i], at, "sources").value_or("");
            if (const Json* effects = check_.member(node[i], at, "effects")) {
                rule.effects = texts(*effects, child(at, "effects"));
            }
            rules.push_back(std::move(rule));
        }
    }

    void read_meals_outside_share(const Json& node, std::vector<MealOutsideShare>& meals) {
        const std::string pointer = "/meals_outside_share";
        if (!check_.expect_array(node, pointer)) return;
        for (std::size_t i = 0; i < node.size(); ++i) {
            const std::string at = child(pointer, i);
            if (!check_.expect_object(node[i], at)) continue;
            check_.only_members(
                node[i], at, {"day", "slot", "energy_kcal", "share_low_kcal", "share_high_kcal"});
            MealOutsideShare meal;
            meal.day = static_cast<int>(
                check_
                    .required_number(node[i], at, "day", 1.0, static_cast<double>(kMaxPlanFileDays))
                    .value_or(1.0));
            if (auto slot = check_.required_text(node[i], at, "slot")) {
                if (auto parsed = from_string<MealSlot>(*slot)) {
                    meal.slot = *parsed;
                } else {
                    check_.report(child(at, "slot"), "'" + *slot + "' is not a meal slot");
                }
            }
            meal.energy_kcal =
                check_.required_number(node[i], at, "energy_kcal", 0.0, kHuge).value_or(0.0);
            meal.low_kcal =
                check_.required_number(node[i], at, "share_low_kcal", 0.0, kHuge).value_or(0.0);
            meal.high_kcal =
                check_.required_number(node[i], at, "share_high_kcal", 0.0, kHuge).value_or(0.0);
            meals.push_back(meal);
        }
    }

    std::optional<double> bound_of(const Json& node, const std::string& pointer,
                                   std::string_view key) {
        const Json* value = check_.member(node, pointer, key);
        if (value == nullptr || value->is_null()) return std::nullopt;
        return check_.number(*value, child(pointer, key), 0.0, kHuge);
    }

    void read_targets(const Json& node, std::vector<SavedTarget>& targets) {
        const std::string pointer = "/targets";
        if (!check_.expect_object(node, pointer)) return;
        for (const auto& [key, bounds] : node.items()) {
            const std::string at = child(pointer, key);
            const auto nutrient = nutrient_from_key(key);
            if (!nutrient) {
                check_.report(at, "is not a nutrient key (docs: data/README.md)");
                continue;
            }
            if (!check_.expect_object(bounds, at)) continue;
            targets.push_back(
                {*nutrient, bound_of(bounds, at, "min"), bound_of(bounds, at, "max")});
        }
    }

    void read_supplements(const Json& day, const std::string& pointer,
                          std::vector<SupplementDose>& doses) {
        if (!day.is_object()) return;  // the plan reader reports it
        const Json* list = check_.member(day, pointer, "supplements", false);
        if (list == nullptr) return;
        const std::string list_pointer = child(pointer, "supplements");
        if (!check_.expect_array(*list, list_pointer)) return;
        const auto number = day.find("day");
        if (number == day.end() || !number->is_number_integer()) return;  // reported by the plan
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string at = child(list_pointer, i);
            if (!check_.expect_object((*list)[i], at)) continue;
            SupplementDose dose;
            dose.day = number->get<int>();
            dose.id = check_.required_text((*list)[i], at, "id").value_or("");
            dose.name = check_.required_text((*list)[i], at, "name").value_or("");
            doses.push_back(std::move(dose));
        }
    }

    std::vector<Nutrient> nutrients(const Json& node, const std::string& pointer) {
        std::vector<Nutrient> list;
        const std::vector<std::string> keys = texts(node, pointer);
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (const auto nutrient = nutrient_from_key(keys[i])) {
                list.push_back(*nutrient);
            } else {
                check_.report(child(pointer, i), "is not a nutrient key: \"" + keys[i] + "\"");
            }
        }
        return list;
    }

    bool read_checked_fix(const Json& node, const std::string& pointer, CheckedFix& fix) {
        if (!check_.expect_object(node, pointer)) return false;
        const std::size_t problems_before = check_.problem_count();
        if (const Json* argv = check_.member(node, pointer, "argv")) {
            fix.argv = texts(*argv, child(pointer, "argv"));
        }
        if (const Json* closes = check_.member(node, pointer, "closes")) {
            fix.closes = nutrients(*closes, child(pointer, "closes"));
        }
        if (const Json* opens = check_.member(node, pointer, "opens")) {
            fix.opens = nutrients(*opens, child(pointer, "opens"));
        }
        fix.verified = flag(node, pointer, "verified");
        return check_.problem_count() == problems_before;
    }

    void read_diagnosis(const Json& node, std::vector<DiagnosisWords>& all) {
        const std::string pointer = "/diagnosis";
        if (!check_.expect_array(node, pointer)) return;
        for (std::size_t i = 0; i < node.size(); ++i) {
            const std::string at = child(pointer, i);
            const Json& entry = node[i];
            if (!check_.expect_object(entry, at)) continue;
            DiagnosisWords words;
            if (const auto key = check_.required_text(entry, at, "nutrient")) {
                if (const auto nutrient = nutrient_from_key(*key)) {
                    words.nutrient = *nutrient;
                } else {
                    check_.report(child(at, "nutrient"), "is not a nutrient key: \"" + *key + "\"");
                }
            }
            words.missing = check_.required_number(entry, at, "missing", 0.0, kHuge).value_or(0.0);
            words.missing_percent =
                check_.required_number(entry, at, "missing_percent", 0.0, kHuge).value_or(0.0);
            if (const Json* blockers = check_.member(entry, at, "blockers")) {
                words.blockers = texts(*blockers, child(at, "blockers"));
            }
            if (const Json* fixes = check_.member(entry, at, "fixes")) {
                read_fixes(*fixes, child(at, "fixes"), words);
            }
            all.push_back(std::move(words));
        }
    }

    /// A fix is a line of words (the "no single change" line) or a checked fix with its label;
    /// as in the view, the checked fixes come first, so `checked` stays in step with `fixes`.
    void read_fixes(const Json& node, const std::string& pointer, DiagnosisWords& words) {
        if (!check_.expect_array(node, pointer)) return;
        for (std::size_t i = 0; i < node.size(); ++i) {
            const std::string at = child(pointer, i);
            if (node[i].is_string()) {
                words.fixes.push_back(node[i].get<std::string>());
                continue;
            }
            if (words.fixes.size() > words.checked.size()) {
                check_.report(at, "a checked fix comes before the lines of words");
                continue;
            }
            CheckedFix fix;
            const auto label = check_.required_text(node[i], at, "label");
            if (read_checked_fix(node[i], at, fix) && label) {
                words.fixes.push_back(*label);
                words.checked.push_back(std::move(fix));
            }
        }
    }

    json_input::Checker& check_;
};

}  // namespace

Result<SavedPlan> parse_saved_plan(std::string_view json_text, std::string_view file_label) {
    // The days are read by the reader every plan-reading command shares; a file it refuses
    // is not read further.
    auto plan = parse_plan_json(json_text, file_label);
    auto document = json_input::parse(json_text, file_label);
    if (!document) return std::move(document).problems();
    SavedPlan saved;
    Problems found;
    json_input::Checker checker(std::string(file_label), found);
    SavedPlanReader(checker).read(*document, saved);
    if (plan && found.empty()) {
        saved.result.plan = std::move(*plan);
        return saved;
    }
    // Every problem of the file in one run: the plan reader's, then those of the rest at
    // places it did not already report (both read the profile).
    Problems problems = plan ? Problems{} : std::move(plan).problems();
    for (Problem& problem : found) {
        const bool reported = std::any_of(problems.begin(), problems.end(), [&](const Problem& p) {
            return p.where == problem.where;
        });
        if (!reported) problems.push_back(std::move(problem));
    }
    return problems;
}

Result<SavedPlan> load_saved_plan(const std::filesystem::path& path) {
    auto text = read_file(path, kMaxPlanFileBytes);
    if (!text) return std::move(text).problems();
    return parse_saved_plan(*text, path.string());
}

}  // namespace mealplan

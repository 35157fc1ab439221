// Plan JSON, schema "mealplan.plan/1" (docs/ARCHITECTURE.md, "Outputs"): what programs —
// the shopping list among them — read back. Numbers are written as computed; unknown
// values never appear as 0 without their share being reported next to them.

#include <nlohmann/json.hpp>

#include "report/content.hpp"
#include "report/format.hpp"
#include "report/plan_view.hpp"
#include "report/report.hpp"
#include "shopping/render.hpp"

namespace mealplan {
namespace {

using nlohmann::ordered_json;
using namespace report_detail;

ordered_json optional_number(const std::optional<double>& value) {
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

/// The person's sex, age and condition: the first members of "profile" and of the request's.
void add_person(ordered_json& json, const Profile& profile) {
    json["sex"] = to_string(profile.sex);
    json["age_years"] = profile.age_years;
    json["pregnant"] = profile.pregnant;
    json["lactating"] = profile.lactating;
}

/// The body measures and activity, null where not given: the last members of both.
void add_body(ordered_json& json, const Profile& profile) {
    json["weight_kg"] = optional_number(profile.weight_kg);
    json["height_cm"] = optional_number(profile.height_cm);
    json["activity"] =
        profile.activity ? ordered_json(to_string(*profile.activity)) : ordered_json(nullptr);
}

ordered_json profile_json(const Targets& targets) {
    ordered_json json;
    add_person(json, targets.profile);
    json["life_stage"] = targets.life_stage;
    json["energy_kcal"] = targets.energy_kcal;
    json["energy_tolerance"] = targets.energy_tolerance;
    add_body(json, targets.profile);
    return json;
}

ordered_json filters_json(const PlanFilters& filters) {
    ordered_json json;
    json["diet"] = to_string(filters.diet);
    json["avoid"] = ordered_json::array();
    for (const auto allergen : filters.avoid) json["avoid"].push_back(to_string(allergen));
    json["exclude"] = filters.exclude;
    json["excluded_food_ids"] = filters.excluded_food_ids;
    json["allow_supplements"] = filters.allow_supplements;
    return json;
}

/// Every field of the request as given, so that a program can plan it again; the profile
/// is the one given ("energy_kcal" only when the person set it), unlike "profile" above.
ordered_json request_json(const RecordedRequest& request) {
    const Profile& profile = request.profile;
    ordered_json given;
    add_person(given, profile);
    given["energy_kcal"] = optional_number(profile.energy_kcal);
    add_body(given, profile);
    ordered_json json;
    json["profile"] = std::move(given);
    json["days"] = request.days;
    json["coverage"] = to_string(request.coverage);
    json["max_repeats"] = request.max_repeats;
    json["seed"] = request.seed;
    json["time_limit_seconds"] = request.time_limit_seconds;
    json["gap"] = request.relative_gap;
    json["diet"] = to_string(request.diet);
    json["avoid"] = ordered_json::array();
    for (const auto allergen : request.avoid) json["avoid"].push_back(to_string(allergen));
    json["exclude"] = request.exclude;
    json["allow_supplements"] = request.allow_supplements;
    return json;
}

ordered_json targets_json(const Targets& targets) {
    ordered_json json = ordered_json::object();
    for (const auto& entry : all_nutrients()) {
        const NutrientTarget& target = targets[entry.nutrient];
        if (entry.auxiliary && !target.min && !target.max) continue;
        json[std::string(entry.key)] = {{"min", optional_number(target.min)},
                                        {"max", optional_number(target.max)}};
    }
    return json;
}

ordered_json item_json(const ItemView& view) {
    ordered_json json;
    json["food_id"] = view.item.food_id;
    json["name"] = view.name;
    json["grams"] = view.item.grams;
    json["portion"] = view.portion;
    json["side"] = view.item.side;
    return json;
}

/// For every nutrient with a minimum: what supplies it on `day`, largest first — foods
/// {food_id, name, amount, share}, then tablets {supplement, name, amount, share} — each
/// share of the day's total of the nutrient (foods and tablets).
ordered_json sources_json(const DayView& day, const Targets& targets) {
    ordered_json json = ordered_json::object();
    for (const auto& entry : all_nutrients()) {
        if (!targets[entry.nutrient].min) continue;
        const NutrientSources* sources = sources_of(day.sources, entry.nutrient);
        double total = 0.0;
        if (sources != nullptr) {
            for (const FoodContribution& food : sources->foods) total += food.amount;
        }
        for (const SupplementDose& dose : day.supplements)
            total += dose.amounts[index(entry.nutrient)];
        const auto share = [&](double amount) { return total > 0.0 ? amount / total : 0.0; };
        ordered_json list = ordered_json::array();
        if (sources != nullptr) {
            for (const FoodContribution& food : sources->foods) {
                list.push_back({{"food_id", food.food_id},
                                {"name", food.name},
                                {"amount", food.amount},
                                {"share", share(food.amount)}});
            }
        }
        for (const SupplementDose& dose : day.supplements) {
            const double amount = dose.amounts[index(entry.nutrient)];
            if (amount <= 0.0) continue;
            list.push_back({{"supplement", dose.id},
                            {"name", dose.name},
                            {"amount", amount},
                            {"share", share(amount)}});
        }
        json[std::string(entry.key)] = std::move(list);
    }
    return json;
}

ordered_json nutrient_keys(const std::vector<Nutrient>& nutrients) {
    ordered_json keys = ordered_json::array();
    for (Nutrient nutrient : nutrients) keys.push_back(info(nutrient).key);
    return keys;
}

void add_checked_fix(ordered_json& json, const CheckedFix& fix) {
    json["argv"] = fix.argv;
    json["closes"] = nutrient_keys(fix.closes);
    json["opens"] = nutrient_keys(fix.opens);
    json["verified"] = fix.verified;
}

ordered_json day_json(const DayView& day, const Targets& targets) {
    ordered_json json;
    json["day"] = day.day;
    json["meals"] = ordered_json::array();
    for (const MealView& meal : day.meals) {
        ordered_json meal_json;
        meal_json["slot"] = to_string(meal.meal.slot);
        meal_json["dish_id"] = meal.meal.dish_id;
        meal_json["dish"] = meal.meal.dish;
        meal_json["servings"] = meal.meal.servings;
        meal_json["items"] = ordered_json::array();
        for (const ItemView& item : meal.items) meal_json["items"].push_back(item_json(item));
        json["meals"].push_back(std::move(meal_json));
    }
    json["supplements"] = ordered_json::array();
    for (const SupplementDose& dose : day.supplements) {
        json["supplements"].push_back({{"id", dose.id}, {"name", dose.name}});
    }
    ordered_json sums = ordered_json::object();
    ordered_json unknown = ordered_json::object();
    for (const auto& entry : all_nutrients()) {
        sums[std::string(entry.key)] = day.totals[entry.nutrient];
        unknown[std::string(entry.key)] = day.totals.unknown_share(entry.nutrient);
    }
    json["totals"] = std::move(sums);
    json["unknown_share"] = std::move(unknown);
    json["sources"] = sources_json(day, targets);
    return json;
}

}  // namespace

std::string render_plan_json(const PlanView& view) {
    const PlanResult& result = view.result;
    ordered_json json;
    json["schema"] = "mealplan.plan/1";
    json["status"] = to_string(result.status);
    if (result.status == PlanStatus::NoPlan) json["no_plan_reason"] = result.no_plan_reason;
    json["objective"] = result.objective;
    json["bound"] = result.bound;
    json["gap"] = result.gap;
    json["gap_floor"] = kGapFloor;
    json["seconds"] = result.seconds;
    json["seed"] = result.seed;
    json["coverage"] = to_string(result.coverage);
    json["profile"] = profile_json(result.targets);
    json["filters"] = filters_json(result.filters);
    if (result.plan.request) json["request"] = request_json(*result.plan.request);
    json["safety_rules"] = ordered_json::array();
    for (const AppliedSafetyRule& rule : result.safety) {
        json["safety_rules"].push_back({{"id", rule.id},
                                        {"what", rule.what},
                                        {"effects", rule.effects},
                                        {"sources", rule.sources}});
    }
    json["meals_outside_share"] = ordered_json::array();
    for (const MealOutsideShare& meal : result.meals_outside_share) {
        json["meals_outside_share"].push_back({{"day", meal.day},
                                               {"slot", to_string(meal.slot)},
                                               {"energy_kcal", meal.energy_kcal},
                                               {"share_low_kcal", meal.low_kcal},
                                               {"share_high_kcal", meal.high_kcal}});
    }
    json["targets"] = targets_json(result.targets);
    if (result.revised) {
        // Only a plan that revises another (--from) says what changed, so that every other
        // plan's JSON stays as it was.
        json["changed_meals"] = ordered_json::array();
        for (const ChangedMeal& meal : result.changed_meals) {
            json["changed_meals"].push_back({{"day", meal.day},
                                             {"slot", to_string(meal.slot)},
                                             {"was", meal.was},
                                             {"now", meal.now},
                                             {"swapped", meal.swapped}});
        }
    }
    json["days"] = ordered_json::array();
    for (const DayView& day : view.days) json["days"].push_back(day_json(day, result.targets));
    ordered_json shortfalls = ordered_json::object();
    for (const auto& shortfall : result.shortfalls) {
        shortfalls[std::string(info(shortfall.nutrient).key)] = shortfall.missing;
    }
    json["shortfalls"] = std::move(shortfalls);
    json["diagnosis"] = ordered_json::array();
    for (const DiagnosisWords& diagnosis : view.diagnosis) {
        ordered_json entry;
        entry["nutrient"] = info(diagnosis.nutrient).key;
        entry["missing"] = diagnosis.missing;
        entry["missing_percent"] = diagnosis.missing_percent;
        entry["blockers"] = diagnosis.blockers;
        // A checked fix is an object; the kNoSingleFix line, and a fix read back without
        // what checking it found, stays a line of words.
        entry["fixes"] = ordered_json::array();
        for (std::size_t i = 0; i < diagnosis.fixes.size(); ++i) {
            if (i >= diagnosis.checked.size()) {
                entry["fixes"].push_back(diagnosis.fixes[i]);
                continue;
            }
            ordered_json fix_json;
            fix_json["label"] = diagnosis.fixes[i];
            add_checked_fix(fix_json, diagnosis.checked[i]);
            entry["fixes"].push_back(std::move(fix_json));
        }
        json["diagnosis"].push_back(std::move(entry));
    }
    if (result.fix) {
        ordered_json fix_json;
        add_checked_fix(fix_json, *result.fix);
        json["fix"] = std::move(fix_json);
    } else {
        json["fix"] = nullptr;
    }
    json["fix_check"] = {{"plans", result.fix_check_plans}, {"seconds", result.fix_check_seconds}};
    json["disclaimer"] = kDisclaimer;
    if (view.shopping_list) {
        json["shopping_list"] = ordered_json::parse(
            render_shopping_list(*view.shopping_list, ShoppingFormat::Json, Units::Metric));
    }
    return json.dump(2) + "\n";
}

}  // namespace mealplan

// Plan JSON, schema "mealplan.plan/1" (docs/ARCHITECTURE.md, "Outputs"): what programs —
// the shopping list among them — read back. Numbers are written as computed; unknown
// values never appear as 0 without their share being reported next to them.

#include <nlohmann/json.hpp>

#include "plan/totals.hpp"
#include "report/content.hpp"
#include "report/format.hpp"
#include "report/household.hpp"
#include "report/report.hpp"

namespace mealplan {
namespace {

using nlohmann::ordered_json;
using namespace report_detail;

ordered_json optional_number(const std::optional<double>& value) {
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json profile_json(const Targets& targets) {
    const Profile& profile = targets.profile;
    ordered_json json;
    json["sex"] = to_string(profile.sex);
    json["age_years"] = profile.age_years;
    json["pregnant"] = profile.pregnant;
    json["lactating"] = profile.lactating;
    json["life_stage"] = targets.life_stage;
    json["energy_kcal"] = targets.energy_kcal;
    json["energy_tolerance"] = targets.energy_tolerance;
    json["weight_kg"] = optional_number(profile.weight_kg);
    json["height_cm"] = optional_number(profile.height_cm);
    json["activity"] =
        profile.activity ? ordered_json(to_string(*profile.activity)) : ordered_json(nullptr);
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

ordered_json item_json(const PlanItem& item, const Catalogue& catalogue) {
    const Food* food = catalogue.find(item.food_id);
    std::string portion = item.portion;
    if (portion.empty() && food != nullptr) portion = household_measure(*food, item.grams);
    std::string name = item.name;
    if (name.empty() && food != nullptr) name = food->name;
    ordered_json json;
    json["food_id"] = item.food_id;
    json["name"] = name;
    json["grams"] = item.grams;
    json["portion"] = portion;
    json["side"] = item.side;
    return json;
}

/// For every nutrient with a minimum: what supplies it on `day`, largest first — foods
/// {food_id, name, amount, share}, then tablets {supplement, name, amount, share} — each
/// share of the day's total of the nutrient.
ordered_json sources_json(const PlanResult& result, const PlanDay& day,
                          const Catalogue& catalogue) {
    const auto supplements = supplements_of_day(result, day.day);
    ordered_json json = ordered_json::object();
    for (const auto& entry : all_nutrients()) {
        if (!result.targets[entry.nutrient].min) continue;
        const auto foods =
            contributions(std::span<const PlanDay>(&day, 1), entry.nutrient, catalogue);
        double total = 0.0;
        for (const FoodContribution& food : foods) total += food.amount;
        for (const SupplementDose* dose : supplements)
            total += dose->amounts[index(entry.nutrient)];
        ordered_json list = ordered_json::array();
        const auto share = [&](double amount) { return total > 0.0 ? amount / total : 0.0; };
        for (const FoodContribution& food : foods) {
            list.push_back({{"food_id", food.food_id},
                            {"name", food.name},
                            {"amount", food.amount},
                            {"share", share(food.amount)}});
        }
        for (const SupplementDose* dose : supplements) {
            const double amount = dose->amounts[index(entry.nutrient)];
            if (amount <= 0.0) continue;
            list.push_back({{"supplement", dose->id},
                            {"name", dose->name},
                            {"amount", amount},
                            {"share", share(amount)}});
        }
        json[std::string(entry.key)] = std::move(list);
    }
    return json;
}

ordered_json day_json(const PlanResult& result, const PlanDay& day, const Catalogue& catalogue) {
    ordered_json json;
    json["day"] = day.day;
    json["meals"] = ordered_json::array();
    for (const auto& meal : day.meals) {
        ordered_json meal_json;
        meal_json["slot"] = to_string(meal.slot);
        meal_json["dish_id"] = meal.dish_id;
        meal_json["dish"] = meal.dish;
        meal_json["servings"] = meal.servings;
        meal_json["items"] = ordered_json::array();
        for (const auto& item : meal.items)
            meal_json["items"].push_back(item_json(item, catalogue));
        json["meals"].push_back(std::move(meal_json));
    }
    json["supplements"] = ordered_json::array();
    for (const SupplementDose* dose : supplements_of_day(result, day.day)) {
        json["supplements"].push_back({{"id", dose->id}, {"name", dose->name}});
    }
    const NutrientTotals totals = totals_of_day(result, day, catalogue);
    ordered_json sums = ordered_json::object();
    ordered_json unknown = ordered_json::object();
    for (const auto& entry : all_nutrients()) {
        sums[std::string(entry.key)] = totals[entry.nutrient];
        unknown[std::string(entry.key)] = totals.unknown_share(entry.nutrient);
    }
    json["totals"] = std::move(sums);
    json["unknown_share"] = std::move(unknown);
    json["sources"] = sources_json(result, day, catalogue);
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

}  // namespace

std::string render_plan_json(const PlanResult& result, const Catalogue& catalogue,
                             const FixWords& fix_words) {
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
    json["targets"] = targets_json(result.targets);
    json["days"] = ordered_json::array();
    for (const auto& day : result.plan.days)
        json["days"].push_back(day_json(result, day, catalogue));
    ordered_json shortfalls = ordered_json::object();
    for (const auto& shortfall : result.shortfalls) {
        shortfalls[std::string(info(shortfall.nutrient).key)] = shortfall.missing;
    }
    json["shortfalls"] = std::move(shortfalls);
    json["diagnosis"] = ordered_json::array();
    for (const auto& diagnosis : result.diagnosis) {
        ordered_json entry;
        entry["nutrient"] = info(diagnosis.nutrient).key;
        entry["missing"] = diagnosis.missing;
        entry["missing_percent"] = diagnosis.missing_percent;
        entry["blockers"] = diagnosis.blockers;
        entry["fixes"] = ordered_json::array();
        for (const CheckedFix& fix : diagnosis.fixes) {
            ordered_json fix_json;
            fix_json["label"] = fix_label(fix, diagnosis.nutrient, fix_words);
            add_checked_fix(fix_json, fix);
            entry["fixes"].push_back(std::move(fix_json));
        }
        // An empty list with every change tried means no single change closes it.
        entry["every_change_tried"] = diagnosis.every_change_tried;
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
    return json.dump(2) + "\n";
}

}  // namespace mealplan

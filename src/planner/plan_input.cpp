#include "planner/plan_input.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "planner/food_index.hpp"
#include "planner/food_safety.hpp"
#include "planner/side_items.hpp"
#include "planner/supplements.hpp"

namespace mealplan {
namespace {

/// Price per gram from the cheapest priced package, if any.
std::optional<double> price_per_gram(const Food& food) {
    std::optional<double> best;
    for (const Package& package : food.packages) {
        if (!package.price_usd || package.grams <= 0.0) continue;
        const double per_gram = *package.price_usd / package.grams;
        if (!best || per_gram < *best) best = per_gram;
    }
    return best;
}

/// Grams of one household unit of a food: its first portion, else its reference serving.
double household_unit_grams(const Food& food) {
    for (const Portion& portion : food.portions) {
        if (portion.grams > 0.0 && portion.amount > 0.0) return portion.grams / portion.amount;
    }
    return food.serving_grams > 0.0 ? food.serving_grams : 100.0;
}

/// True when every food of `dish` is in the catalogue at a positive weight and `filter`
/// allows every one that is not an optional garnish (an excluded garnish is left off).
bool fits_filter(const PlannerDish& dish, const FoodIndex& foods, const FoodFilter& filter) {
    if (dish.ingredients.empty()) return false;
    return std::all_of(dish.ingredients.begin(), dish.ingredients.end(),
                       [&](const PlannerDish::Ingredient& ingredient) {
                           const auto found = foods.find(ingredient.food_id);
                           return found != foods.end() && ingredient.grams > 0.0 &&
                                  (ingredient.optional || filter.allows(*found->second));
                       });
}

/// The first food of `side` a safety rule forbids as the side serves it, with that rule.
std::optional<std::pair<const SafetyRule*, FoodId>> first_unsafe_side_food(
    const Side& side, const FoodSafety& safety) {
    for (const SideFood& food : side.foods) {
        if (const SafetyRule* rule = safety.forbidding(food.food_id, food.as_served, false))
            return std::make_pair(rule, food.food_id);
    }
    return std::nullopt;
}

/// Lowers each nutrient maximum of `targets` to the safety rules' maximum for the person
/// where that is lower (a 2-year-old's caffeine: 30 mg, not the targets' 36 mg).
void hold_safety_maximums(Targets& targets, FoodSafety& safety) {
    for (const NutrientMaxRule* rule : safety.nutrient_maximums()) {
        const auto max = rule->max_at(targets.profile.age_years);
        if (!max) continue;
        NutrientTarget& target = targets[rule->nutrient];
        if (!target.max || *max < *target.max) {
            target.max = *max;
            target.source =
                "not a DRI: the food-safety rules' maximum for this age (safety-rules.json)";
        }
        safety.record_maximum(
            *rule, fmt::format("{} at most {:g} {} a day", info(rule->nutrient).label, *target.max,
                               info(rule->nutrient).unit));
    }
}

/// The kinds of side of `kinds` that `dish` holds already: at least a kind's grams a
/// serving of its foods (a pasta bake holds a starch, an omelette an egg).
std::set<std::string> side_kinds_held(const ModelDish& dish, const std::vector<SideKind>& kinds) {
    std::set<std::string> held;
    for (const SideKind& kind : kinds) {
        if (!kind.not_with) continue;
        double grams = 0.0;
        for (const auto& [food_id, amount] : dish.grams_per_serving) {
            if (kind.not_with->foods.contains(food_id)) grams += amount;
        }
        if (grams >= kind.not_with->grams_at_least) held.insert(kind.id);
    }
    return held;
}

/// The kind of `dish`'s main protein (data/README.md, "Main protein"): of its protein
/// foods, the kind of the one giving the most protein a serving (ties: the lower food id),
/// when that is at least the rule's minimum; empty otherwise.
std::string main_protein_of(const ModelDish& dish, const MainProteinRule& rule,
                            const FoodIndex& foods) {
    const FoodId* best = nullptr;
    double best_protein = 0.0;
    for (const auto& [food_id, grams] : dish.grams_per_serving) {
        if (!rule.protein_foods.contains(food_id)) continue;
        const auto value = foods.at(food_id)->per_100g[index(Nutrient::ProteinG)];
        const double protein = value ? grams * *value / 100.0 : 0.0;
        if (best == nullptr || protein > best_protein ||
            (protein == best_protein && food_id < *best)) {
            best = &food_id;
            best_protein = protein;
        }
    }
    if (best == nullptr || best_protein < rule.min_protein_g) return {};
    const auto kind = rule.kind_of.find(*best);
    return kind == rule.kind_of.end() ? std::string() : kind->second;
}

/// Each food's daily cap: its meal-shape amount for the person's age band where the file
/// gives one, but never below what one dish holds at its smallest portion; otherwise three
/// household units (three glasses, three apples) or one dish at two servings if that is
/// more. And each group's joint cap where it has one. `largest_use` is each food's most
/// in one dish at its largest portion.
void set_daily_caps(PlanModelInput& input, const std::map<FoodId, double>& largest_use,
                    const MealShape& shape, double age_years, const FoodIndex& foods) {
    const std::size_t band = shape.band_for(age_years);
    for (const auto& [food_id, grams] : largest_use) {
        if (shape.group_of(food_id) != nullptr) {
            if (const auto max = shape.max_grams_per_day(food_id, band)) {
                // Never below one dish at its smallest portion: a child's 2 oz of meat
                // still allows half a serving of a dish with 3 oz.
                const double smallest_portion_of_a_dish =
                    grams * kPortionServings[0] / kPortionServings[std::size(kPortionServings) - 1];
                input.daily_cap_grams.emplace_back(food_id,
                                                   std::max(*max, smallest_portion_of_a_dish));
            }
            continue;  // in a group without a limit for the band: no cap
        }
        input.daily_cap_grams.emplace_back(
            food_id, std::max(grams, 3.0 * household_unit_grams(*foods.at(food_id))));
    }
    for (const DailyAmountGroup& group : shape.daily_amounts) {
        if (band >= group.max_for_group.size() || !group.max_for_group[band].max_grams) continue;
        GroupCap cap;
        cap.id = group.id;
        for (const auto& [food_id, grams] : largest_use) {
            if (group.members.count(food_id) > 0) cap.foods.insert(food_id);
        }
        cap.grams = *group.max_for_group[band].max_grams;
        if (!cap.foods.empty()) input.daily_group_caps.push_back(std::move(cap));
    }
}

}  // namespace

PreparedInput prepare_input(const PlanRequest& request, const FoodFilter& filter,
                            const Catalogue& catalogue, const std::vector<PlannerDish>& dishes,
                            const FoodRules& rules, const Targets& targets) {
    const FoodIndex foods = index_foods(catalogue);
    PreparedInput prepared;
    prepared.filter = filter;
    PlanModelInput& input = prepared.model_input;
    input.days = request.days;
    input.coverage = request.days == 1 ? CoverageMode::Daily : request.coverage;
    input.max_repeats = request.max_repeats;
    input.seed = request.seed;
    input.targets = targets;
    FoodSafety safety(rules.safety, targets.profile);
    hold_safety_maximums(input.targets, safety);

    std::map<FoodId, double> cap;  // grams a day, before the household-unit floor
    for (const PlannerDish& dish : dishes) {
        if (!fits_filter(dish, foods, filter)) continue;
        ModelDish model_dish;
        model_dish.id = dish.id;
        model_dish.name = dish.name;
        model_dish.slots = dish.slots;
        model_dish.per_serving.fill(0.0);
        double cost = 0.0;
        bool priced = true;
        bool allowed = true;
        // A garnish a rule forbids is left off; the dish is recorded only once it stays.
        std::vector<std::pair<const SafetyRule*, std::string>> served_without;
        for (const PlannerDish::Ingredient& ingredient : dish.ingredients) {
            const Food& food = *foods.at(ingredient.food_id);
            if (!filter.allows(food)) continue;  // an optional garnish (fits_filter)
            if (const SafetyRule* rule =
                    safety.forbidding(ingredient.food_id, ingredient.as_served, true)) {
                if (ingredient.optional) {
                    served_without.emplace_back(rule,
                                                "serves " + dish.name + " without " + food.name);
                    continue;
                }
                safety.record(*rule, "left out " + dish.name + " (" + food.name + ")");
                allowed = false;
                break;
            }
            add_food(model_dish.per_serving, food, ingredient.grams);
            model_dish.grams_per_serving.emplace_back(ingredient.food_id, ingredient.grams);
            if (auto price = price_per_gram(food)) {
                cost += *price * ingredient.grams;
            } else {
                priced = false;
            }
        }
        if (allowed && model_dish.grams_per_serving.empty()) allowed = false;
        if (allowed) {
            for (auto& [rule, effect] : served_without) safety.record(*rule, std::move(effect));
        }
        if (!allowed) continue;
        if (priced) model_dish.cost_usd_per_serving = cost;
        model_dish.side_kinds_held = side_kinds_held(model_dish, rules.sides.kinds);
        model_dish.main_protein = main_protein_of(model_dish, rules.meal_shape.main_protein, foods);
        for (const auto& [food_id, grams] : model_dish.grams_per_serving) {
            // A food may fill one dish at its largest portion, but not several in a day.
            cap[food_id] =
                std::max(cap[food_id], grams * kPortionServings[std::size(kPortionServings) - 1]);
        }
        input.dishes.push_back(std::move(model_dish));
    }

    input.side_portions_per_meal = rules.meal_shape.sides_per_meal_max;
    input.side_kinds = rules.sides.kinds;
    for (Side& side : allowed_sides(rules.sides, catalogue, filter)) {
        if (const auto unsafe = first_unsafe_side_food(side, safety)) {
            safety.record(*unsafe->first,
                          "no side of " + side.name + " (" + foods.at(unsafe->second)->name + ")");
            continue;
        }
        ModelSide model_side;
        model_side.per_unit.fill(0.0);
        double cost = 0.0;
        bool priced = true;
        for (const SideFood& food : side.foods) {
            const Food& found = *foods.at(food.food_id);
            add_food(model_side.per_unit, found, food.grams);
            if (auto price = price_per_gram(found)) {
                cost += *price * food.grams;
            } else {
                priced = false;
            }
            cap[food.food_id] = std::max(cap[food.food_id], 0.0);
        }
        if (priced) model_side.cost_usd_per_unit = cost;
        model_side.item = std::move(side);
        input.sides.push_back(std::move(model_side));
    }
    set_daily_caps(input, cap, rules.meal_shape, targets.profile.age_years, foods);
    input.slot_shares = rules.meal_shape.slot_shares.empty()
                            ? std::nullopt
                            : std::optional<SlotShares>(rules.meal_shape.slot_shares.at(
                                  rules.meal_shape.band_for(targets.profile.age_years)));
    if (request.allow_supplements) input.supplements = supplement_table();
    prepared.safety = safety.applied();
    return prepared;
}

std::vector<NutrientAmounts> day_totals(const Plan& plan,
                                        const std::vector<SupplementDose>& supplements,
                                        const Catalogue& catalogue) {
    const FoodIndex foods = index_foods(catalogue);
    std::vector<NutrientAmounts> totals;
    for (const PlanDay& day : plan.days) {
        NutrientAmounts amounts{};
        amounts.fill(0.0);
        for (const PlanMeal& meal : day.meals) {
            for (const PlanItem& item : meal.items) {
                auto found = foods.find(item.food_id);
                if (found != foods.end()) add_food(amounts, *found->second, item.grams);
            }
        }
        for (const SupplementDose& dose : supplements) {
            if (dose.day != day.day) continue;
            for (std::size_t n = 0; n < kNutrientCount; ++n) amounts[n] += dose.amounts[n];
        }
        totals.push_back(amounts);
    }
    return totals;
}

std::vector<Shortfall> find_shortfalls(const std::vector<NutrientAmounts>& totals,
                                       const Targets& targets, CoverageMode coverage) {
    std::vector<Shortfall> shortfalls;
    if (totals.empty()) return shortfalls;
    const bool weekly_mode = coverage == CoverageMode::Weekly && totals.size() > 1;
    auto missing_beyond_tolerance = [](double target, double achieved) {
        // 0.01 % of the target: below it the difference is solver tolerance.
        return target - achieved > 1e-4 * target;
    };
    for (const NutrientInfo& info : all_nutrients()) {
        const Nutrient nutrient = info.nutrient;
        if (info.auxiliary || nutrient == Nutrient::EnergyKcal || nutrient == Nutrient::WaterG)
            continue;
        const NutrientTarget& target = targets[nutrient];
        if (!target.min || *target.min <= 0.0) continue;
        const double minimum = *target.min;
        Shortfall shortfall;
        shortfall.nutrient = nutrient;
        if (weekly_mode && is_stored_nutrient(nutrient)) {
            double sum = 0.0;
            for (const auto& day : totals) sum += day[index(nutrient)];
            const double average = sum / static_cast<double>(totals.size());
            if (missing_beyond_tolerance(minimum, average)) {
                shortfall.target = minimum;
                shortfall.achieved = average;
                for (std::size_t d = 0; d < totals.size(); ++d)
                    shortfall.days.push_back(static_cast<int>(d) + 1);
            } else {
                // The average holds; a day may still fall under the floor.
                const double floor = kWeeklyDailyFloor * minimum;
                shortfall.target = floor;
                shortfall.achieved = floor;
                for (std::size_t d = 0; d < totals.size(); ++d) {
                    const double amount = totals[d][index(nutrient)];
                    if (missing_beyond_tolerance(floor, amount)) {
                        shortfall.days.push_back(static_cast<int>(d) + 1);
                        shortfall.achieved = std::min(shortfall.achieved, amount);
                    }
                }
            }
        } else {
            shortfall.target = minimum;
            shortfall.achieved = minimum;
            for (std::size_t d = 0; d < totals.size(); ++d) {
                const double amount = totals[d][index(nutrient)];
                if (missing_beyond_tolerance(minimum, amount)) {
                    shortfall.days.push_back(static_cast<int>(d) + 1);
                    shortfall.achieved = std::min(shortfall.achieved, amount);
                }
            }
        }
        if (shortfall.days.empty()) continue;
        shortfall.missing = shortfall.target - shortfall.achieved;
        shortfalls.push_back(std::move(shortfall));
    }
    return shortfalls;
}

}  // namespace mealplan

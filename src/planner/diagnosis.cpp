#include "planner/diagnosis.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

#include "core/number_format.hpp"
#include "planner/plan_model.hpp"
#include "planner/planner.hpp"
#include "solver/solve.hpp"

namespace mealplan {
namespace {

/// How many excluded foods are tried one at a time (the richest in the nutrient first).
constexpr std::size_t kFoodCandidates = 12;

struct Relaxation {
    PlanRequest request;
    FoodFilter filter;
    std::vector<Nutrient> drop_limits;  ///< upper limits lifted
};

/// The least amount of `nutrient` missing in the relaxation, summed over its minimum rows
/// (per day on average); +inf when the relaxation has no solution at all.
double relaxed_missing(const Relaxation& relaxation, Nutrient nutrient, const Catalogue& catalogue,
                       const std::vector<PlannerDish>& dishes, const Targets& targets) {
    PreparedInput prepared =
        prepare_input(relaxation.request, relaxation.filter, catalogue, dishes, targets);
    PlanModel plan = build_plan_model(prepared.model_input);
    solver::Model& model = plan.model;
    for (auto& variable : model.variables) {
        variable.cost = 0.0;
        variable.type = solver::VariableType::Continuous;
    }
    for (const ShortfallSlack& slack : plan.shortfall_slacks) {
        if (slack.nutrient != nutrient) continue;
        // Weekly rows carry the average per day, daily rows one day each.
        model.variables[slack.variable].cost = slack.day < 0 ? prepared.model_input.days : 1.0;
    }
    for (const LimitRow& limit : plan.limit_rows) {
        const auto& dropped = relaxation.drop_limits;
        if (std::find(dropped.begin(), dropped.end(), limit.nutrient) != dropped.end()) {
            model.rows[limit.row].upper = solver::kInfinity;
        }
    }
    solver::SolveOptions options;
    options.time_limit_seconds = 2.0;
    const solver::SolveResult result = solver::solve(model, options);
    if (!result.has_solution) return std::numeric_limits<double>::infinity();
    return result.objective / prepared.model_input.days;
}

std::string amount_text(double amount) {
    return format_amount(amount, {Decimals::FixedByMagnitude, false});
}

std::string diet_phrase(Diet diet) {
    return "the " + std::string(to_string(diet)) + " diet";
}

}  // namespace

std::vector<Diagnosis> diagnose_shortfalls(const PlanRequest& request, const FoodFilter& filter,
                                           const Catalogue& catalogue,
                                           const std::vector<PlannerDish>& dishes,
                                           const Targets& targets,
                                           const std::vector<Shortfall>& shortfalls) {
    std::vector<Diagnosis> out;
    Relaxation base;
    base.request = request;
    base.request.days = std::min(request.days, 2);
    base.request.allow_supplements = request.allow_supplements;
    base.filter = filter;

    for (const Shortfall& shortfall : shortfalls) {
        const Nutrient nutrient = shortfall.nutrient;
        Diagnosis diagnosis;
        diagnosis.nutrient = nutrient;
        diagnosis.missing = shortfall.missing;
        diagnosis.missing_percent =
            shortfall.target > 0 ? 100.0 * shortfall.missing / shortfall.target : 0.0;

        const double base_missing = relaxed_missing(base, nutrient, catalogue, dishes, targets);
        const double closed = 1e-6 * std::max(1.0, shortfall.target);
        auto fixes = [&](const Relaxation& relaxation) {
            return relaxed_missing(relaxation, nutrient, catalogue, dishes, targets) <= closed;
        };
        auto helps = [&](const Relaxation& relaxation) {
            return relaxed_missing(relaxation, nutrient, catalogue, dishes, targets) <
                   base_missing - std::max(closed, 0.01 * base_missing);
        };

        if (base_missing <= closed) {
            // The relaxation reaches the target: whole portions and the variety rules are
            // what stand in the way. A day has only one variety rule (a dish once a day);
            // the weekly cap binds only below what "never on consecutive days" allows.
            if (request.days == 1) {
                diagnosis.blockers.push_back(
                    "whole portions and whole side items, and a dish at most once a day");
            } else {
                diagnosis.blockers.push_back(
                    "whole portions and the variety rules (a dish at most " +
                    std::to_string(request.max_repeats) + " times, never on consecutive days)");
            }
            if (request.coverage == CoverageMode::Daily && request.days > 1 &&
                is_stored_nutrient(nutrient)) {
                diagnosis.fixes.push_back(UseWeeklyCoverage{});
            }
            if (request.days > 1 && request.max_repeats < (request.days + 1) / 2)
                diagnosis.fixes.push_back(RaiseRepeatCap{request.max_repeats + 1});
            if (!request.allow_supplements) diagnosis.fixes.push_back(AllowSupplements{});
            out.push_back(std::move(diagnosis));
            continue;
        }

        diagnosis.every_change_tried = true;
        // Excluded foods, richest in the nutrient first.
        std::vector<const Food*> excluded;
        for (const Food& food : catalogue.foods) {
            const auto& value = food.per_100g[index(nutrient)];
            if (filter.excluded.count(food.id) > 0 && value && *value > 0.0)
                excluded.push_back(&food);
        }
        std::stable_sort(excluded.begin(), excluded.end(), [&](const Food* a, const Food* b) {
            return *a->per_100g[index(nutrient)] * a->serving_grams >
                   *b->per_100g[index(nutrient)] * b->serving_grams;
        });
        if (excluded.size() > kFoodCandidates) excluded.resize(kFoodCandidates);
        std::vector<std::string> blocking_foods;
        for (const Food* food : excluded) {
            Relaxation relaxation = base;
            relaxation.filter.excluded.erase(food->id);
            if (fixes(relaxation)) {
                diagnosis.fixes.push_back(AllowFoods{{food->id}, {food->name}});
                blocking_foods.push_back(food->name);
            } else if (helps(relaxation)) {
                blocking_foods.push_back(food->name);
            }
        }
        if (!excluded.empty()) {
            Relaxation relaxation = base;
            for (const Food* food : excluded) relaxation.filter.excluded.erase(food->id);
            if (blocking_foods.empty() && helps(relaxation)) {
                for (const Food* food : excluded) blocking_foods.push_back(food->name);
            }
            if (diagnosis.fixes.empty() && fixes(relaxation) && excluded.size() > 1) {
                AllowFoods all;
                for (const Food* food : excluded) {
                    all.food_ids.push_back(food->id);
                    all.names.push_back(food->name);
                }
                diagnosis.fixes.push_back(std::move(all));
            }
        }
        if (!blocking_foods.empty()) {
            std::string text = "excluded: ";
            for (std::size_t i = 0; i < blocking_foods.size() && i < 5; ++i) {
                text += (i > 0 ? ", " : "") + blocking_foods[i];
            }
            if (blocking_foods.size() > 5) text += ", …";
            diagnosis.blockers.push_back(text);
        }

        for (Allergen allergen : filter.avoid) {
            Relaxation relaxation = base;
            relaxation.filter.avoid.erase(allergen);
            const std::string name(to_string(allergen));
            if (fixes(relaxation)) {
                diagnosis.blockers.push_back("avoiding " + name);
                diagnosis.fixes.push_back(StopAvoiding{allergen});
            } else if (helps(relaxation)) {
                diagnosis.blockers.push_back("avoiding " + name);
            }
        }

        if (request.coverage == CoverageMode::Daily && request.days > 1 &&
            is_stored_nutrient(nutrient)) {
            Relaxation relaxation = base;
            relaxation.request.coverage = CoverageMode::Weekly;
            if (fixes(relaxation)) diagnosis.fixes.push_back(UseWeeklyCoverage{});
        }

        if (!request.allow_supplements) {
            Relaxation relaxation = base;
            relaxation.request.allow_supplements = true;
            if (fixes(relaxation)) diagnosis.fixes.push_back(AllowSupplements{});
        }

        // Upper limits that collide: lift each limit that could bind.
        for (const NutrientInfo& limit : all_nutrients()) {
            const NutrientTarget& target = targets[limit.nutrient];
            if (limit.auxiliary || (!target.max && !target.ul)) continue;
            Relaxation relaxation = base;
            relaxation.drop_limits.push_back(limit.nutrient);
            if (helps(relaxation)) {
                diagnosis.blockers.push_back("the upper limit for " + std::string(limit.label) +
                                             " (" +
                                             amount_text(target.max ? *target.max : *target.ul) +
                                             " " + std::string(limit.unit) + ")");
            }
        }

        // Diets from narrowest to broadest: each allows every food of the ones before it.
        constexpr Diet kDietOrder[] = {Diet::Vegan, Diet::Vegetarian, Diet::Pescatarian,
                                       Diet::Omnivore};
        bool diet_blocks = false;
        bool broader = false;
        for (Diet diet : kDietOrder) {
            if (!broader) {
                broader = diet == filter.diet;
                continue;
            }
            Relaxation relaxation = base;
            relaxation.filter.diet = diet;
            if (fixes(relaxation)) {
                diagnosis.fixes.push_back(ChangeDiet{diet});
                diet_blocks = true;
                break;
            }
            if (helps(relaxation)) diet_blocks = true;
        }
        if (diet_blocks)
            diagnosis.blockers.insert(diagnosis.blockers.begin(), diet_phrase(filter.diet));
        if (diagnosis.blockers.empty()) {
            diagnosis.blockers.push_back("no allowed food or dish supplies enough " +
                                         std::string(info(nutrient).label) + " within the limits");
        }
        out.push_back(std::move(diagnosis));
    }
    return out;
}

}  // namespace mealplan

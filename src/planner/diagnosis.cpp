#include "planner/diagnosis.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

#include "core/number_format.hpp"
#include "planner/plan_model.hpp"
#include "planner/planner.hpp"
#include "planner/supplements.hpp"
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
                       const std::vector<PlannerDish>& dishes, const FoodRules& rules,
                       const Targets& targets) {
    PreparedInput prepared =
        prepare_input(relaxation.request, relaxation.filter, catalogue, dishes, rules, targets);
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

/// What every diagnosis of one plan shares: the request, its data, and the relaxation the
/// changes are tried on (one or two days of the request, every restriction in place).
struct DiagnosisContext {
    const PlanRequest& request;
    const FoodFilter& filter;
    const Catalogue& catalogue;
    const std::vector<PlannerDish>& dishes;
    const FoodRules& rules;
    const Targets& targets;
    Relaxation base;
};

/// The diagnosis of one shortfall, in named steps: each lifts one kind of restriction from
/// the base relaxation and records what blocks the target and what closes the gap.
class ShortfallDiagnosis {
  public:
    ShortfallDiagnosis(const DiagnosisContext& context, const Shortfall& shortfall)
        : context_(context),
          request_(context.request),
          nutrient_(shortfall.nutrient),
          closed_(1e-6 * std::max(1.0, shortfall.target)) {
        diagnosis_.nutrient = nutrient_;
        diagnosis_.missing = shortfall.missing;
        diagnosis_.missing_percent =
            shortfall.target > 0 ? 100.0 * shortfall.missing / shortfall.target : 0.0;
        base_missing_ = missing_in(context.base);
    }

    Diagnosis run() && {
        if (base_missing_ <= closed_) {
            blame_whole_portions_and_variety();
            return std::move(diagnosis_);
        }
        diagnosis_.every_change_tried = true;
        try_excluded_foods();
        try_avoided_allergens();
        try_weekly_coverage();
        try_supplements();
        try_upper_limits();
        try_broader_diets();
        if (diagnosis_.blockers.empty()) {
            diagnosis_.blockers.push_back("no allowed food or dish supplies enough " +
                                          std::string(info(nutrient_).label) +
                                          " within the limits");
        }
        return std::move(diagnosis_);
    }

  private:
    double missing_in(const Relaxation& relaxation) const {
        return relaxed_missing(relaxation, nutrient_, context_.catalogue, context_.dishes,
                               context_.rules, context_.targets);
    }
    bool fixes(const Relaxation& relaxation) const { return missing_in(relaxation) <= closed_; }
    bool helps(const Relaxation& relaxation) const {
        return missing_in(relaxation) < base_missing_ - std::max(closed_, 0.01 * base_missing_);
    }

    /// Adds `fix` to the diagnosis, unless it is supplements for a nutrient no tablet adds.
    void propose(Fix fix) {
        if (std::holds_alternative<AllowSupplements>(fix) && !some_supplement_supplies(nutrient_))
            return;
        CheckedFix checked;
        checked.changes.push_back(std::move(fix));
        diagnosis_.fixes.push_back(std::move(checked));
    }

    /// The relaxation reaches the target: whole portions and the variety rules are what
    /// stand in the way. A day has only one variety rule (a dish once a day); the weekly cap
    /// binds only below what "never on consecutive days" allows.
    void blame_whole_portions_and_variety() {
        if (request_.days == 1) {
            diagnosis_.blockers.push_back(
                "whole portions and whole side items, and a dish at most once a day");
        } else {
            diagnosis_.blockers.push_back("whole portions and the variety rules (a dish at most " +
                                          std::to_string(request_.max_repeats) +
                                          " times, never on consecutive days)");
        }
        if (weekly_coverage_applies()) propose(UseWeeklyCoverage{});
        if (request_.days > 1 && request_.max_repeats < (request_.days + 1) / 2)
            propose(RaiseRepeatCap{request_.max_repeats + 1});
        if (!request_.allow_supplements) propose(AllowSupplements{});
    }

    /// Excluded foods, richest in the nutrient first: each alone, then all of them.
    void try_excluded_foods() {
        std::vector<const Food*> excluded;
        for (const Food& food : context_.catalogue.foods) {
            const auto& value = food.per_100g[index(nutrient_)];
            if (context_.filter.excluded.count(food.id) > 0 && value && *value > 0.0)
                excluded.push_back(&food);
        }
        std::stable_sort(excluded.begin(), excluded.end(), [&](const Food* a, const Food* b) {
            return *a->per_100g[index(nutrient_)] * a->serving_grams >
                   *b->per_100g[index(nutrient_)] * b->serving_grams;
        });
        if (excluded.size() > kFoodCandidates) excluded.resize(kFoodCandidates);
        std::vector<std::string> blocking_foods;
        for (const Food* food : excluded) {
            Relaxation relaxation = context_.base;
            relaxation.filter.excluded.erase(food->id);
            if (fixes(relaxation)) {
                propose(AllowFoods{{food->id}, {food->name}});
                blocking_foods.push_back(food->name);
            } else if (helps(relaxation)) {
                blocking_foods.push_back(food->name);
            }
        }
        if (!excluded.empty()) {
            Relaxation relaxation = context_.base;
            for (const Food* food : excluded) relaxation.filter.excluded.erase(food->id);
            if (blocking_foods.empty() && helps(relaxation)) {
                for (const Food* food : excluded) blocking_foods.push_back(food->name);
            }
            if (diagnosis_.fixes.empty() && fixes(relaxation) && excluded.size() > 1) {
                AllowFoods all;
                for (const Food* food : excluded) {
                    all.food_ids.push_back(food->id);
                    all.names.push_back(food->name);
                }
                propose(std::move(all));
            }
        }
        if (!blocking_foods.empty()) {
            std::string text = "excluded: ";
            for (std::size_t i = 0; i < blocking_foods.size() && i < 5; ++i) {
                text += (i > 0 ? ", " : "") + blocking_foods[i];
            }
            if (blocking_foods.size() > 5) text += ", …";
            diagnosis_.blockers.push_back(text);
        }
    }

    void try_avoided_allergens() {
        for (Allergen allergen : context_.filter.avoid) {
            Relaxation relaxation = context_.base;
            relaxation.filter.avoid.erase(allergen);
            const std::string name(to_string(allergen));
            if (fixes(relaxation)) {
                diagnosis_.blockers.push_back("avoiding " + name);
                propose(StopAvoiding{allergen});
            } else if (helps(relaxation)) {
                diagnosis_.blockers.push_back("avoiding " + name);
            }
        }
    }

    bool weekly_coverage_applies() const {
        return request_.coverage == CoverageMode::Daily && request_.days > 1 &&
               is_stored_nutrient(nutrient_);
    }

    void try_weekly_coverage() {
        if (!weekly_coverage_applies()) return;
        Relaxation relaxation = context_.base;
        relaxation.request.coverage = CoverageMode::Weekly;
        if (fixes(relaxation)) propose(UseWeeklyCoverage{});
    }

    void try_supplements() {
        if (request_.allow_supplements) return;
        Relaxation relaxation = context_.base;
        relaxation.request.allow_supplements = true;
        if (fixes(relaxation)) propose(AllowSupplements{});
    }

    /// Upper limits that collide: lift each limit that could bind.
    void try_upper_limits() {
        for (const NutrientInfo& limit : all_nutrients()) {
            const NutrientTarget& target = context_.targets[limit.nutrient];
            if (limit.auxiliary || (!target.max && !target.ul)) continue;
            Relaxation relaxation = context_.base;
            relaxation.drop_limits.push_back(limit.nutrient);
            if (helps(relaxation)) {
                diagnosis_.blockers.push_back("the upper limit for " + std::string(limit.label) +
                                              " (" +
                                              amount_text(target.max ? *target.max : *target.ul) +
                                              " " + std::string(limit.unit) + ")");
            }
        }
    }

    /// Diets from narrowest to broadest: each allows every food of the ones before it. The
    /// first broader diet that closes the gap is the fix; the request's diet blocks when any
    /// broader one helps.
    void try_broader_diets() {
        constexpr Diet kDietOrder[] = {Diet::Vegan, Diet::Vegetarian, Diet::Pescatarian,
                                       Diet::Omnivore};
        bool diet_blocks = false;
        bool broader = false;
        for (Diet diet : kDietOrder) {
            if (!broader) {
                broader = diet == context_.filter.diet;
                continue;
            }
            Relaxation relaxation = context_.base;
            relaxation.filter.diet = diet;
            if (fixes(relaxation)) {
                propose(ChangeDiet{diet});
                diet_blocks = true;
                break;
            }
            if (helps(relaxation)) diet_blocks = true;
        }
        if (diet_blocks) {
            diagnosis_.blockers.insert(diagnosis_.blockers.begin(),
                                       diet_phrase(context_.filter.diet));
        }
    }

    const DiagnosisContext& context_;
    const PlanRequest& request_;
    const Nutrient nutrient_;
    const double closed_;  ///< missing no more than this is no shortfall
    double base_missing_ = 0.0;
    Diagnosis diagnosis_;
};

}  // namespace

std::vector<Diagnosis> diagnose_shortfalls(const PlanRequest& request, const FoodFilter& filter,
                                           const Catalogue& catalogue,
                                           const std::vector<PlannerDish>& dishes,
                                           const FoodRules& rules, const Targets& targets,
                                           const std::vector<Shortfall>& shortfalls) {
    DiagnosisContext context{request, filter, catalogue, dishes, rules, targets, {}};
    context.base.request = request;
    context.base.request.days = std::min(request.days, 2);
    context.base.filter = filter;
    std::vector<Diagnosis> out;
    for (const Shortfall& shortfall : shortfalls) {
        out.push_back(ShortfallDiagnosis(context, shortfall).run());
    }
    return out;
}

}  // namespace mealplan

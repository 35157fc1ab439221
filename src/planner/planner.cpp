#include "planner/planner.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "planner/day_search.hpp"
#include "planner/diagnosis.hpp"
#include "planner/fix_verification.hpp"
#include "planner/food_index.hpp"
#include "planner/plan_revision.hpp"
#include "planner/supplements.hpp"
#include "planner/week_builder.hpp"
#include "solver/solve.hpp"

namespace mealplan {
namespace {

// Budgets of a multi-day solve, in counts so that the same seed gives the same plan. The
// branch and bound of a week is slow (every node an LP of the whole week), so the week is
// built from one-day plans (week_builder.hpp); only when those leave a weekly average
// short does the full model search, a day at a time and then as a whole. The second phase
// solves the full model's relaxation for the bound the gap is reported against.
constexpr long long kWeekStepNodes = 100;            ///< per re-solve of one day in the week
constexpr int kWeekShortfallRounds = 2;              ///< rounds over the days
constexpr long long kWeekShortfallSearchNodes = 50;  ///< full-model nodes, phase 1
constexpr long long kWeekBoundNodes = 1;             ///< full-model nodes, phase 2
/// Phase-2 nodes of a revised week whose unchanged meals stay pinned: only the swapped
/// meals are open, so each node is cheap and a short search settles their dishes.
constexpr long long kRevisionPolishNodes = 100;

/// Below this the phase-1 slack is solver tolerance, not a real shortfall (0.001 % of one
/// target), so coverage becomes hard rows in phase 2.
constexpr double kNoShortfall = 1e-2;

/// The nutrients `values` leaves short of a minimum: those with a shortfall slack above
/// 0.01 % of what it may be (the whole minimum), as find_shortfalls counts them.
int nutrients_short(const PlanModel& plan, const std::vector<double>& values) {
    std::set<Nutrient> short_of;
    for (const ShortfallSlack& slack : plan.shortfall_slacks) {
        const double most = plan.model.variables[slack.variable].upper;
        if (values[slack.variable] > 1e-4 * std::max(1.0, most)) short_of.insert(slack.nutrient);
    }
    return static_cast<int>(short_of.size());
}

/// Rounds of tightening in `search` (below): each asks the solver for the absolute
/// distance the relative gap allows at the best objective so far. Two suffice in practice
/// (the objective moves little once a first plan is found); the third is a margin.
constexpr int kGapRounds = 3;

/// The best of a starting solution and a solve of `model` (at most `node_limit` nodes when
/// ≥ 0) until `deadline`.
struct SearchOutcome {
    std::optional<std::vector<double>> values;
    double objective = 0.0;
    double bound = 0.0;       ///< no point of `model` has a lower objective
    double gap = 1.0;         ///< relative_gap(objective, bound)
    bool proven = false;      ///< within `options.relative_gap` of the best plan
    bool infeasible = false;  ///< no values: the solver proved `model` has no point
};

/// Searches `model` from `start` until the plan is proven within `options.relative_gap`
/// of the best one. The solver measures its gap against max(1, |objective|), which below
/// an objective of 1 is an absolute distance; plan objectives are small (a day's is about
/// 0.05), so once the solver stops, the search asks again for the absolute distance that
/// the relative gap allows at the objective reached.
SearchOutcome search(const solver::Model& model, solver::SolveOptions options, long long node_limit,
                     const std::optional<std::vector<double>>& start, Deadline deadline) {
    const double wanted_gap = options.relative_gap;
    options.node_limit = node_limit;
    SearchOutcome outcome;
    if (start) {
        outcome.values = start;
        outcome.objective = objective_of(model, *start);
        // Every cost is ≥ 0, so a plan of objective 0 is optimal without a search.
        if (std::abs(outcome.objective) <= kGapFloor) {
            outcome.gap = 0.0;
            outcome.proven = true;
            return outcome;
        }
    }
    for (int round = 0; round < kGapRounds; ++round) {
        if (outcome.values) options.initial_solution = *outcome.values;
        const double left =
            std::chrono::duration<double>(deadline - std::chrono::steady_clock::now()).count();
        // Past the deadline the search ends with what it has: even a solve given no time
        // validates and presolves the whole model, seconds on a large catalogue.
        if (left <= 0.0) break;
        options.time_limit_seconds = std::max(0.05, left);
        const solver::SolveResult result = solver::solve(model, options);
        if (result.has_solution && (!outcome.values || result.objective <= outcome.objective)) {
            outcome.values = result.values;
            outcome.objective = result.objective;
        }
        if (!outcome.values) {
            outcome.infeasible = result.model_status == solver::ModelStatus::Infeasible;
            return outcome;
        }
        const double bound = result.model_status == solver::ModelStatus::Infeasible
                                 ? outcome.objective
                                 : std::min(result.bound, outcome.objective);
        if (round == 0 || bound > outcome.bound) outcome.bound = bound;
        outcome.gap = relative_gap(outcome.objective, outcome.bound);
        const bool solver_done = result.model_status == solver::ModelStatus::Optimal;
        outcome.proven = solver_done && outcome.gap <= wanted_gap + 1e-12;
        if (outcome.proven || !solver_done || left <= 0.05) break;
        options.relative_gap = 0.0;
        options.absolute_gap =
            std::max(options.absolute_gap * 1e-3, wanted_gap * std::abs(outcome.objective));
    }
    return outcome;
}

Plan extract_plan(const PlanModel& plan, const PlanModelInput& input, const FoodIndex& foods,
                  const std::vector<double>& values, std::vector<SupplementDose>& supplements) {
    Plan out;
    for (int d = 0; d < input.days; ++d) {
        PlanDay day;
        day.day = d + 1;
        for (std::size_t s = 0; s < kMealSlotCount; ++s) {
            PlanMeal meal;
            meal.slot = kMealSlots[s];
            meal.servings = 0.0;
            for (const DishChoice& c : plan.dish_choices[d][s]) {
                if (values[c.variable] < 0.5) continue;
                const ModelDish& dish = input.dishes[c.dish];
                meal.dish_id = dish.id;
                meal.dish = dish.name;
                meal.servings = kPortionServings[c.portion];
                for (const auto& [food_id, grams] : dish.grams_per_serving) {
                    PlanItem item;
                    item.food_id = food_id;
                    item.name = foods.at(food_id)->name;
                    item.grams = grams * meal.servings;
                    meal.items.push_back(std::move(item));
                }
            }
            for (const SideChoice& c : plan.side_choices[d][s]) {
                const int count = static_cast<int>(std::lround(values[c.variable]));
                if (count <= 0) continue;
                // A side of several foods (toast with peanut butter) lists each of them;
                // the reports give each its household measure.
                for (const SideFood& food : input.sides[c.side].item.foods) {
                    PlanItem item;
                    item.food_id = food.food_id;
                    item.name = foods.at(food.food_id)->name;
                    item.grams = food.grams * count;
                    item.side = true;
                    meal.items.push_back(std::move(item));
                }
            }
            if (!meal.items.empty()) day.meals.push_back(std::move(meal));
        }
        for (const SupplementChoice& c : plan.supplement_choices[d]) {
            if (values[c.variable] < 0.5) continue;
            const Supplement& supplement = input.supplements[c.supplement];
            supplements.push_back({d + 1, supplement.id, supplement.name, supplement.amounts});
        }
        out.days.push_back(std::move(day));
    }
    return out;
}

/// When the variety rules alone make a plan impossible — a slot with too few dishes left by
/// the diet, allergens and exclusions for `days` days, a dish at most `max_repeats` times
/// and never on consecutive days — says so: a proof by counting, which needs no solve.
std::optional<std::string> too_few_dishes(const PlanModelInput& input) {
    const int uses_per_dish = std::min(input.max_repeats, (input.days + 1) / 2);
    for (const MealSlot slot : kMealSlots) {
        const auto dishes = std::count_if(input.dishes.begin(), input.dishes.end(),
                                          [&](const ModelDish& d) { return d.slots.count(slot); });
        const int needed =
            input.days == 1 ? 1 : std::max(2, (input.days + uses_per_dish - 1) / uses_per_dish);
        if (dishes < needed) {
            return "only " + std::to_string(dishes) + " " + std::string(to_string(slot)) + " dish" +
                   (dishes == 1 ? "" : "es") + " fit the diet, allergens and exclusions; " +
                   std::to_string(input.days) + " days need at least " + std::to_string(needed) +
                   " (a dish at most " + std::to_string(input.max_repeats) +
                   " times, never on consecutive days): exclude fewer foods, or plan fewer days";
        }
    }
    return std::nullopt;
}

/// The meals of `plan` whose energy is outside their slot's share of `energy_kcal` by more
/// than solver tolerance.
std::vector<MealOutsideShare> meals_outside_share(const Plan& plan, const SlotShares& shares,
                                                  double energy_kcal, const FoodIndex& foods) {
    constexpr double kTolerance = 1e-4;  // of the target: below it, solver tolerance
    std::vector<MealOutsideShare> outside;
    for (const PlanDay& day : plan.days) {
        for (const PlanMeal& meal : day.meals) {
            NutrientAmounts amounts{};
            amounts.fill(0.0);
            for (const PlanItem& item : meal.items)
                add_food(amounts, *foods.at(item.food_id), item.grams);
            const ShareRange& share = shares[static_cast<std::size_t>(meal.slot)];
            MealOutsideShare entry{day.day, meal.slot, amounts[index(Nutrient::EnergyKcal)],
                                   share.low * energy_kcal, share.high * energy_kcal};
            const double slack = kTolerance * energy_kcal;
            if (entry.energy_kcal < entry.low_kcal - slack ||
                entry.energy_kcal > entry.high_kcal + slack)
                outside.push_back(entry);
        }
    }
    return outside;
}

}  // namespace

std::vector<PlanProblem> validate_request(const PlanRequest& request) {
    std::vector<PlanProblem> problems;
    if (request.days < 1 || request.days > kMaxPlanDays) {
        problems.push_back({PlanField::Days, "must be a whole number of days from 1 to " +
                                                 std::to_string(kMaxPlanDays) + ", got " +
                                                 std::to_string(request.days)});
    }
    if (request.max_repeats < 1) {
        problems.push_back({PlanField::MaxRepeats,
                            "must be at least 1, got " + std::to_string(request.max_repeats)});
    }
    if (!(request.time_limit_seconds > 0.0) ||
        !(request.time_limit_seconds <= kMaxTimeLimitSeconds)) {
        problems.push_back({PlanField::TimeLimit,
                            fmt::format("must be a number of seconds above 0 and at most {:g}, "
                                        "got {:g}",
                                        kMaxTimeLimitSeconds, request.time_limit_seconds)});
    }
    if (!(request.relative_gap >= 0.0) || request.relative_gap >= 1.0) {
        problems.push_back(
            {PlanField::Gap,
             fmt::format("must be a fraction from 0 to below 1, got {:g}", request.relative_gap)});
    }
    if (request.revision) {
        for (PlanProblem& problem : validate_revision(*request.revision, request.days))
            problems.push_back(std::move(problem));
    }
    return problems;
}

Result<PlanOutcome, PlanProblem> plan_meals(const PlanRequest& request, const Catalogue& catalogue,
                                            const std::vector<PlannerDish>& dishes,
                                            const FoodRules& rules, const Targets& targets) {
    const auto started = std::chrono::steady_clock::now();
    std::vector<PlanProblem> problems = validate_request(request);
    auto excluded = resolve_exclusions(catalogue, request.exclude);
    if (!excluded) {
        for (const std::string& what : excluded.problems()) {
            problems.push_back({PlanField::Exclude, what});
        }
    }
    if (!problems.empty()) return problems;

    FoodFilter filter;
    filter.diet = request.diet;
    filter.avoid.insert(request.avoid.begin(), request.avoid.end());
    filter.excluded = *excluded;
    PreparedInput prepared = prepare_input(request, filter, catalogue, dishes, rules, targets);
    const PlanModelInput& input = prepared.model_input;

    PlanOutcome outcome;
    PlanResult& result = outcome.result;
    result.targets = input.targets;  // with the safety rules' maximums
    result.coverage = input.coverage;
    result.seed = request.seed;
    result.filters.diet = request.diet;
    result.filters.avoid = request.avoid;
    result.filters.exclude = request.exclude;
    result.filters.excluded_food_ids.assign(filter.excluded.begin(), filter.excluded.end());
    result.filters.allow_supplements = request.allow_supplements;
    result.safety = prepared.safety;

    // For a person watching: each stage of the search, and the best plan held so far.
    PlanProgress progress;
    const auto tell = [&](std::string stage) {
        if (!request.progress) return;
        progress.stage = std::move(stage);
        request.progress(progress);
    };
    tell("building the model");
    PlanModel plan = build_plan_model(input);
    std::optional<RevisionStart> revision_start;
    if (request.revision) {
        auto applied = apply_revision(plan, input, *request.revision, filter, catalogue);
        if (!applied) return std::move(applied).problems();
        revision_start = std::move(*applied);
    }
    const FoodIndex foods = index_foods(catalogue);
    auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    };

    const auto deadline_at = [&](double share) {
        return started + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                             std::chrono::duration<double>(share * request.time_limit_seconds));
    };
    solver::SolveOptions options;
    options.relative_gap = request.relative_gap;
    options.absolute_gap = 1e-6;
    options.interrupt = request.interrupt;
    const bool multi_day = input.days > 1;

    // Phase 1: the least shortfall. Usually 0, reached by the first plan that covers
    // everything. A day starts from a dive; a week from a sequence of one-day plans (see
    // week_builder.hpp), improved day by day within the full model when it falls short.
    // A first plan is sought to the end of a generous safety limit (the request's
    // first_plan_limit_seconds, or the time limit if that is longer): the time limit bounds
    // the search for better plans, never the existence of one. When even the safety limit
    // passes before a first plan, the answer says so (status time_limit), never that no plan
    // exists: only the count of dishes or a solver's proof says that.
    const Deadline end =
        started + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                      std::chrono::duration<double>(
                          std::max(request.first_plan_limit_seconds, request.time_limit_seconds)));
    const auto holding = [&](const std::vector<double>& values) {
        progress.nutrients_short = nutrients_short(plan, values);
    };
    std::optional<std::vector<double>> start;
    // A revision stays pinned to the meals it leaves as they were while that plan meets every
    // target; when it cannot, the days of the swapped meals open, and then the whole model
    // (kept meals still fixed), which starts from the first try.
    bool pinned = false;
    if (revision_start) {
        std::vector<std::set<int>> tries(1);  // first every meal pinned
        if (multi_day && !revision_start->swapped_days.empty())
            tries.push_back(revision_start->swapped_days);
        for (const std::set<int>& open_days : tries) {
            PlanModel pinned_plan = pinned_to(plan, *revision_start, open_days);
            auto tried = dive(pinned_plan, options, end);
            if (!start) start = tried;
            pinned = tried && nutrients_short(pinned_plan, *tried) == 0;
            if (!pinned) continue;
            plan = std::move(pinned_plan);
            start = std::move(tried);
            break;
        }
    } else if (multi_day) {
        start = build_from_day_models(plan, input, options, DayBudget{}, end, [&](int day) {
            tell(fmt::format("day {} of {}", day + 1, input.days));
        });
    }
    if (!start && std::chrono::steady_clock::now() < end) {
        tell("a first plan");
        start = dive(plan, options, end);
    }
    if (start) holding(*start);
    if (start && multi_day && objective_of(plan.model, *start) > 1e-6) {
        tell("closing shortfalls day by day");
        start = improve_day_by_day(plan, *start, options, kWeekStepNodes, kWeekShortfallRounds,
                                   deadline_at(0.5));
        if (start) holding(*start);
    }
    tell("covering every target");
    SearchOutcome first = search(plan.model, options, multi_day ? kWeekShortfallSearchNodes : -1,
                                 start, start ? deadline_at(0.5) : end);
    if (!first.values) {
        outcome.solved_model = plan.model;
        const auto counted = too_few_dishes(input);
        if (counted || first.infeasible) {
            result.status = PlanStatus::NoPlan;
            result.no_plan_reason = counted.value_or(
                "no combination of the allowed dishes stays within the upper limits");
        } else {
            result.status = PlanStatus::TimeLimit;
        }
        result.seconds = elapsed();
        return outcome;
    }

    // Phase 2: shortfall fixed at what phase 1 found, then energy, cost, preference.
    const double shortfall_tolerance = std::max(kNoShortfall, 1e-4 * first.objective);
    fix_shortfall_for_phase2(plan, first.objective, shortfall_tolerance);
    std::vector<double> second_start = *first.values;
    for (int v = 0; v < plan.model.variable_count(); ++v) {
        second_start[v] = std::clamp(second_start[v], plan.model.variables[v].lower,
                                     plan.model.variables[v].upper);
    }
    holding(*first.values);
    progress.objective = objective_of(plan.model, second_start);
    tell("improving energy fit, cost and portions");
    long long second_nodes = multi_day ? kWeekBoundNodes : -1;
    if (revision_start && multi_day) {
        // A week opened up to meet its targets: the change costs bring back, a day at a
        // time, what phase 1 changed without need.
        if (!pinned) {
            second_start = improve_day_by_day(plan, std::move(second_start), options,
                                              kWeekStepNodes, 1, deadline_at(1.0));
        }
        second_nodes = pinned ? kRevisionPolishNodes : kWeekBoundNodes;
    }
    // Unpolished, the plan is phase 1's: its total shortfall is what phase 2 would keep,
    // and the only bound claimed is 0 (every cost is ≥ 0), so its gap says nothing is proven.
    SearchOutcome second;
    if (request.polish)
        second = search(plan.model, options, second_nodes, second_start, deadline_at(1.0));
    const std::vector<double>& values = second.values ? *second.values : second_start;

    result.plan = extract_plan(plan, input, foods, values, result.supplements);
    result.plan.request = record_of(request, targets.profile);
    result.objective = objective_of(plan.model, values);
    result.bound = second.values ? second.bound : (request.polish ? result.objective : 0.0);
    result.gap = relative_gap(result.objective, result.bound);
    result.model_rows = plan.model.row_count();
    result.model_columns = plan.model.variable_count();
    for (const auto& variable : plan.model.variables) {
        if (variable.type != solver::VariableType::Continuous) ++result.model_integers;
    }
    if (request.revision) {
        result.revised = true;
        result.changed_meals = changed_meals(*request.revision, result.plan);
    }
    result.shortfalls = find_shortfalls(day_totals(result.plan, result.supplements, catalogue),
                                        targets, input.coverage);
    if (input.slot_shares) {
        result.meals_outside_share =
            meals_outside_share(result.plan, *input.slot_shares, input.targets.energy_kcal, foods);
    }
    if (!result.shortfalls.empty()) {
        result.status = PlanStatus::Shortfall;
    } else if (second.proven) {
        result.status = PlanStatus::Optimal;
    } else {
        result.status = PlanStatus::Feasible;
    }
    outcome.solved_model = std::move(plan.model);
    const bool interrupted = request.interrupt != nullptr && request.interrupt->load();
    progress.nutrients_short = static_cast<int>(result.shortfalls.size());
    progress.objective = result.objective;
    if (!result.shortfalls.empty() && request.diagnose && !interrupted) {
        tell("diagnosing the shortfalls");
        result.diagnosis = diagnose_shortfalls(request, filter, catalogue, dishes, rules, targets,
                                               result.shortfalls);
        if (request.check_fixes) {
            tell("checking fixes");
            const FixCheckCost cost =
                check_fixes(request, catalogue, dishes, rules, targets, result);
            result.fix_check_plans = cost.plans;
            result.fix_check_seconds = cost.seconds;
        }
    }
    result.seconds = elapsed();
    return outcome;
}

}  // namespace mealplan

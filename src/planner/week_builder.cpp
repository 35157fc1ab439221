#include "planner/week_builder.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

namespace mealplan {
namespace {

double seconds_left(Deadline deadline) {
    return std::chrono::duration<double>(deadline - std::chrono::steady_clock::now()).count();
}

/// A one-day model for day `day` of the week and the map of its choices to the week's.
struct DayModel {
    PlanModel plan;
    std::vector<std::pair<int, int>> to_week;  ///< (day variable, week variable), choices only
    std::vector<int> week_dish;                ///< day model's dish index → the input's
};

DayModel make_day_model(const PlanModel& week, const PlanModelInput& input, int day,
                        const std::vector<int>& allowed_dishes, const std::set<int>& sides_used,
                        unsigned seed) {
    PlanModelInput day_input = input;
    day_input.days = 1;
    day_input.coverage = CoverageMode::Daily;
    day_input.seed = seed;
    day_input.dishes.clear();
    for (int j : allowed_dishes) day_input.dishes.push_back(input.dishes[j]);

    DayModel out{build_plan_model(day_input), {}, allowed_dishes};
    // A side the earlier days used is one of the week's varieties of its kind already.
    for (const SideChoice& c : out.plan.side_used) {
        if (sides_used.count(c.side) > 0) out.plan.model.variables[c.variable].lower = 1.0;
    }
    for (std::size_t s = 0; s < kMealSlotCount; ++s) {
        for (const DishChoice& c : out.plan.dish_choices[0][s]) {
            for (const DishChoice& w : week.dish_choices[day][s]) {
                if (w.dish == out.week_dish[c.dish] && w.portion == c.portion)
                    out.to_week.emplace_back(c.variable, w.variable);
            }
        }
        for (const SideChoice& c : out.plan.side_choices[0][s]) {
            for (const SideChoice& w : week.side_choices[day][s]) {
                if (w.side == c.side) out.to_week.emplace_back(c.variable, w.variable);
            }
        }
    }
    for (const SupplementChoice& c : out.plan.supplement_choices[0]) {
        for (const SupplementChoice& w : week.supplement_choices[day]) {
            if (w.supplement == c.supplement) out.to_week.emplace_back(c.variable, w.variable);
        }
    }
    return out;
}

/// Gives the day model the week's second-phase costs for the same choices, so that what
/// the day optimises is its share of the week's objective (the seeded tie-breaks included).
void take_week_costs(DayModel& day, const PlanModel& week) {
    for (const auto& [day_variable, week_variable] : day.to_week)
        day.plan.phase2_cost[day_variable] = week.phase2_cost[week_variable];
}

/// Searches `model` from `start` for at most `nodes` nodes; the better of the two. Past
/// the deadline, `start`: even a solve given no time validates and presolves the model,
/// which on a large catalogue costs more than the time limit allows.
std::vector<double> search_from(const solver::Model& model, std::vector<double> start,
                                const solver::SolveOptions& options, long long nodes,
                                Deadline deadline) {
    if (nodes <= 0 || seconds_left(deadline) <= 0.0) return start;
    solver::SolveOptions search_options = options;
    search_options.initial_solution = start;
    search_options.node_limit = nodes;
    // A day's polish is a short node budget from a plan already found; iterated local
    // search would cost more than the polish on each of the week's many day models (the
    // default week: 4.7 s with it, 2.0 s without).
    search_options.mip.perturbation_calls = 0;
    search_options.time_limit_seconds = std::max(0.01, seconds_left(deadline));
    const solver::SolveResult result = solver::solve(model, search_options);
    if (result.has_solution && result.objective < objective_of(model, start) - 1e-9)
        return result.values;
    return start;
}

/// The best plan of one day: dives under a few tie-break seeds until one covers every
/// minimum, a search when none did, then a search for the second phase.
std::optional<std::pair<DayModel, std::vector<double>>> plan_day(
    const PlanModel& week, const PlanModelInput& input, int day,
    const std::vector<int>& allowed_dishes, const std::set<int>& sides_used,
    const solver::SolveOptions& options, const DayBudget& budget, Deadline deadline) {
    std::optional<DayModel> best;
    std::vector<double> values;
    double shortfall = 0.0;
    for (int attempt = 0; attempt < budget.dive_attempts; ++attempt) {
        if (seconds_left(deadline) <= 0.0) break;  // a seed more only while time is left
        const unsigned seed = input.seed + 7919u * static_cast<unsigned>(day) +
                              104729u * static_cast<unsigned>(attempt);
        DayModel trial = make_day_model(week, input, day, allowed_dishes, sides_used, seed);
        // The first dive follows the week's own tie-breaks; later ones their own seed.
        if (attempt == 0) take_week_costs(trial, week);
        std::optional<std::vector<double>> dived = dive(trial.plan, options, deadline);
        if (!dived) continue;
        const double trial_shortfall = objective_of(trial.plan.model, *dived);
        if (!best || trial_shortfall < shortfall) {
            best = std::move(trial);
            values = std::move(*dived);
            shortfall = trial_shortfall;
        }
        if (shortfall <= 1e-6) break;
    }
    if (!best) return std::nullopt;
    if (shortfall > 1e-6) {
        values = search_from(best->plan.model, std::move(values), options, budget.shortfall_nodes,
                             deadline);
        shortfall = objective_of(best->plan.model, values);
    }
    take_week_costs(*best, week);
    fix_shortfall_for_phase2(best->plan, shortfall, std::max(1e-2, 1e-4 * shortfall));
    values =
        search_from(best->plan.model, std::move(values), options, budget.polish_nodes, deadline);
    return std::make_pair(std::move(*best), std::move(values));
}

}  // namespace

std::optional<std::vector<double>> build_from_day_models(
    const PlanModel& week, const PlanModelInput& input, const solver::SolveOptions& options,
    const DayBudget& budget, Deadline deadline, const std::function<void(int day)>& starting_day) {
    const int days = static_cast<int>(week.dish_choices.size());
    std::vector<int> times_served(input.dishes.size(), 0);
    std::vector<char> served_yesterday(input.dishes.size(), 0);
    std::set<int> sides_used;
    solver::Model fixed = week.model;
    const auto pin = [&](int v, double value) {
        const solver::Variable& original = week.model.variables[v];
        fixed.variables[v].lower = fixed.variables[v].upper =
            std::clamp(std::round(value), original.lower, original.upper);
    };
    for (int d = 0; d < days; ++d) {
        if (starting_day) starting_day(d);
        std::vector<int> allowed;
        for (std::size_t j = 0; j < input.dishes.size(); ++j) {
            if (!served_yesterday[j] && times_served[j] < input.max_repeats)
                allowed.push_back(static_cast<int>(j));
        }
        auto planned = plan_day(week, input, d, allowed, sides_used, options, budget, deadline);
        if (!planned) return std::nullopt;
        const auto& [day, values] = *planned;

        for (int v : day_variables(week, d)) pin(v, 0.0);
        for (const auto& [day_variable, week_variable] : day.to_week)
            pin(week_variable, values[day_variable]);
        std::fill(served_yesterday.begin(), served_yesterday.end(), 0);
        for (const auto& slot : day.plan.dish_choices[0]) {
            for (const DishChoice& c : slot) {
                if (values[c.variable] < 0.5) continue;
                ++times_served[day.week_dish[c.dish]];
                served_yesterday[day.week_dish[c.dish]] = 1;
            }
        }
        for (const auto& slot : day.plan.side_choices[0]) {
            for (const SideChoice& c : slot) {
                if (values[c.variable] > 0.5) sides_used.insert(c.side);
            }
        }
    }
    for (const SideChoice& c : week.side_used)
        pin(c.variable, sides_used.count(c.side) ? 1.0 : 0.0);
    // Every choice is fixed; one LP sets the week's slacks and energy deviations.
    solver::SolveOptions lp_options = options;
    lp_options.initial_solution.clear();
    lp_options.time_limit_seconds = std::max(0.01, seconds_left(deadline));
    const solver::SolveResult result = solver::solve(fixed, lp_options);
    if (!result.has_solution) return std::nullopt;
    std::vector<double> values = result.values;
    for (int d = 0; d < days; ++d) {
        for (int v : day_variables(week, d)) values[v] = fixed.variables[v].lower;
    }
    for (const SideChoice& c : week.side_used)
        values[c.variable] = fixed.variables[c.variable].lower;
    return values;
}

}  // namespace mealplan

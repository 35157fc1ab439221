#include "planner/day_search.hpp"

#include <algorithm>
#include <cmath>

namespace mealplan {
namespace {

/// Nodes the dive's last step may search for whole side counts and tablets.
constexpr long long kSideSearchNodes = 200;

double seconds_left(Deadline deadline) {
    return std::chrono::duration<double>(deadline - std::chrono::steady_clock::now()).count();
}

void fix(solver::Variable& variable, double value) {
    value = std::clamp(std::round(value), variable.lower, variable.upper);
    variable.lower = value;
    variable.upper = value;
}

solver::SolveResult solve_until(const solver::Model& model, solver::SolveOptions options,
                                Deadline deadline) {
    options.initial_solution.clear();
    options.time_limit_seconds = std::max(0.01, seconds_left(deadline));
    return solver::solve(model, options);
}

}  // namespace

std::optional<std::vector<double>> dive(const PlanModel& plan, const solver::SolveOptions& options,
                                        Deadline deadline) {
    solver::Model lp = plan.model;
    // The relaxation also carries a thousandth of the phase-2 costs (seeded tie-breaks,
    // energy, preference), so among equally covering plans the dive follows the seed.
    for (int v = 0; v < lp.variable_count(); ++v) {
        lp.variables[v].type = solver::VariableType::Continuous;
        lp.variables[v].cost += 1e-3 * plan.phase2_cost[v];
    }
    struct Slot {
        int day;
        int slot;
    };
    std::vector<Slot> open;
    for (int d = 0; d < static_cast<int>(plan.dish_choices.size()); ++d) {
        for (int s = 0; s < static_cast<int>(kMealSlotCount); ++s) {
            if (!plan.dish_choices[d][s].empty()) open.push_back({d, s});
        }
    }
    solver::SolveResult result = solve_until(lp, options, deadline);
    while (!open.empty()) {
        if (!result.has_solution || seconds_left(deadline) <= 0.0) return std::nullopt;
        // The open slot whose favourite choice the relaxation is surest of goes first;
        // every slot already (almost) decided is fixed in the same round.
        std::size_t best_slot = 0;
        double best_value = -1.0;
        std::vector<std::pair<std::size_t, int>> picks;  // (open index, variable)
        for (std::size_t i = 0; i < open.size(); ++i) {
            int favourite = -1;
            double value = -1.0;
            for (const DishChoice& choice : plan.dish_choices[open[i].day][open[i].slot]) {
                if (lp.variables[choice.variable].upper <= 0.0) continue;
                if (result.values[choice.variable] > value) {
                    value = result.values[choice.variable];
                    favourite = choice.variable;
                }
            }
            if (favourite < 0) return std::nullopt;  // every choice of the slot forbidden
            picks.emplace_back(i, favourite);
            if (value > best_value) {
                best_value = value;
                best_slot = i;
            }
        }
        std::vector<std::pair<std::size_t, int>> chosen;
        for (const auto& pick : picks) {
            if (pick.first == best_slot || result.values[pick.second] >= 0.999)
                chosen.push_back(pick);
        }
        solver::Model trial = lp;
        for (const auto& [i, variable] : chosen) {
            for (const DishChoice& choice : plan.dish_choices[open[i].day][open[i].slot]) {
                trial.variables[choice.variable].upper = choice.variable == variable ? 1.0 : 0.0;
                trial.variables[choice.variable].lower = choice.variable == variable ? 1.0 : 0.0;
            }
        }
        solver::SolveResult next = solve_until(trial, options, deadline);
        if (next.has_solution) {
            lp = std::move(trial);
            result = std::move(next);
            std::vector<Slot> still_open;
            for (std::size_t i = 0; i < open.size(); ++i) {
                if (std::none_of(chosen.begin(), chosen.end(),
                                 [&](const auto& c) { return c.first == i; })) {
                    still_open.push_back(open[i]);
                }
            }
            open = std::move(still_open);
        } else {
            // The surest pick collides with a hard row: forbid it and look again.
            lp.variables[picks[best_slot].second].upper = 0.0;
            result = solve_until(lp, options, deadline);
        }
    }
    if (!result.has_solution) return std::nullopt;
    // Dishes are all fixed. Sides round down (every row they enter is ≤ or has a slack),
    // which is a plan; a small search over whole side counts and tablets, the dishes
    // staying fixed, then wins back what rounding lost.
    solver::Model rest = plan.model;
    for (int v = 0; v < rest.variable_count(); ++v) {
        rest.variables[v].lower = lp.variables[v].lower;
        rest.variables[v].upper = lp.variables[v].upper;
    }
    std::vector<double> rounded = result.values;
    for (int d = 0; d < static_cast<int>(plan.dish_choices.size()); ++d) {
        for (const auto& slot : plan.side_choices[d]) {
            for (const SideChoice& choice : slot)
                rounded[choice.variable] = std::floor(result.values[choice.variable] + 1e-6);
        }
        for (const SupplementChoice& choice : plan.supplement_choices[d])
            rounded[choice.variable] = 0.0;
    }
    // A limited kind's side is used exactly when a rounded meal still has it.
    for (const SideChoice& used : plan.side_used) {
        rounded[used.variable] = 0.0;
        for (const auto& day : plan.side_choices) {
            for (const auto& slot : day) {
                for (const SideChoice& choice : slot) {
                    if (choice.side == used.side && rounded[choice.variable] > 0.5)
                        rounded[used.variable] = 1.0;
                }
            }
        }
    }
    for (int v = 0; v < rest.variable_count(); ++v) {
        if (rest.variables[v].type != solver::VariableType::Continuous)
            rounded[v] = std::clamp(std::round(rounded[v]), rest.variables[v].lower,
                                    rest.variables[v].upper);
    }
    solver::SolveOptions rest_options = options;
    rest_options.node_limit = kSideSearchNodes;
    rest_options.time_limit_seconds = std::max(0.01, seconds_left(deadline));
    // The rounded plan's continuous values (slacks, energy bands) are unknown; the search
    // takes it as a start only once its LP with the integers fixed is solved.
    {
        solver::Model pinned = rest;
        for (int v = 0; v < pinned.variable_count(); ++v) {
            if (pinned.variables[v].type != solver::VariableType::Continuous) {
                pinned.variables[v].lower = rounded[v];
                pinned.variables[v].upper = rounded[v];
            }
        }
        const solver::SolveResult pinned_result = solve_until(pinned, options, deadline);
        if (pinned_result.has_solution) rest_options.initial_solution = pinned_result.values;
    }
    solver::SolveResult final_result = solver::solve(rest, rest_options);
    if (!final_result.has_solution) {
        if (rest_options.initial_solution.empty()) return std::nullopt;
        return rest_options.initial_solution;
    }
    std::vector<double> values = final_result.values;
    for (int v = 0; v < rest.variable_count(); ++v) {
        if (rest.variables[v].type != solver::VariableType::Continuous)
            values[v] = std::round(values[v]);
    }
    return values;
}

std::vector<int> day_variables(const PlanModel& plan, int day) {
    std::vector<int> variables;
    for (const auto& slot : plan.dish_choices[day]) {
        for (const DishChoice& choice : slot) variables.push_back(choice.variable);
    }
    for (const auto& slot : plan.side_choices[day]) {
        for (const SideChoice& choice : slot) variables.push_back(choice.variable);
    }
    for (const SupplementChoice& choice : plan.supplement_choices[day])
        variables.push_back(choice.variable);
    return variables;
}

double objective_of(const solver::Model& model, const std::vector<double>& values) {
    double sum = model.objective_offset;
    for (int v = 0; v < model.variable_count(); ++v) sum += model.variables[v].cost * values[v];
    return sum;
}

std::vector<double> improve_day_by_day(const PlanModel& plan, std::vector<double> values,
                                       const solver::SolveOptions& options, long long step_nodes,
                                       int rounds, Deadline deadline) {
    const int days = static_cast<int>(plan.dish_choices.size());
    if (days < 2) return values;
    double best = objective_of(plan.model, values);
    int since_gain = 0;
    for (int step = 0; step < rounds * days && since_gain < days && seconds_left(deadline) > 0.0;
         ++step) {
        const int d = step % days;
        solver::Model day_model = plan.model;
        for (int other = 0; other < days; ++other) {
            if (other == d) continue;
            for (int v : day_variables(plan, other)) fix(day_model.variables[v], values[v]);
        }
        solver::SolveOptions step_options = options;
        step_options.initial_solution = values;
        step_options.node_limit = step_nodes;
        step_options.time_limit_seconds = std::max(0.01, seconds_left(deadline));
        const solver::SolveResult result = solver::solve(day_model, step_options);
        ++since_gain;
        if (result.has_solution && result.objective < best - 1e-9 * std::max(1.0, std::abs(best))) {
            best = result.objective;
            values = result.values;
            since_gain = 0;
        }
    }
    return values;
}

}  // namespace mealplan

// Presolve and postsolve: each reduction on a model where it applies, the answer (values,
// objective, duals) given for the model as stated, infeasibility proven, a seeded
// comparison with the solve of the unpresolved model, and warm starts from a basis.

#include "presolve/presolve.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>

#include "choice_model.hpp"
#include "solution_check.hpp"
#include "solver/solve.hpp"

namespace mealplan::solver {
namespace {

constexpr double kTolerance = 1e-7;

SolveOptions with_presolve(bool on) {
    SolveOptions options;
    options.presolve = on;
    options.relative_gap = 1e-9;
    options.absolute_gap = 1e-9;
    return options;
}

// min x + 2y + 0.5f + w + 3z, every variable ≥ 0:
//   r0: x + y ≥ 2            the one row that stays
//   r1: 2x + 2y ≥ 4          twice r0
//   r2: y ≤ 5                a singleton row: a bound
//   r3: x + z + f ≥ 1        redundant once f is fixed at 1
//   r4: w − y ≤ 3            w only helps r4 by going down, and costs: dominated
// Optimum x = 2, f = 1, the rest 0: objective 2.5.
Model reducible_lp() {
    Model model;
    const int x = model.add_variable("x", 0, kInfinity, 1.0);
    const int y = model.add_variable("y", 0, kInfinity, 2.0);
    const int f = model.add_variable("f", 1, 1, 0.5);
    const int w = model.add_variable("w", 0, 10, 1.0);
    const int z = model.add_variable("z", 0, kInfinity, 3.0);
    model.add_row("r0", 2, kInfinity, {{x, 1}, {y, 1}});
    model.add_row("r1", 4, kInfinity, {{x, 2}, {y, 2}});
    model.add_row("r2", -kInfinity, 5, {{y, 1}});
    model.add_row("r3", 1, kInfinity, {{x, 1}, {z, 1}, {f, 1}});
    model.add_row("r4", -kInfinity, 3, {{w, 1}, {y, -1}});
    return model;
}

// Whether `result` holds an optimal dual solution of the LP `model` (minimisation): signs
// that fit the active sides and bounds, complementary slackness, reduced costs equal to
// c − Aᵀy, and the dual objective equal to the primal one.
::testing::AssertionResult duals_are_optimal(const Model& model, const SolveResult& result) {
    if (result.row_duals.size() != model.rows.size() ||
        result.reduced_costs.size() != model.variables.size()) {
        return ::testing::AssertionFailure() << "duals missing";
    }
    std::vector<double> activity(model.rows.size(), 0.0);
    std::vector<double> reduced(model.variables.size());
    for (std::size_t j = 0; j < reduced.size(); ++j) reduced[j] = model.variables[j].cost;
    double dual_objective = model.objective_offset;
    for (std::size_t i = 0; i < model.rows.size(); ++i) {
        const Row& row = model.rows[i];
        const double y = result.row_duals[i];
        for (const Term& term : row.terms) {
            activity[i] += term.coefficient * result.values[term.variable];
            reduced[term.variable] -= term.coefficient * y;
        }
        const bool at_lower = std::abs(activity[i] - row.lower) <= 1e-6;
        const bool at_upper = std::abs(activity[i] - row.upper) <= 1e-6;
        if ((y > kTolerance && !at_lower) || (y < -kTolerance && !at_upper)) {
            return ::testing::AssertionFailure()
                   << "row " << row.name << ": dual " << y << " at activity " << activity[i];
        }
        dual_objective += y * (y > 0 ? row.lower : (y < 0 ? row.upper : 0.0));
    }
    for (std::size_t j = 0; j < reduced.size(); ++j) {
        const Variable& variable = model.variables[j];
        const double d = result.reduced_costs[j], value = result.values[j];
        if (std::abs(d - reduced[j]) > 1e-6) {
            return ::testing::AssertionFailure()
                   << variable.name << ": reduced cost " << d << ", c − Aᵀy = " << reduced[j];
        }
        const bool at_lower = std::abs(value - variable.lower) <= 1e-6;
        const bool at_upper = std::abs(value - variable.upper) <= 1e-6;
        if ((d > kTolerance && !at_lower) || (d < -kTolerance && !at_upper)) {
            return ::testing::AssertionFailure()
                   << variable.name << ": reduced cost " << d << " at value " << value;
        }
        dual_objective += d * (d > 0 ? variable.lower : (d < 0 ? variable.upper : 0.0));
    }
    if (std::abs(dual_objective - result.objective) > 1e-6 * std::max(1.0, result.objective)) {
        return ::testing::AssertionFailure()
               << "dual objective " << dual_objective << ", primal " << result.objective;
    }
    return ::testing::AssertionSuccess();
}

TEST(Presolve, EachReductionAppliesWhereItShould) {
    const Model model = reducible_lp();
    const Presolved presolved = presolve(model, presolve_settings(with_presolve(true), false));
    ASSERT_FALSE(presolved.infeasible);
    const PresolveCounts& counts = presolved.counts;
    EXPECT_GE(counts.fixed_columns, 1);      // f
    EXPECT_GE(counts.dominated_columns, 1);  // w
    EXPECT_GE(counts.singleton_rows, 1);     // r2
    EXPECT_GE(counts.duplicate_rows, 1);     // r1
    EXPECT_GE(counts.redundant_rows, 1);     // r3
    EXPECT_LE(presolved.model.row_count(), 1);
    EXPECT_LE(presolved.model.variable_count(), 3);
}

TEST(Presolve, TheAnswerIsForTheModelAsStated) {
    const Model model = reducible_lp();
    const SolveResult result = solve(model, with_presolve(true));
    ASSERT_EQ(result.model_status, ModelStatus::Optimal);
    ASSERT_EQ(result.values.size(), model.variables.size());
    EXPECT_NEAR(result.objective, 2.5, kTolerance);
    const std::vector<double> expected = {2, 0, 1, 0, 0};
    for (std::size_t j = 0; j < expected.size(); ++j) {
        EXPECT_NEAR(result.values[j], expected[j], kTolerance) << model.variables[j].name;
    }
    EXPECT_TRUE(duals_are_optimal(model, result));
    EXPECT_EQ(result.basis.variables.size(), model.variables.size());
    EXPECT_EQ(result.basis.rows.size(), model.rows.size());
}

TEST(Presolve, ProvesInfeasibilityFromASingletonRow) {
    Model model;
    const int x = model.add_variable("x", 0, 3, 1.0, VariableType::Integer);
    const int y = model.add_variable("y", 0, 1, 1.0, VariableType::Binary);
    model.add_row("x_at_least_five", 5, kInfinity, {{x, 1}});
    model.add_row("sum", 0, 10, {{x, 1}, {y, 1}});
    const Presolved presolved = presolve(model, presolve_settings(with_presolve(true), true));
    EXPECT_TRUE(presolved.infeasible);
    EXPECT_EQ(solve(model, with_presolve(true)).model_status, ModelStatus::Infeasible);
    EXPECT_EQ(solve(model, with_presolve(false)).model_status, ModelStatus::Infeasible);
}

TEST(Presolve, TightensIntegerBoundsOfAMilp) {
    // 3x + 2y ≤ 7 with x, y integer in [0, 10]: propagation gives x ≤ 2 and y ≤ 3.
    Model model;
    model.sense = ObjectiveSense::Maximize;
    const int x = model.add_variable("x", 0, 10, 5.0, VariableType::Integer);
    const int y = model.add_variable("y", 0, 10, 3.0, VariableType::Integer);
    model.add_row("capacity", -kInfinity, 7, {{x, 3}, {y, 2}});
    model.add_row("mix", -kInfinity, 4, {{x, 1}, {y, 1}});
    const Presolved presolved = presolve(model, presolve_settings(with_presolve(true), true));
    ASSERT_FALSE(presolved.infeasible);
    EXPECT_GE(presolved.counts.tightened_bounds, 2);
    const SolveResult result = solve(model, with_presolve(true));
    ASSERT_EQ(result.model_status, ModelStatus::Optimal);
    EXPECT_NEAR(result.objective, 11.0, kTolerance);  // x = 1, y = 2
    EXPECT_NEAR(solve(model, with_presolve(false)).objective, 11.0, kTolerance);
}

// A random LP or MILP with the structures presolve looks for: fixed variables, singleton
// rows, scaled copies of rows, and a continuous variable that one equality row defines.
Model random_reducible(std::mt19937& random, bool integer) {
    std::uniform_int_distribution<int> count(4, 9), coefficient(-4, 6), side(2, 12);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    Model model;
    const int n = count(random);
    for (int j = 0; j < n; ++j) {
        const bool fixed = unit(random) < 0.15;
        const double upper = fixed ? 1.0 : 4.0 + std::floor(6.0 * unit(random));
        const VariableType type =
            integer && unit(random) < 0.6 ? VariableType::Integer : VariableType::Continuous;
        model.add_variable("x" + std::to_string(j), fixed ? 1.0 : 0.0, upper,
                           std::floor(10.0 * unit(random)) - 3.0, type);
    }
    const int m = count(random);
    for (int i = 0; i < m; ++i) {
        std::vector<Term> terms;
        for (int j = 0; j < n; ++j) {
            if (unit(random) < 0.45) terms.push_back({j, static_cast<double>(coefficient(random))});
        }
        if (terms.empty()) terms.push_back({i % n, 1.0});
        const double low = side(random);
        const bool at_most = unit(random) < 0.5;
        model.add_row("r" + std::to_string(i), at_most ? -kInfinity : -low,
                      at_most ? 2.0 * low : kInfinity, terms);
        if (unit(random) < 0.3) {  // a scaled copy
            for (Term& term : terms) term.coefficient *= 2.0;
            model.add_row("copy" + std::to_string(i), at_most ? -kInfinity : -2.0 * low,
                          at_most ? 4.0 * low : kInfinity, terms);
        }
    }
    model.add_row("singleton", -kInfinity, 3.0, {{0, 1.0}});
    // d = x1 + x2, d free and costed: a free column singleton of an equality row.
    const int d = model.add_variable("d", -kInfinity, kInfinity, 1.0);
    model.add_row("defines_d", 0, 0, {{d, 1.0}, {1 % n, -1.0}, {2 % n, -1.0}});
    return model;
}

TEST(Presolve, SeededModelsGiveTheAnswerOfTheUnpresolvedSolve) {
    std::mt19937 random(16);
    int optimal = 0, reduced = 0;
    for (int n = 0; n < 120; ++n) {
        const bool integer = n % 2 == 1;
        const Model model = random_reducible(random, integer);
        const std::string context = "model " + std::to_string(n);
        const Presolved presolved =
            presolve(model, presolve_settings(with_presolve(true), integer));
        if (!presolved.infeasible && presolved.model.row_count() < model.row_count()) ++reduced;
        const SolveResult plain = solve(model, with_presolve(false));
        const SolveResult presolved_result = solve(model, with_presolve(true));
        ASSERT_EQ(presolved_result.model_status, plain.model_status) << context;
        if (plain.model_status != ModelStatus::Optimal) continue;
        ++optimal;
        EXPECT_NEAR(presolved_result.objective, plain.objective,
                    1e-6 * std::max(1.0, std::abs(plain.objective)))
            << context;
        ASSERT_EQ(presolved_result.values.size(), model.variables.size()) << context;
        EXPECT_LE(max_violation(model, presolved_result.values, integer), 1e-6) << context;
        if (!integer) {
            EXPECT_TRUE(duals_are_optimal(model, presolved_result)) << context;
        }
    }
    // The comparison means something only if most models are solved and reduced.
    EXPECT_GE(optimal, 40);
    EXPECT_GE(reduced, 80);
}

TEST(WarmStart, AResolveAfterABoundChangeStartsFromTheLastBasis) {
    testing::ChoiceModelShape shape;  // 14 items, each at most twice, for 28 slots
    shape.items = 14;
    shape.portions = 3;
    Model model = testing::choice_model(shape);
    for (Variable& variable : model.variables) variable.type = VariableType::Continuous;
    SolveOptions options = with_presolve(false);
    const SolveResult first = solve(model, options);
    ASSERT_EQ(first.model_status, ModelStatus::Optimal);
    ASSERT_FALSE(first.basis.empty());
    // Forbid the option the LP likes best in the first slot.
    int chosen = 0;
    for (int j = 1; j < shape.items * shape.portions; ++j) {
        if (first.values[j] > first.values[chosen]) chosen = j;
    }
    model.variables[chosen].upper = 0.0;
    const SolveResult cold = solve(model, options);
    options.initial_basis = first.basis;
    const SolveResult warm = solve(model, options);
    ASSERT_EQ(cold.model_status, ModelStatus::Optimal);
    ASSERT_EQ(warm.model_status, ModelStatus::Optimal);
    EXPECT_NEAR(warm.objective, cold.objective, 1e-7 * std::max(1.0, std::abs(cold.objective)));
    EXPECT_LT(warm.simplex_iterations * 5, cold.simplex_iterations);
}

TEST(WarmStart, ABasisFromBeforeARowWasAddedStillStarts) {
    Model model = reducible_lp();
    SolveOptions options = with_presolve(false);
    const SolveResult first = solve(model, options);
    ASSERT_EQ(first.model_status, ModelStatus::Optimal);
    model.add_row("x_at_most_one", -kInfinity, 1, {{0, 1.0}});  // now y = 1: objective 3.5
    options.initial_basis = first.basis;
    const SolveResult warm = solve(model, options);
    ASSERT_EQ(warm.model_status, ModelStatus::Optimal);
    EXPECT_NEAR(warm.objective, 3.5, kTolerance);
}

}  // namespace
}  // namespace mealplan::solver

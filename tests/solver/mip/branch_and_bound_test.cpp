#include "mip/branch_and_bound.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "choice_model.hpp"
#include "solution_check.hpp"
#include "solve_checks.hpp"
#include "solver/solve.hpp"
#include "special_problems.hpp"

namespace mealplan::solver {
namespace {

constexpr double kTolerance = 1e-6;

// Whether `result` is optimal with the given objective and bound and satisfies the model
// with integral values; a failure names the first thing wrong. Callers ASSERT it before
// they read the values.
::testing::AssertionResult is_optimal(const Model& model, const SolveResult& result,
                                      double objective) {
    auto optimal =
        testing::optimal_with_objective(result, model.variables.size(), objective, kTolerance);
    if (!optimal) return optimal;
    if (const double violation = max_violation(model, result.values, true); violation > 1e-7) {
        return ::testing::AssertionFailure() << "the values violate the model by " << violation;
    }
    return ::testing::AssertionSuccess();
}

TEST(BranchAndBound, Knapsack) {
    const Model model = special::knapsack();
    const SolveResult result = solve(model);
    ASSERT_TRUE(is_optimal(model, result, 23.0));
    EXPECT_EQ(result.values, (std::vector<double>{1, 1, 0, 0}));
}

TEST(BranchAndBound, SetCover) {
    const Model model = special::set_cover();
    const SolveResult result = solve(model);
    ASSERT_TRUE(is_optimal(model, result, 4.0));
    EXPECT_EQ(result.values, (std::vector<double>{1, 0, 0, 0, 1}));
}

TEST(BranchAndBound, AssignmentWithIntegralRelaxationNeedsOneNode) {
    const Model model = special::assignment();
    const SolveResult result = solve(model);
    ASSERT_TRUE(is_optimal(model, result, 5.0));
    EXPECT_EQ(result.nodes, 1);
    EXPECT_EQ(result.values[1], 1.0);  // worker 0 → job 1
    EXPECT_EQ(result.values[3], 1.0);  // worker 1 → job 0
    EXPECT_EQ(result.values[8], 1.0);  // worker 2 → job 2
}

TEST(BranchAndBound, GeneralIntegers) {
    const Model model = special::general_integer();
    ASSERT_TRUE(is_optimal(model, solve(model), 4.0));
}

TEST(BranchAndBound, InfeasibleIntegerProblemWithFeasibleRelaxation) {
    Model relaxed = special::infeasible_integer();
    for (Variable& variable : relaxed.variables) variable.type = VariableType::Continuous;
    EXPECT_EQ(solve(relaxed).model_status, ModelStatus::Optimal);
    const SolveResult result = solve(special::infeasible_integer());
    EXPECT_EQ(result.model_status, ModelStatus::Infeasible);
    EXPECT_FALSE(result.has_solution);
}

TEST(BranchAndBound, UnboundedRelaxation) {
    EXPECT_EQ(solve(special::unbounded_mixed()).model_status, ModelStatus::Unbounded);
}

TEST(BranchAndBound, InitialSolutionIsReturnedWhenStoppedAtOnce) {
    const Model model = special::knapsack();
    SolveOptions options;
    options.node_limit = 0;
    options.initial_solution = {0, 1, 1, 0};  // weight 6, value 20: feasible, not optimal
    const SolveResult result = solve(model, options);
    EXPECT_EQ(result.model_status, ModelStatus::NodeLimit);
    ASSERT_TRUE(result.has_solution);
    EXPECT_NEAR(result.objective, 20.0, kTolerance);
    EXPECT_GE(result.gap, 0.0);
}

TEST(BranchAndBound, InfeasibleInitialSolutionIsIgnored) {
    const Model model = special::knapsack();
    SolveOptions options;
    options.initial_solution = {1, 1, 1, 1};  // weight 12 > 7
    ASSERT_TRUE(is_optimal(model, solve(model, options), 23.0));
}

TEST(BranchAndBound, NodeLimitKeepsAnHonestBound) {
    // A knapsack with many items of equal ratio forces branching beyond one node.
    Model model;
    model.sense = ObjectiveSense::Maximize;
    std::vector<Term> terms;
    for (int k = 0; k < 12; ++k) {
        const int item =
            model.add_variable("i" + std::to_string(k), 0, 1, 2 * k + 3, VariableType::Binary);
        terms.push_back({item, 2.0 * k + 3.0 + 0.01 * k});
    }
    model.add_row("cap", -kInfinity, 40.5, terms);
    const SolveResult full = solve(model);
    ASSERT_EQ(full.model_status, ModelStatus::Optimal);
    SolveOptions options;
    options.node_limit = 1;
    const SolveResult limited = solve(model, options);
    if (limited.model_status == ModelStatus::NodeLimit) {
        EXPECT_GE(limited.bound, full.objective - 1e-6);  // a maximisation's bound is above
        if (limited.has_solution) {
            EXPECT_LE(limited.objective, full.objective + 1e-6);
        }
    } else {
        EXPECT_EQ(limited.model_status, ModelStatus::Optimal);
    }
}

TEST(BranchAndBound, ExpiredTimeLimitReportsTimeLimit) {
    SolveOptions options;
    options.time_limit_seconds = 0.0;
    EXPECT_EQ(solve(special::knapsack(), options).model_status, ModelStatus::TimeLimit);
}

// Brute force over every integer point of a small box, for comparison.
double brute_force_minimum(const Model& model, bool& feasible) {
    const int n = model.variable_count();
    std::vector<double> point(n);
    double best = kInfinity;
    feasible = false;
    std::vector<int> counter(n, 0);
    while (true) {
        for (int j = 0; j < n; ++j) point[j] = model.variables[j].lower + counter[j];
        if (max_violation(model, point, true) <= 1e-9) {
            feasible = true;
            best = std::min(best, objective_value(model, point));
        }
        int j = 0;
        while (j < n && model.variables[j].lower + counter[j] + 1 > model.variables[j].upper) {
            counter[j] = 0;
            ++j;
        }
        if (j == n) break;
        ++counter[j];
    }
    return best;
}

TEST(BranchAndBound, RandomSmallIntegerProgramsMatchBruteForce) {
    std::mt19937 random(424242);
    std::uniform_int_distribution<int> coefficient(-5, 5), bound(0, 3), rhs(-4, 12);
    int feasible_count = 0, infeasible_count = 0;
    for (int trial = 0; trial < 150; ++trial) {
        Model model;
        const int n = 2 + trial % 4;
        for (int j = 0; j < n; ++j) {
            const int lower = bound(random) - 1;
            model.add_variable("x" + std::to_string(j), lower, lower + bound(random),
                               coefficient(random), VariableType::Integer);
        }
        for (int i = 0; i < 1 + trial % 3; ++i) {
            std::vector<Term> terms;
            for (int j = 0; j < n; ++j) terms.push_back({j, coefficient(random) + 0.5});
            const double upper = rhs(random) + 0.25;
            model.add_row("r" + std::to_string(i), trial % 2 == 0 ? upper - 6 : -kInfinity, upper,
                          terms);
        }
        bool feasible = false;
        const double expected = brute_force_minimum(model, feasible);
        const SolveResult result = solve(model);
        SCOPED_TRACE("trial " + std::to_string(trial));
        if (feasible) {
            ++feasible_count;
            ASSERT_EQ(result.model_status, ModelStatus::Optimal);
            EXPECT_NEAR(result.objective, expected, 1e-6);
            EXPECT_LE(max_violation(model, result.values, true), 1e-7);
        } else {
            ++infeasible_count;
            EXPECT_EQ(result.model_status, ModelStatus::Infeasible);
        }
    }
    EXPECT_GT(feasible_count, 30);
    EXPECT_GT(infeasible_count, 5);
}

TEST(BranchAndBound, SameInputGivesTheSameAnswer) {
    const Model model = special::set_cover();
    const SolveResult first = solve(model);
    const SolveResult second = solve(model);
    EXPECT_EQ(first.values, second.values);
    EXPECT_EQ(first.nodes, second.nodes);
    EXPECT_EQ(first.simplex_iterations, second.simplex_iterations);
}

TEST(BranchAndBound, SmallChoiceModelMatchesEnumerationOfTheChoices) {
    testing::ChoiceModelShape shape;
    shape.periods = 1;
    shape.groups_per_period = 2;
    shape.items = 5;
    shape.portions = 2;
    shape.resources = 6;
    shape.max_uses = 1;
    for (unsigned seed = 1; seed <= 3; ++seed) {
        shape.seed = seed;
        const Model model = testing::choice_model(shape);
        const int options = shape.items * shape.portions;
        // Enumerate one option per group; the continuous shortfalls are then an LP.
        double best = kInfinity;
        for (int first = 0; first < options; ++first) {
            for (int second = 0; second < options; ++second) {
                Model fixed = model;
                for (Variable& variable : fixed.variables) {
                    if (variable.type == VariableType::Binary) variable.upper = 0;
                }
                fixed.variables[first].lower = fixed.variables[first].upper = 1;
                fixed.variables[options + second].lower = 1;
                fixed.variables[options + second].upper = 1;
                for (Variable& variable : fixed.variables) variable.type = VariableType::Continuous;
                const SolveResult result = solve(fixed);
                if (result.model_status == ModelStatus::Optimal)
                    best = std::min(best, result.objective);
            }
        }
        SCOPED_TRACE("seed " + std::to_string(seed));
        ASSERT_LT(best, kInfinity);
        ASSERT_TRUE(is_optimal(model, solve(model), best));
    }
}

TEST(BranchAndBound, ChoiceModelGivesAFeasiblePlanWithinANodeLimit) {
    testing::ChoiceModelShape shape;
    shape.periods = 2;
    shape.items = 10;
    const Model model = testing::choice_model(shape);
    SolveOptions options;
    options.node_limit = 30;
    const SolveResult result = solve(model, options);
    ASSERT_TRUE(result.has_solution) << to_string(result.model_status);
    EXPECT_LE(max_violation(model, result.values, true), 1e-7);
    EXPECT_LE(result.bound, result.objective + 1e-6);  // minimisation: bound below
    EXPECT_GE(result.gap, 0.0);
}

}  // namespace
}  // namespace mealplan::solver

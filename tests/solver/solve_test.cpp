#include "solver/solve.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "special_problems.hpp"

namespace mealplan::solver {
namespace {

constexpr double kTolerance = 1e-6;

// Asserts an optimal result with the given objective and values that satisfy the model.
void expect_optimal(const Model& model, const SolveResult& result, double objective) {
    ASSERT_EQ(result.status, SolveStatus::Optimal) << to_string(result.status);
    ASSERT_TRUE(result.has_solution);
    ASSERT_EQ(result.values.size(), model.variables.size());
    EXPECT_NEAR(result.objective, objective, kTolerance);
    EXPECT_NEAR(result.bound, objective, 1e-4 * std::max(1.0, std::abs(objective)));
    for (std::size_t j = 0; j < model.variables.size(); ++j) {
        EXPECT_GE(result.values[j], model.variables[j].lower - kTolerance) << j;
        EXPECT_LE(result.values[j], model.variables[j].upper + kTolerance) << j;
        if (model.variables[j].type != VariableType::Continuous) {
            EXPECT_NEAR(result.values[j], std::round(result.values[j]), kTolerance) << j;
        }
    }
    for (const Row& row : model.rows) {
        double activity = 0.0;
        for (const Term& term : row.terms)
            activity += term.coefficient * result.values[term.variable];
        EXPECT_GE(activity, row.lower - kTolerance) << row.name;
        EXPECT_LE(activity, row.upper + kTolerance) << row.name;
    }
}

TEST(SolveLp, SmallMaximisation) {
    const Model model = special::small_maximisation();
    const SolveResult result = solve(model);
    expect_optimal(model, result, 11.0);
    EXPECT_NEAR(result.values[0], 3.0, kTolerance);
    EXPECT_NEAR(result.values[1], 1.0, kTolerance);
}

TEST(SolveLp, EqualityRangedAndOneSidedRows) {
    const Model model = special::equality_and_ranged_rows();
    const SolveResult result = solve(model);
    expect_optimal(model, result, 12.5);
    EXPECT_NEAR(result.values[0], 1.0, kTolerance);
    EXPECT_NEAR(result.values[1], 3.5, kTolerance);
    EXPECT_NEAR(result.values[2], 1.5, kTolerance);
}

TEST(SolveLp, FreeVariables) {
    const Model model = special::free_variables();
    const SolveResult result = solve(model);
    expect_optimal(model, result, 4.0);
    EXPECT_NEAR(result.values[0], 1.0, kTolerance);
    EXPECT_NEAR(result.values[1], 2.0, kTolerance);
}

TEST(SolveLp, FixedVariablesNegativeBoundsEmptyRowAndColumn) {
    const Model model = special::fixed_negative_and_empty();
    const SolveResult result = solve(model);
    expect_optimal(model, result, -4.5);
    EXPECT_NEAR(result.values[0], -2.5, kTolerance);
    EXPECT_NEAR(result.values[1], 2.0, kTolerance);
    EXPECT_NEAR(result.values[2], -4.0, kTolerance);
}

TEST(SolveLp, InfeasibleRows) {
    const SolveResult result = solve(special::infeasible_rows());
    EXPECT_EQ(result.status, SolveStatus::Infeasible);
    EXPECT_FALSE(result.has_solution);
}

TEST(SolveLp, InfeasibleEqualitiesWithFreeVariables) {
    EXPECT_EQ(solve(special::infeasible_equalities_free()).status, SolveStatus::Infeasible);
}

TEST(SolveLp, ConflictingBoundsAreInfeasible) {
    EXPECT_EQ(solve(special::conflicting_bounds()).status, SolveStatus::Infeasible);
}

TEST(SolveLp, Unbounded) {
    EXPECT_EQ(solve(special::unbounded()).status, SolveStatus::Unbounded);
    EXPECT_EQ(solve(special::unbounded_free_column()).status, SolveStatus::Unbounded);
}

TEST(SolveLp, BealeCyclingExample) {
    const Model model = special::beale_cycling();
    const SolveResult result = solve(model);
    expect_optimal(model, result, -1.25);
    EXPECT_NEAR(result.values[0], 1.0, kTolerance);
    EXPECT_NEAR(result.values[2], 1.0, kTolerance);
}

TEST(SolveLp, DegenerateVertex) {
    const Model model = special::degenerate_vertex();
    const SolveResult result = solve(model);
    expect_optimal(model, result, -2.0);
    EXPECT_NEAR(result.values[0], 1.0, kTolerance);
    EXPECT_NEAR(result.values[1], 1.0, kTolerance);
}

TEST(SolveLp, MaximisationWithOffset) {
    const Model model = special::maximisation_with_offset();
    const SolveResult result = solve(model);
    expect_optimal(model, result, 15.0);
}

TEST(SolveLp, EmptyModelIsOptimalAtTheOffset) {
    Model model;
    model.objective_offset = 3.0;
    const SolveResult result = solve(model);
    expect_optimal(model, result, 3.0);
}

TEST(SolveLp, InvalidModelIsReportedNotSolved) {
    Model model;
    model.add_variable("x", 0, 1, std::nan(""));
    const SolveResult result = solve(model);
    EXPECT_EQ(result.status, SolveStatus::InvalidModel);
    EXPECT_FALSE(result.problems.empty());
}

TEST(SolveLp, ExpiredTimeLimitStopsBeforeSolving) {
    SolveOptions options;
    options.time_limit_seconds = 0.0;
    const SolveResult result = solve(special::beale_cycling(), options);
    EXPECT_EQ(result.status, SolveStatus::TimeLimit);
}

TEST(SolveLp, InterruptStops) {
    std::atomic<bool> stop{true};
    SolveOptions options;
    options.interrupt = &stop;
    EXPECT_EQ(solve(special::small_maximisation(), options).status, SolveStatus::Interrupted);
}

TEST(SolveLp, LogReceivesSummaryAtVerbosityOne) {
    std::vector<std::string> lines;
    SolveOptions options;
    options.verbosity = 1;
    options.log = [&](const std::string& line) { lines.push_back(line); };
    solve(special::small_maximisation(), options);
    ASSERT_FALSE(lines.empty());
    EXPECT_NE(lines.back().find("optimal"), std::string::npos);
}

TEST(SolveStatusNames, AreStable) {
    EXPECT_EQ(to_string(SolveStatus::Optimal), "optimal");
    EXPECT_EQ(to_string(SolveStatus::TimeLimit), "time_limit");
    EXPECT_EQ(to_string(SolveStatus::InvalidModel), "invalid_model");
}

}  // namespace
}  // namespace mealplan::solver

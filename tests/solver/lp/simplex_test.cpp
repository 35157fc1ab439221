#include "lp/simplex.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "special_problems.hpp"

namespace mealplan::solver {
namespace {

// A random LP: rows of random kinds over a few columns with random bound kinds.
Model random_lp(std::mt19937& random, int rows, int columns) {
    std::uniform_int_distribution<int> coefficient(-4, 4), kind(0, 5), small(-6, 6);
    Model model;
    for (int j = 0; j < columns; ++j) {
        double lower = small(random), upper = lower + std::abs(small(random));
        switch (kind(random)) {
            case 0:
                lower = -kInfinity;
                break;
            case 1:
                upper = kInfinity;
                break;
            case 2:
                lower = -kInfinity;
                upper = kInfinity;
                break;
            default:
                break;
        }
        model.add_variable("x" + std::to_string(j), lower, upper, coefficient(random));
    }
    for (int i = 0; i < rows; ++i) {
        std::vector<Term> terms;
        for (int j = 0; j < columns; ++j) {
            const int a = coefficient(random);
            if (a != 0 && kind(random) < 4) terms.push_back({j, static_cast<double>(a)});
        }
        double lower = small(random) * 2.0, upper = lower + std::abs(small(random));
        switch (kind(random)) {
            case 0:
                lower = -kInfinity;
                break;
            case 1:
                upper = kInfinity;
                break;
            case 2:
                upper = lower;
                break;
            default:
                break;
        }
        model.add_row("r" + std::to_string(i), lower, upper, terms);
    }
    if (kind(random) == 0) model.sense = ObjectiveSense::Maximize;
    return model;
}

// Checks the optimality conditions of an LP solution of a minimisation form: primal
// feasibility, dual feasibility (reduced cost signs at bounds) and complementary slackness.
void expect_kkt(const Model& model, const Simplex& simplex) {
    constexpr double tolerance = 1e-6;
    const double sense = model.sense == ObjectiveSense::Maximize ? -1.0 : 1.0;
    const std::vector<double> x = simplex.column_values();
    const std::vector<double> y = simplex.row_duals();
    const std::vector<double> d = simplex.reduced_costs();
    for (int j = 0; j < model.variable_count(); ++j) {
        const Variable& v = model.variables[j];
        EXPECT_GE(x[j], v.lower - tolerance);
        EXPECT_LE(x[j], v.upper + tolerance);
        double expected = sense * v.cost;
        for (int i = 0; i < model.row_count(); ++i) {
            for (const Term& t : model.rows[i].terms) {
                if (t.variable == j) expected -= t.coefficient * y[i];
            }
        }
        EXPECT_NEAR(d[j], expected, tolerance);
        // Minimisation: d > 0 only at the lower bound, d < 0 only at the upper bound.
        if (d[j] > tolerance) {
            EXPECT_NEAR(x[j], v.lower, tolerance) << "column " << j;
        }
        if (d[j] < -tolerance) {
            EXPECT_NEAR(x[j], v.upper, tolerance) << "column " << j;
        }
    }
    for (int i = 0; i < model.row_count(); ++i) {
        const Row& row = model.rows[i];
        double activity = 0.0;
        for (const Term& t : row.terms) activity += t.coefficient * x[t.variable];
        EXPECT_GE(activity, row.lower - tolerance);
        EXPECT_LE(activity, row.upper + tolerance);
        // y > 0 only where the row sits at its lower bound, y < 0 only at its upper bound.
        if (y[i] > tolerance) {
            EXPECT_NEAR(activity, row.lower, tolerance) << "row " << i;
        }
        if (y[i] < -tolerance) {
            EXPECT_NEAR(activity, row.upper, tolerance) << "row " << i;
        }
    }
}

TEST(Simplex, KnownAnswerWithDualsSatisfiesKkt) {
    const Model model = special::equality_and_ranged_rows();
    Simplex simplex(model);
    ASSERT_EQ(simplex.solve(), LpStatus::Optimal);
    EXPECT_NEAR(simplex.objective(), 12.5, 1e-9);
    expect_kkt(model, simplex);
}

TEST(Simplex, RandomOptimalSolutionsSatisfyKkt) {
    std::mt19937 random(20240611);
    int optimal = 0, infeasible = 0, unbounded = 0;
    for (int trial = 0; trial < 400; ++trial) {
        const Model model = random_lp(random, 2 + trial % 6, 2 + trial % 5);
        Simplex simplex(model);
        const LpStatus status = simplex.solve();
        ASSERT_TRUE(status == LpStatus::Optimal || status == LpStatus::Infeasible ||
                    status == LpStatus::Unbounded)
            << "trial " << trial << ": " << to_string(status);
        if (status == LpStatus::Optimal) {
            ++optimal;
            SCOPED_TRACE("trial " + std::to_string(trial));
            expect_kkt(model, simplex);
        }
        infeasible += status == LpStatus::Infeasible ? 1 : 0;
        unbounded += status == LpStatus::Unbounded ? 1 : 0;
    }
    // The generator must exercise every outcome for the test to mean anything.
    EXPECT_GT(optimal, 50);
    EXPECT_GT(infeasible, 10);
    EXPECT_GT(unbounded, 10);
}

TEST(Simplex, WarmStartAfterBoundChangeMatchesColdSolve) {
    const Model model = special::small_maximisation();
    Simplex warm(model);
    ASSERT_EQ(warm.solve(), LpStatus::Optimal);
    warm.set_column_bounds(0, 0, 2);  // x ≤ 2: optimum moves to (2, 4/3), 6 + 8/3
    ASSERT_EQ(warm.solve(), LpStatus::Optimal);
    EXPECT_NEAR(-warm.objective(), 6.0 + 8.0 / 3.0, 1e-9);

    Model tightened = model;
    tightened.variables[0].upper = 2;
    Simplex cold(tightened);
    ASSERT_EQ(cold.solve(), LpStatus::Optimal);
    EXPECT_NEAR(cold.objective(), warm.objective(), 1e-9);
}

TEST(Simplex, BasisCanBeReinstalled) {
    const Model model = special::beale_cycling();
    Simplex first(model);
    ASSERT_EQ(first.solve(), LpStatus::Optimal);
    Simplex second(model);
    second.set_basis(first.basis());
    ASSERT_EQ(second.solve(), LpStatus::Optimal);
    EXPECT_EQ(second.iterations(), 0);
    EXPECT_NEAR(second.objective(), -1.25, 1e-9);
}

TEST(Simplex, SnapshotRestoresThePointAfterTrialIterations) {
    const Model model = special::small_maximisation();
    Simplex simplex(model);
    ASSERT_EQ(simplex.solve(), LpStatus::Optimal);
    const auto snapshot = simplex.snapshot();
    const std::vector<double> before = simplex.column_values();
    simplex.set_column_bounds(1, 0, 0.5);
    ASSERT_EQ(simplex.solve(), LpStatus::Optimal);
    simplex.restore(snapshot);
    EXPECT_EQ(simplex.column_values(), before);
    EXPECT_EQ(simplex.column_upper(1), kInfinity);
}

TEST(Simplex, InfeasibleAfterTighteningIsDetectedWarm) {
    const Model model = special::equality_and_ranged_rows();
    Simplex simplex(model);
    ASSERT_EQ(simplex.solve(), LpStatus::Optimal);
    simplex.set_column_bounds(0, 0, 0);
    simplex.set_column_bounds(1, 0, 1);
    simplex.set_column_bounds(2, 0, 1);  // x + y + z ≤ 2 < 6
    EXPECT_EQ(simplex.solve(), LpStatus::Infeasible);
}

}  // namespace
}  // namespace mealplan::solver

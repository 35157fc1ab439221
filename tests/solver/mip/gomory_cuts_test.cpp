// Gomory mixed-integer cuts must never remove an integer solution and must remove the LP
// vertex they were read from. Checked on seeded random mixed-integer programs small enough
// to enumerate every integer assignment; for each one, the least value of the cut's
// left-hand side over the continuous part (an LP solved with the project's simplex) must
// still reach the cut's right-hand side.

#include "mip/gomory_cuts.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>

#include "cut_checks.hpp"
#include "lp/simplex.hpp"

namespace mealplan::solver {
namespace {

using cut_checks::bounds_of;
using cut_checks::least_cut_activity;

constexpr int kIntegers = 3;
constexpr int kIntegerUpper = 3;

// Three integer columns in [0, 3] (or [-1, 2]), two continuous ones (one unbounded above)
// and three rows of every kind; coefficients are integral in some rows and fractional in
// others, so both the integer and the continuous rounding of the row logicals are used.
Model random_mixed_program(std::mt19937& random) {
    std::uniform_int_distribution<int> small(-4, 6);
    std::uniform_real_distribution<double> fractional(-3.0, 5.0);
    Model model;
    for (int j = 0; j < kIntegers; ++j) {
        const double lower = random() % 4 == 0 ? -1.0 : 0.0;
        model.add_variable("i" + std::to_string(j), lower, lower + kIntegerUpper,
                           -static_cast<double>(small(random)) - 0.5, VariableType::Integer);
    }
    model.add_variable("c0", 0.0, 4.5, fractional(random));
    model.add_variable("c1", 0.0, kInfinity, std::abs(fractional(random)) + 0.1);
    for (int r = 0; r < 3; ++r) {
        const bool integral = random() % 2 == 0;
        std::vector<Term> terms;
        for (int j = 0; j < kIntegers + 2; ++j) {
            if (integral && j >= kIntegers) continue;
            const double value = integral ? small(random) : std::round(fractional(random) * 8) / 8;
            if (value != 0.0) terms.push_back({j, value});
        }
        const double rhs = integral ? 2 + small(random) : 3.7 + fractional(random);
        switch (r) {
            case 0:
                model.add_row("r0", -kInfinity, rhs, terms);
                break;
            case 1:
                model.add_row("r1", rhs - 6.0, rhs, terms);  // ranged
                break;
            default:
                model.add_row("r2", -kInfinity, rhs + 4.0, terms);
                break;
        }
    }
    return model;
}

TEST(GomoryCuts, CutOffTheVertexAndKeepEveryIntegerSolution) {
    std::mt19937 random(20261128);
    int programs_with_cuts = 0, cuts_checked = 0;
    for (int trial = 0; trial < 300; ++trial) {
        const Model model = random_mixed_program(random);
        Simplex lp(model);
        if (lp.solve() != LpStatus::Optimal) continue;
        const std::vector<double> point = lp.column_values();
        const std::vector<Cut> cuts =
            separate_gomory_cuts(model, lp, bounds_of(model, false), bounds_of(model, true));
        if (!cuts.empty()) ++programs_with_cuts;
        for (const Cut& cut : cuts) {
            SCOPED_TRACE("trial " + std::to_string(trial));
            double activity = 0.0;
            for (const Term& term : cut.terms) activity += term.coefficient * point[term.variable];
            EXPECT_LT(activity, cut.lower - 1e-6) << "the cut does not remove the LP vertex";
            EXPECT_GT(cut.efficacy, 0.0);
            std::vector<std::pair<int, double>> assignment(kIntegers);
            for (int code = 0; code < 64; ++code) {
                for (int j = 0; j < kIntegers; ++j) {
                    assignment[j] = {j, model.variables[j].lower + (code >> (2 * j)) % 4};
                }
                EXPECT_GE(least_cut_activity(model, assignment, cut), cut.lower - 1e-7)
                    << "the cut removes the integer assignment " << assignment[0].second << ", "
                    << assignment[1].second << ", " << assignment[2].second;
            }
            ++cuts_checked;
        }
    }
    // The check above must have had something to check.
    EXPECT_GE(programs_with_cuts, 30);
    EXPECT_GE(cuts_checked, 60);
}

TEST(GomoryCuts, NoneWhenTheVertexIsIntegral) {
    Model model;
    model.add_variable("x", 0, 4, -1.0, VariableType::Integer);
    model.add_variable("y", 0, 4, -1.0, VariableType::Integer);
    model.add_row("sum", -kInfinity, 5.0, {{0, 1.0}, {1, 1.0}});
    Simplex lp(model);
    ASSERT_EQ(lp.solve(), LpStatus::Optimal);
    EXPECT_TRUE(separate_gomory_cuts(model, lp, {0, 0}, {4, 4}).empty());
}

TEST(GomoryCuts, TextbookCutRaisesTheBound) {
    // max x + y  s.t.  2x + 2y ≤ 3, x, y ≥ 0 integer: the LP optimum is 1.5 and every
    // integer point has x + y ≤ 1, which is what the cut must say (up to scaling).
    Model model;
    model.sense = ObjectiveSense::Maximize;
    model.add_variable("x", 0, kInfinity, 1.0, VariableType::Integer);
    model.add_variable("y", 0, kInfinity, 1.0, VariableType::Integer);
    model.add_row("half", -kInfinity, 3.0, {{0, 2.0}, {1, 2.0}});
    Simplex lp(model);
    ASSERT_EQ(lp.solve(), LpStatus::Optimal);
    const auto cuts = separate_gomory_cuts(model, lp, {0, 0}, {kInfinity, kInfinity});
    ASSERT_EQ(cuts.size(), 1u);
    const Cut& cut = cuts[0];
    ASSERT_EQ(cut.terms.size(), 2u);
    // Σ c_j x_j ≥ lower with c = (−1, −1)·s and lower = −s: x + y ≤ 1.
    EXPECT_NEAR(cut.terms[0].coefficient, -1.0, 1e-9);
    EXPECT_NEAR(cut.terms[1].coefficient, -1.0, 1e-9);
    EXPECT_NEAR(cut.lower, -1.0, 1e-9);
}

}  // namespace
}  // namespace mealplan::solver

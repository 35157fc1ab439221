// Mixed-integer rounding cuts must hold at every point of the model whose integer
// variables are integral and must cut off the LP vertex they were separated at. Checked on
// seeded random fixed-charge rows (continuous flows with variable upper bounds x ≤ u·y on
// binaries, a general integer, a flow balance of every row kind), small enough to
// enumerate the integer assignments; for each, the least value of the cut's left-hand
// side over the continuous part comes from an LP solved with the project's simplex.

#include "mip/mir_cuts.hpp"

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

constexpr int kArcs = 4;  // binaries y0..y3, flows x0..x3, then the integer n

Model random_fixed_charge(std::mt19937& random) {
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    Model model;
    for (int k = 0; k < kArcs; ++k) {
        model.add_variable("y" + std::to_string(k), 0, 1, 1 + 9 * unit(random),
                           VariableType::Binary);
    }
    for (int k = 0; k < kArcs; ++k) {
        model.add_variable("x" + std::to_string(k), 0, 10, unit(random) - 0.5);
    }
    model.add_variable("n", 0, 3, 2 * unit(random), VariableType::Integer);
    for (int k = 0; k < kArcs; ++k) {
        const double capacity = 2 + std::round(70 * unit(random)) / 10;
        if (random() % 2 == 0) {
            model.add_row("vub", -kInfinity, 0, {{kArcs + k, 1}, {k, -capacity}});
        } else {
            model.add_row("vub", 0, kInfinity, {{k, capacity}, {kArcs + k, -1}});
        }
    }
    std::vector<Term> balance;
    for (int k = 0; k < kArcs; ++k) balance.push_back({kArcs + k, random() % 3 == 0 ? -1.0 : 1.0});
    balance.push_back({2 * kArcs, std::round(4 * unit(random) - 2)});
    const double demand = 3 + 9 * unit(random);
    switch (random() % 3) {
        case 0:
            model.add_row("balance", demand, kInfinity, balance);
            break;
        case 1:
            model.add_row("balance", -kInfinity, demand, balance);
            break;
        default:
            model.add_row("balance", demand, demand, balance);
            break;
    }
    return model;
}

TEST(MirCuts, CutOffTheVertexAndKeepEveryMixedIntegerSolution) {
    std::mt19937 random(3983);
    int cuts_checked = 0;
    for (int trial = 0; trial < 300; ++trial) {
        const Model model = random_fixed_charge(random);
        Simplex lp(model);
        if (lp.solve() != LpStatus::Optimal) continue;
        const std::vector<double> point = lp.column_values();
        const std::vector<Cut> cuts =
            separate_mir_cuts(model, bounds_of(model, false), bounds_of(model, true), point);
        for (const Cut& cut : cuts) {
            SCOPED_TRACE("trial " + std::to_string(trial));
            double activity = 0.0;
            for (const Term& term : cut.terms) activity += term.coefficient * point[term.variable];
            EXPECT_LT(activity, cut.lower - 1e-7) << "the cut does not remove the LP vertex";
            for (int code = 0; code < (1 << kArcs) * 4; ++code) {
                std::vector<std::pair<int, double>> assignment;
                for (int k = 0; k < kArcs; ++k) assignment.push_back({k, (code >> k) & 1});
                assignment.push_back({2 * kArcs, code >> kArcs});
                EXPECT_GE(least_cut_activity(model, assignment, cut), cut.lower - 1e-7)
                    << "the cut removes integer assignment " << code;
            }
            ++cuts_checked;
        }
    }
    EXPECT_GE(cuts_checked, 40);  // the check above must have had something to check
}

TEST(MirCuts, SingleArcFlowCover) {
    // x ≤ 10·y, x ≥ 4 with y binary: the LP takes y = 0.4; every solution has y = 1,
    // and the MIR of x − 10y ≤ 0 with x ≥ 4 says exactly that: y ≥ 1 (up to scaling).
    Model model;
    model.add_variable("y", 0, 1, 1.0, VariableType::Binary);
    model.add_variable("x", 4, 10, 0.0);
    model.add_row("vub", -kInfinity, 0, {{1, 1}, {0, -10}});
    Simplex lp(model);
    ASSERT_EQ(lp.solve(), LpStatus::Optimal);
    const std::vector<double> point = lp.column_values();
    ASSERT_NEAR(point[0], 0.4, 1e-9);
    const auto cuts = separate_mir_cuts(model, {0, 4}, {1, 10}, point);
    ASSERT_FALSE(cuts.empty());
    // Any valid cut violated at y = 0.4 with x = 4 must, at x = 4, demand y > 0.4; the
    // strongest says y ≥ 1. Check that it forces y = 1 whenever x = 4.
    const Cut& cut = cuts.front();
    double x_part = 0.0, y_coefficient = 0.0;
    for (const Term& term : cut.terms) {
        if (term.variable == 1) x_part += term.coefficient * 4.0;
        if (term.variable == 0) y_coefficient = term.coefficient;
    }
    ASSERT_GT(y_coefficient, 0.0);
    EXPECT_NEAR((cut.lower - x_part) / y_coefficient, 1.0, 1e-9);
}

}  // namespace
}  // namespace mealplan::solver

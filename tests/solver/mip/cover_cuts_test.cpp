// Knapsack cover cuts must hold at every binary point the row allows and must cut off the
// fractional point they were separated at. Checked on seeded random knapsack rows (with
// negative coefficients, a continuous and a general integer variable, both row sides)
// small enough to enumerate every binary assignment.

#include "mip/cover_cuts.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>

namespace mealplan::solver {
namespace {

constexpr int kBinaries = 8;

struct KnapsackCase {
    Model model;
    std::vector<double> lower, upper, point;
};

// One row over 8 binaries, a continuous y ∈ [0.5, 2] and an integer n ∈ [0, 3]:
// lower ≤ Σ a_j x_j + c·y + d·n ≤ upper, with one side possibly infinite.
KnapsackCase random_case(std::mt19937& random) {
    std::uniform_int_distribution<int> weight(-4, 12);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    KnapsackCase c;
    std::vector<Term> terms;
    for (int j = 0; j < kBinaries; ++j) {
        c.model.add_variable("x" + std::to_string(j), 0, 1, 0, VariableType::Binary);
        terms.push_back({j, static_cast<double>(weight(random))});
    }
    c.model.add_variable("y", 0.5, 2.0, 0);
    c.model.add_variable("n", 0, 3, 0, VariableType::Integer);
    terms.push_back({kBinaries, std::round(unit(random) * 6 - 3)});
    terms.push_back({kBinaries + 1, std::round(unit(random) * 4 - 2)});
    const double capacity = 8 + 20 * unit(random);
    switch (random() % 3) {
        case 0:
            c.model.add_row("k", -kInfinity, capacity, terms);
            break;
        case 1:
            c.model.add_row("k", -capacity, kInfinity, [&] {
                for (Term& term : terms) term.coefficient = -term.coefficient;
                return terms;
            }());
            break;
        default:
            c.model.add_row("k", capacity - 30, capacity, terms);
            break;
    }
    for (const Variable& variable : c.model.variables) {
        c.lower.push_back(variable.lower);
        c.upper.push_back(variable.upper);
    }
    // A fractional point: most binaries near 1, so that covers are violated.
    for (int j = 0; j < kBinaries; ++j) c.point.push_back(unit(random) < 0.7 ? 1.0 : unit(random));
    c.point.push_back(0.5);
    c.point.push_back(0.0);
    return c;
}

// Whether some y ∈ [0.5, 2] and n ∈ {0..3} complete the binaries to a point of the row.
bool row_can_hold(const Model& model, const std::vector<double>& binaries) {
    const Row& row = model.rows[0];
    double fixed = 0.0, low = 0.0, high = 0.0;
    for (const Term& term : row.terms) {
        const int j = term.variable;
        if (j < kBinaries) {
            fixed += term.coefficient * binaries[j];
        } else {
            const double a = term.coefficient * model.variables[j].lower;
            const double b = term.coefficient * model.variables[j].upper;
            low += std::min(a, b);
            high += std::max(a, b);
        }
    }
    return fixed + low <= row.upper + 1e-9 && fixed + high >= row.lower - 1e-9;
}

TEST(CoverCuts, CutOffThePointAndKeepEveryBinarySolution) {
    std::mt19937 random(1998);
    int cuts_checked = 0;
    for (int trial = 0; trial < 400; ++trial) {
        const KnapsackCase c = random_case(random);
        const std::vector<Cut> cuts = separate_cover_cuts(c.model, c.lower, c.upper, c.point);
        for (const Cut& cut : cuts) {
            SCOPED_TRACE("trial " + std::to_string(trial));
            double activity = 0.0;
            for (const Term& term : cut.terms) {
                ASSERT_LT(term.variable, kBinaries) << "a cover names binaries only";
                activity += term.coefficient * c.point[term.variable];
            }
            EXPECT_LT(activity, cut.lower - 1e-9) << "the cut does not remove the point";
            std::vector<double> binaries(kBinaries);
            for (int code = 0; code < (1 << kBinaries); ++code) {
                for (int j = 0; j < kBinaries; ++j) binaries[j] = (code >> j) & 1;
                if (!row_can_hold(c.model, binaries)) continue;
                double value = 0.0;
                for (const Term& term : cut.terms)
                    value += term.coefficient * binaries[term.variable];
                EXPECT_GE(value, cut.lower - 1e-9) << "the cut removes binary point " << code;
            }
            ++cuts_checked;
        }
    }
    EXPECT_GE(cuts_checked, 100);  // the check above must have had something to check
}

TEST(CoverCuts, ClassicKnapsack) {
    // 5x0 + 5x1 + 5x2 + 8x3 ≤ 12 at x = (0.8, 0.8, 0.8, 0): {0, 1, 2} is a cover
    // (15 > 12), extended by x3 (8 ≥ 5): x0 + x1 + x2 + x3 ≤ 2.
    Model model;
    for (int j = 0; j < 4; ++j) model.add_variable("x", 0, 1, 0, VariableType::Binary);
    model.add_row("k", -kInfinity, 12, {{0, 5}, {1, 5}, {2, 5}, {3, 8}});
    const auto cuts = separate_cover_cuts(model, {0, 0, 0, 0}, {1, 1, 1, 1}, {0.8, 0.8, 0.8, 0});
    ASSERT_EQ(cuts.size(), 1u);
    ASSERT_EQ(cuts[0].terms.size(), 4u);
    for (const Term& term : cuts[0].terms) EXPECT_EQ(term.coefficient, -1.0);
    EXPECT_EQ(cuts[0].lower, -2.0);
}

TEST(CoverCuts, NoneWhenThePointSatisfiesEveryCover) {
    Model model;
    for (int j = 0; j < 3; ++j) model.add_variable("x", 0, 1, 0, VariableType::Binary);
    model.add_row("k", -kInfinity, 10, {{0, 6}, {1, 6}, {2, 6}});
    EXPECT_TRUE(separate_cover_cuts(model, {0, 0, 0}, {1, 1, 1}, {0.5, 0.5, 0.0}).empty());
}

}  // namespace
}  // namespace mealplan::solver

// The shared cut machinery: turning a derived inequality into a safe Cut, and choosing
// the cuts a round adds.

#include "mip/cuts.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace mealplan::solver {
namespace {

TEST(CutAccumulator, ScalesToALargestCoefficientOfOne) {
    CutAccumulator accumulator(3);
    accumulator.add(0, 4.0);
    accumulator.add(2, -2.0);
    accumulator.add(0, 4.0);  // entries of one column add up: 8
    Cut cut;
    ASSERT_TRUE(accumulator.finish(4.0, {0, 0, 0}, {1, 1, 1}, {0.1, 0.0, 0.5}, {}, cut));
    ASSERT_EQ(cut.terms.size(), 2u);
    EXPECT_EQ(cut.terms[0].variable, 0);
    EXPECT_DOUBLE_EQ(cut.terms[0].coefficient, 1.0);
    EXPECT_DOUBLE_EQ(cut.terms[1].coefficient, -0.25);
    EXPECT_DOUBLE_EQ(cut.lower, 0.5);
    // Activity at the point 0.1 − 0.125 = −0.025, so the point is 0.525 / ‖(1, −0.25)‖ away.
    EXPECT_NEAR(cut.efficacy, 0.525 / std::sqrt(1.0625), 1e-12);
}

TEST(CutAccumulator, DroppedTinyCoefficientRelaxesTheRightHandSide) {
    // x0 + 1e-12·x1 ≥ 0.5 with x1 ≤ 1e3: without the term, 0.5 − 1e-12·1e3 keeps the cut
    // valid wherever the original was.
    CutAccumulator accumulator(2);
    accumulator.add(0, 1.0);
    accumulator.add(1, 1e-12);
    Cut cut;
    ASSERT_TRUE(accumulator.finish(0.5, {0, 0}, {1, 1e3}, {0.0, 0.0}, {}, cut));
    ASSERT_EQ(cut.terms.size(), 1u);
    EXPECT_DOUBLE_EQ(cut.lower, 0.5 - 1e-9);
}

TEST(CutAccumulator, RefusesUnsafeCuts) {
    Cut cut;
    CutAccumulator accumulator(30);
    // A tiny coefficient on a variable without the bound that would make dropping it safe.
    accumulator.add(0, 1.0);
    accumulator.add(1, -1e-12);
    std::vector<double> lower(30, 0.0), upper(30, 1.0), point(30, 0.0);
    lower[1] = -kInfinity;
    EXPECT_FALSE(accumulator.finish(0.5, lower, upper, point, {}, cut));
    // Coefficients 1e7 apart.
    accumulator.add(0, 1.0);
    accumulator.add(2, 1e-7);
    EXPECT_FALSE(accumulator.finish(0.5, lower, upper, point, {}, cut));
    // Not violated at the point.
    accumulator.add(0, 1.0);
    EXPECT_FALSE(accumulator.finish(-1.0, lower, upper, point, {}, cut));
    // Dense: more than 5 % of 30 columns + 10 terms.
    for (int j = 0; j < 12; ++j) accumulator.add(j, 1.0);
    EXPECT_FALSE(accumulator.finish(1.0, lower, upper, point, {}, cut));
    // The accumulator starts clean after each refusal.
    accumulator.add(3, 2.0);
    ASSERT_TRUE(accumulator.finish(1.0, lower, upper, point, {}, cut));
    ASSERT_EQ(cut.terms.size(), 1u);
    EXPECT_EQ(cut.terms[0].variable, 3);
}

TEST(SelectCuts, MostEffectiveFirstWithoutParallelDuplicates) {
    std::vector<Cut> cuts(4);
    cuts[0] = {{{0, 1.0}, {1, 1.0}}, 1.0, 0.2};
    cuts[1] = {{{0, 1.0}, {1, 1.0}}, 1.1, 0.5};  // parallel to cuts[0], more effective
    cuts[2] = {{{0, 1.0}, {2, -1.0}}, 0.0, 0.3};
    cuts[3] = {{{1, 1.0}}, 0.0, 0.1};
    const std::vector<Cut> picked = select_cuts(cuts, 2);
    ASSERT_EQ(picked.size(), 2u);
    EXPECT_DOUBLE_EQ(picked[0].efficacy, 0.5);
    EXPECT_DOUBLE_EQ(picked[1].efficacy, 0.3);
    EXPECT_EQ(select_cuts(cuts, 10).size(), 3u);  // the parallel one is left out
}

}  // namespace
}  // namespace mealplan::solver

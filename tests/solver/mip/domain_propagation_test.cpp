#include "mip/domain_propagation.hpp"

#include <gtest/gtest.h>

namespace mealplan::solver {
namespace {

TEST(DomainPropagation, ChoosingOneOptionFixesTheOthersToZero) {
    Model model;
    for (int k = 0; k < 3; ++k) model.add_variable("x", 0, 1, 0, VariableType::Binary);
    model.add_row("one", 1, 1, {{0, 1}, {1, 1}, {2, 1}});
    DomainPropagator propagator(model);
    std::vector<double> lower = {0, 1, 0}, upper = {1, 1, 1};
    ASSERT_TRUE(propagator.propagate(lower, upper, {1}));
    EXPECT_EQ(upper[0], 0.0);
    EXPECT_EQ(upper[2], 0.0);
}

TEST(DomainPropagation, TightensIntegerBoundsWithRounding) {
    Model model;
    model.add_variable("x", 0, 10, 0, VariableType::Integer);
    model.add_variable("y", 1, 4, 0, VariableType::Integer);
    // 3x + 2y ≤ 10 with y ≥ 1: 3x ≤ 8, so x ≤ 2; 2y ≤ 10 leaves y ≤ 4 as it was.
    model.add_row("r", -kInfinity, 10, {{0, 3}, {1, 2}});
    DomainPropagator propagator(model);
    std::vector<double> lower = {0, 1}, upper = {10, 4};
    ASSERT_TRUE(propagator.propagate(lower, upper, {}));
    EXPECT_EQ(upper[0], 2.0);
    EXPECT_EQ(upper[1], 4.0);
    EXPECT_EQ(lower[1], 1.0);
}

TEST(DomainPropagation, DetectsAnUnsatisfiableRow) {
    Model model;
    model.add_variable("x", 0, 1, 0, VariableType::Binary);
    model.add_variable("y", 0, 1, 0, VariableType::Binary);
    model.add_row("r", 3, kInfinity, {{0, 1}, {1, 1}});
    DomainPropagator propagator(model);
    std::vector<double> lower = {0, 0}, upper = {1, 1};
    EXPECT_FALSE(propagator.propagate(lower, upper, {}));
}

TEST(DomainPropagation, ContinuousBoundsAreTightenedWithAMargin) {
    Model model;
    model.add_variable("x", 0, 10, 0);
    model.add_row("r", -kInfinity, 3, {{0, 1}});
    DomainPropagator propagator(model);
    std::vector<double> lower = {0}, upper = {10};
    ASSERT_TRUE(propagator.propagate(lower, upper, {}));
    EXPECT_GE(upper[0], 3.0);  // never tighter than the row allows
    EXPECT_NEAR(upper[0], 3.0, 1e-5);
    EXPECT_EQ(lower[0], 0.0);
}

TEST(DomainPropagation, TinyContinuousStepsAreNotTaken) {
    Model model;
    model.add_variable("x", 0, 10, 0);
    model.add_row("r", -kInfinity, 9.9999, {{0, 1}});  // a hundred-thousandth of the range
    DomainPropagator propagator(model);
    std::vector<double> lower = {0}, upper = {10};
    ASSERT_TRUE(propagator.propagate(lower, upper, {}));
    EXPECT_EQ(upper[0], 10.0);
}

TEST(DomainPropagation, IntegerBoundsFollowThroughContinuousVariables) {
    // y + z ≤ 2.5 with z ≥ 0 gives y ≤ 2.5; n − y ≤ 0 then gives n ≤ 2 for the integer n.
    Model model;
    model.add_variable("y", 0, 100, 0);
    model.add_variable("z", 0, 100, 0);
    model.add_variable("n", 0, 50, 0, VariableType::Integer);
    model.add_row("cap", -kInfinity, 2.5, {{0, 1}, {1, 1}});
    model.add_row("link", -kInfinity, 0, {{2, 1}, {0, -1}});
    DomainPropagator propagator(model);
    std::vector<double> lower = {0, 0, 0}, upper = {100, 100, 50};
    ASSERT_TRUE(propagator.propagate(lower, upper, {}));
    EXPECT_EQ(upper[2], 2.0);
}

TEST(DomainPropagation, DuplicateTermsAreMerged) {
    Model model;
    model.add_variable("x", 0, 5, 0, VariableType::Integer);
    model.add_row("r", -kInfinity, 4, {{0, 1}, {0, 1}});  // 2x ≤ 4
    DomainPropagator propagator(model);
    std::vector<double> lower = {0}, upper = {5};
    ASSERT_TRUE(propagator.propagate(lower, upper, {}));
    EXPECT_EQ(upper[0], 2.0);
}

}  // namespace
}  // namespace mealplan::solver

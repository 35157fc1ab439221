#include "solver/domain_propagation.hpp"

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

TEST(DomainPropagation, ContinuousBoundsAreLeftAlone) {
    Model model;
    model.add_variable("x", 0, 10, 0);
    model.add_row("r", -kInfinity, 3, {{0, 1}});
    DomainPropagator propagator(model);
    std::vector<double> lower = {0}, upper = {10};
    ASSERT_TRUE(propagator.propagate(lower, upper, {}));
    EXPECT_EQ(upper[0], 10.0);
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

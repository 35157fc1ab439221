#include "solver/model.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace mealplan::solver {
namespace {

TEST(Model, BinaryBoundsAreClampedToZeroOne) {
    Model model;
    const int x = model.add_variable("x", -5, 7, 1.0, VariableType::Binary);
    EXPECT_EQ(model.variables[x].lower, 0.0);
    EXPECT_EQ(model.variables[x].upper, 1.0);
    EXPECT_TRUE(model.has_integers());
}

TEST(Model, ValidateReportsEveryProblem) {
    Model model;
    const int x = model.add_variable("x", 0, kInfinity, std::nan(""));
    model.add_row("r", -kInfinity, 1, {{x, 1.0}, {5, 2.0}});
    model.add_row("s", kInfinity, kInfinity, {});
    EXPECT_EQ(validate(model).size(), 3u);
}

}  // namespace
}  // namespace mealplan::solver

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

TEST(Model, ValidateRefusesACoefficientTooSmallForItsRow) {
    // Minimize -2 y; 1e-20 x + y <= 5: solved as stated it answered 0 instead of -10.
    Model model;
    const int x = model.add_variable("x", 0, 7, 0.0);
    const int y = model.add_variable("y", 0, kInfinity, -2.0);
    model.add_row("r1", -kInfinity, 5, {{x, 1e-20}, {y, 1.0}});
    const auto problems = validate(model);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].find("row r1"), std::string::npos) << problems[0];
    EXPECT_NE(problems[0].find("1e-20 of x"), std::string::npos) << problems[0];
}

TEST(Model, ValidateAcceptsSmallCoefficientsOfOneScale) {
    // Small is not the fault; a spread the arithmetic cannot hold is.
    Model model;
    const int x = model.add_variable("x", 0, 7, 0.0);
    const int y = model.add_variable("y", 0, kInfinity, -2.0);
    model.add_row("r1", -kInfinity, 5e-20, {{x, 1e-20}, {y, 3e-20}});
    model.add_row("r2", -kInfinity, 5, {{x, 1e-9}, {y, 1.0}});
    EXPECT_TRUE(validate(model).empty());
}

}  // namespace
}  // namespace mealplan::solver

#include "integer_rows.hpp"

#include <gtest/gtest.h>

namespace mealplan::solver {
namespace {

Model two_integers() {
    Model model;
    model.add_variable("x", 0, kInfinity, 1.0, VariableType::Integer);
    model.add_variable("y", 0, kInfinity, 0.0, VariableType::Integer);
    return model;
}

TEST(IntegerRows, IntegerCoefficientsOnIntegerVariablesOnly) {
    Model model = two_integers();
    const int z = model.add_variable("z", 0, 1, 0.0);
    EXPECT_TRUE(is_integer_row(model, Row{"r", 1, 1, {{0, 2.0}, {1, -4.0}}}));
    EXPECT_FALSE(is_integer_row(model, Row{"r", 1, 1, {{0, 2.5}, {1, 4.0}}}));
    EXPECT_FALSE(is_integer_row(model, Row{"r", 1, 1, {{0, 2.0}, {z, 4.0}}}));
    EXPECT_FALSE(is_integer_row(model, Row{"r", 1, 1, {}}));
}

TEST(IntegerRows, AnOddRightHandSideWithEvenCoefficientsHasNoValue) {
    EXPECT_TRUE(integer_row_has_no_value(Row{"r", 100000001, 100000001, {{0, 2.0}, {1, 4.0}}}));
    EXPECT_FALSE(integer_row_has_no_value(Row{"r", 100000002, 100000002, {{0, 2.0}, {1, 4.0}}}));
    // 3x + 6y in [4, 5] misses the multiples of 3; [4, 6] holds 6.
    EXPECT_TRUE(integer_row_has_no_value(Row{"r", 4, 5, {{0, 3.0}, {1, 6.0}}}));
    EXPECT_FALSE(integer_row_has_no_value(Row{"r", 4, 6, {{0, 3.0}, {1, 6.0}}}));
    // A one-sided row always holds a multiple.
    EXPECT_FALSE(integer_row_has_no_value(Row{"r", 7, kInfinity, {{0, 2.0}, {1, 4.0}}}));
}

}  // namespace
}  // namespace mealplan::solver

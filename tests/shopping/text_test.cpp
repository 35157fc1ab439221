// The small text helpers of the shopping readers.

#include "shopping/text.hpp"

#include <gtest/gtest.h>

namespace mealplan {
namespace {

TEST(ShoppingText, TrimAndLowercase) {
    EXPECT_EQ(trimmed(" \t cup \r\n"), "cup");
    EXPECT_EQ(trimmed("   "), "");
    EXPECT_EQ(lowercase("Large EGG"), "large egg");
}

TEST(ShoppingText, ParseDecimalTakesPlainNumbersOnly) {
    EXPECT_EQ(parse_decimal("2"), 2.0);
    EXPECT_EQ(parse_decimal("0.5"), 0.5);
    EXPECT_EQ(parse_decimal("-3"), -3.0);
    EXPECT_EQ(parse_decimal("1e3"), 1000.0);
    for (const char* bad : {"", "two", "0x10", "inf", "nan", "1,5", "2 cups", "1e999", "--1"}) {
        EXPECT_EQ(parse_decimal(bad), std::nullopt) << bad;
    }
}

}  // namespace
}  // namespace mealplan

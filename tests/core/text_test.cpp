// The text helpers every reader shares.

#include "core/text.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace mealplan {
namespace {

TEST(Text, TrimAndLowercase) {
    EXPECT_EQ(trimmed(" \t cup \r\n"), "cup");
    EXPECT_EQ(trimmed("   "), "");
    EXPECT_EQ(lowercase("Large EGG"), "large egg");
    EXPECT_EQ(lowercase("Crème"), "crème");  // UTF-8 bytes pass unchanged
}

TEST(Text, EqualIgnoringCase) {
    EXPECT_TRUE(equal_ignoring_case("Dairy and Eggs", "dairy and eggs"));
    EXPECT_FALSE(equal_ignoring_case("dairy", "dairy "));
    EXPECT_FALSE(equal_ignoring_case("eggs", "egg"));
}

TEST(ParseNumber, ReadsPlainDecimalsOnly) {
    EXPECT_EQ(parse_number<double>("2"), 2.0);
    EXPECT_EQ(parse_number<double>("0.5"), 0.5);
    EXPECT_EQ(parse_number<double>(".5"), 0.5);
    EXPECT_EQ(parse_number<double>("-3"), -3.0);
    EXPECT_EQ(parse_number<double>("1e3"), 1000.0);
    for (const char* bad :
         {"", " 2", "2 ", "+2", "two", "0x10", "inf", "nan", "1,5", "2 cups", "1e999", "--1"}) {
        EXPECT_EQ(parse_number<double>(bad), std::nullopt) << bad;
    }
}

TEST(ParseNumber, ReadsWholeNumbersWithinTheirType) {
    EXPECT_EQ(parse_number<int>("28"), 28);
    EXPECT_EQ(parse_number<int>("-1"), -1);
    EXPECT_EQ(parse_number<unsigned>("4294967295"), std::numeric_limits<unsigned>::max());
    for (const char* bad : {"1.5", "1e3", "", "99999999999999999999", "7 days"}) {
        EXPECT_EQ(parse_number<int>(bad), std::nullopt) << bad;
    }
    EXPECT_EQ(parse_number<unsigned>("-1"), std::nullopt);
}

}  // namespace
}  // namespace mealplan

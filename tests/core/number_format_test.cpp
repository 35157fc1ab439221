// Amounts as each output's readers expect them: one function, three rounding rules.

#include "core/number_format.hpp"

#include <gtest/gtest.h>

namespace mealplan {
namespace {

TEST(FormatAmount, ThreeSignificantDigitsAsTheDriTablesPrint) {
    const AmountFormat tables{Decimals::ThreeSignificant, true};
    EXPECT_EQ(format_amount(1000, tables), "1,000");
    EXPECT_EQ(format_amount(12345.6, tables), "12,346");
    EXPECT_EQ(format_amount(320, tables), "320");
    EXPECT_EQ(format_amount(2.4, tables), "2.4");
    EXPECT_EQ(format_amount(0.9, tables), "0.9");
    EXPECT_EQ(format_amount(45.38, tables), "45.4");
    EXPECT_EQ(format_amount(-1500, tables), "-1,500");
}

TEST(FormatAmount, FixedDecimalsByMagnitudeForColumnsOfAmounts) {
    const AmountFormat column{Decimals::FixedByMagnitude, false};
    EXPECT_EQ(format_amount(2.4, column), "2.40");
    EXPECT_EQ(format_amount(0.056, column), "0.06");
    EXPECT_EQ(format_amount(45.38, column), "45.4");
    EXPECT_EQ(format_amount(320, column), "320");
    EXPECT_EQ(format_amount(2300, column), "2300");
    EXPECT_EQ(format_amount(2300, {Decimals::FixedByMagnitude, true}), "2,300");
}

TEST(FormatAmount, ReadableCellsDropDecimalsThatSayNothing) {
    const AmountFormat cell{Decimals::Readable, true};
    EXPECT_EQ(format_amount(1080.4, cell), "1,080");
    EXPECT_EQ(format_amount(1234567, cell), "1,234,567");
    EXPECT_EQ(format_amount(95, cell), "95");
    EXPECT_EQ(format_amount(16.24, cell), "16.2");
    EXPECT_EQ(format_amount(1.44, cell), "1.4");
    EXPECT_EQ(format_amount(0.456, cell), "0.46");
    EXPECT_EQ(format_amount(0.001, cell), "0");
    EXPECT_EQ(format_amount(-0.001, cell), "0");
    EXPECT_EQ(format_amount(-2.5, cell), "-2.5");
}

}  // namespace
}  // namespace mealplan

#include "core/utf8.hpp"

#include <gtest/gtest.h>

namespace mealplan {
namespace {

TEST(Utf8, AcceptsWellFormedText) {
    EXPECT_TRUE(is_valid_utf8(""));
    EXPECT_TRUE(is_valid_utf8("Dairy and eggs"));
    EXPECT_TRUE(
        is_valid_utf8("Jalape\xC3\xB1o \xC2\xB5g \xE2\x96\x88 \xF0\x9F\x8D\x8E"));  // ñ µ █ 🍎
    EXPECT_TRUE(is_valid_utf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF, the last code point
}

TEST(Utf8, RejectsMalformedText) {
    EXPECT_FALSE(is_valid_utf8("\xFF\xFE"));          // never in UTF-8
    EXPECT_FALSE(is_valid_utf8("caf\xE9"));           // Latin-1 é
    EXPECT_FALSE(is_valid_utf8("\xC3"));              // cut short
    EXPECT_FALSE(is_valid_utf8("\xE2\x96"));          // cut short
    EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
    EXPECT_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong '/'
    EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // a surrogate
    EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
    EXPECT_FALSE(is_valid_utf8("\x80"));              // a lone continuation byte
}

TEST(Utf8, EscapedForTerminalKeepsTextAndEscapesControlsAndBrokenBytes) {
    EXPECT_EQ(escaped_for_terminal("16.2 µg — ½ cup\nnext"), "16.2 µg — ½ cup\nnext");
    EXPECT_EQ(escaped_for_terminal("red\x1b[31m\x07"), "red\\x1b[31m\\x07");
    EXPECT_EQ(escaped_for_terminal("bad \xff\xc3 end"), "bad \\xff\\xc3 end");
    EXPECT_EQ(escaped_for_terminal("tab\there\x7f"), "tab\\x09here\\x7f");
}

TEST(Utf8, DisplayWidthCountsCodePointsNotBytes) {
    EXPECT_EQ(display_width("Magnesium"), 9u);
    EXPECT_EQ(display_width("16.2 µg"), 7u);
    EXPECT_EQ(display_width("½ cup — ██"), 10u);
    EXPECT_EQ(display_width(""), 0u);
}

}  // namespace
}  // namespace mealplan

// The CSV reader of every comma-separated file (pantry, prices, DRI tables), and the field
// quoting of written lists.

#include "core/csv.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace mealplan {
namespace {

using ::testing::ElementsAre;

TEST(Csv, SplitsQuotedAndUnquotedFieldsWithTheirLines) {
    const auto rows = parse_csv(
        "food,amount\r\n\"Spinach, raw\",2\n\"say \"\"hi\"\"\",\"two\nlines\"\n\nlast,", "f.csv");
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 4U);
    EXPECT_THAT((*rows)[0].fields, ElementsAre("food", "amount"));
    EXPECT_THAT((*rows)[1].fields, ElementsAre("Spinach, raw", "2"));
    EXPECT_EQ((*rows)[1].line, 2U);
    EXPECT_THAT((*rows)[2].fields, ElementsAre("say \"hi\"", "two\nlines"));
    EXPECT_EQ((*rows)[2].line, 3U);
    EXPECT_THAT((*rows)[3].fields, ElementsAre("last", ""));
    EXPECT_EQ((*rows)[3].line, 6U);  // the quoted line break and the blank line count
}

TEST(Csv, SkipsAByteOrderMark) {
    const auto rows = parse_csv(
        "\xEF\xBB\xBF"
        "food\n",
        "f.csv");
    ASSERT_TRUE(rows.ok());
    EXPECT_THAT((*rows)[0].fields, ElementsAre("food"));
}

TEST(Csv, AnUnclosedQuoteIsAProblemAtItsLine) {
    const auto rows = parse_csv("a,b\n\"open,2\n", "f.csv");
    ASSERT_FALSE(rows.ok());
    EXPECT_EQ(rows.problems()[0].where, "f.csv:2");
    EXPECT_THAT(rows.problems()[0].what, ::testing::HasSubstr("never closed"));
}

TEST(Csv, TextAfterAClosingQuoteIsAProblem) {
    const auto rows = parse_csv("a,b\n\"x\"y,2\n\"z\"w,3\n", "f.csv");
    ASSERT_FALSE(rows.ok());
    ASSERT_EQ(rows.problems().size(), 2U);
    EXPECT_EQ(rows.problems()[0].where, "f.csv:2");
    EXPECT_EQ(rows.problems()[1].where, "f.csv:3");
}

TEST(Csv, FieldsAreQuotedOnlyWhenNeededAndReadBack) {
    EXPECT_EQ(csv_field("spinach"), "spinach");
    EXPECT_EQ(csv_field("Spinach, raw"), "\"Spinach, raw\"");
    EXPECT_EQ(csv_field("3\" dia"), "\"3\"\" dia\"");
    EXPECT_EQ(csv_field(" padded"), "\" padded\"");
    for (const std::string text : {"a,b", "q\"q", "line\r\nbreak", " x ", "", "plain"}) {
        const auto rows = parse_csv(csv_field(text) + ",end\r\n", "f.csv");
        ASSERT_TRUE(rows.ok()) << text;
        EXPECT_THAT((*rows)[0].fields, ElementsAre(text, "end"));
    }
}

TEST(CsvWithHeader, GivesFieldsByColumnName) {
    const auto rows = parse_csv_with_header("nutrient,value\nCalcium,1000\n\n\"Vitamin D\",15\n",
                                            "t.csv", {"nutrient", "value"});
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 2U);
    EXPECT_EQ((*rows)[0]["nutrient"], "Calcium");
    EXPECT_EQ((*rows)[1]["value"], "15");
    EXPECT_EQ((*rows)[1].line, 4U);
    EXPECT_EQ((*rows)[1]["no such column"], "");
}

TEST(CsvWithHeader, ReportsEveryMissingColumnAndEveryShortRow) {
    const auto rows = parse_csv_with_header("nutrient\nCalcium,1000\nIron\nZinc,8,x\n", "t.csv",
                                            {"nutrient", "value", "unit"});
    ASSERT_FALSE(rows.ok());
    std::vector<std::string> texts;
    for (const auto& problem : rows.problems()) texts.push_back(to_string(problem));
    EXPECT_THAT(texts, ElementsAre("t.csv:1: missing column value", "t.csv:1: missing column unit",
                                   "t.csv:2: has 2 fields, the header 1",
                                   "t.csv:4: has 3 fields, the header 1"));
}

TEST(CsvWithHeader, AnEmptyFileIsAProblem) {
    const auto rows = parse_csv_with_header("\n\n", "t.csv", {"nutrient"});
    ASSERT_FALSE(rows.ok());
    EXPECT_EQ(to_string(rows.problems()[0]), "t.csv: empty file");
}

}  // namespace
}  // namespace mealplan

// Building the DRI table from the CSV tables: the committed fixture cut from the real
// tables reproduces its expected dri.json byte for byte; broken tables are reported by
// file and line.

#include "dri/dri_import.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "core/files.hpp"

namespace mealplan {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;

const std::filesystem::path kFixture =
    std::filesystem::path(MEALPLAN_TEST_DIR) / "fixtures/dri-mini";

std::string slurp(const std::filesystem::path& path) {
    auto text = read_file(path);
    if (!text) throw std::runtime_error("cannot read " + path.string());
    return *text;
}

/// A copy of the fixture in a fresh directory, with `edit` applied to one file's text.
std::filesystem::path edited_fixture(const std::string& name, const std::string& file,
                                     const std::function<std::string(std::string)>& edit) {
    const auto dir = std::filesystem::path(::testing::TempDir()) / ("dri-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    for (const auto* each : {kDri2011File, kDri2019File, kAmdrFile}) {
        std::string text = slurp(kFixture / each);
        if (file == each) text = edit(text);
        std::ofstream(dir / each, std::ios::binary) << text;
    }
    return dir;
}

std::vector<std::string> problem_texts(const Problems& problems) {
    std::vector<std::string> texts;
    for (const auto& problem : problems) texts.push_back(to_string(problem));
    return texts;
}

TEST(ImportDri, FixtureReproducesTheCommittedOutputByteForByte) {
    const auto table = import_dri_tables(kFixture);
    ASSERT_TRUE(table.ok()) << to_string(table.problems().front());
    EXPECT_EQ(dri_to_json(*table), slurp(kFixture / "expected_dri.json"));
    const auto again = import_dri_tables(kFixture);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(dri_to_json(*again), dri_to_json(*table));
}

TEST(ImportDri, LeavesOutInfantsAndKeepsTheFixtureGroups) {
    const auto table = import_dri_tables(kFixture);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->life_stages.size(), 3u);
    EXPECT_EQ(table->life_stages[0].label, "Children 4-8 y");
    EXPECT_FALSE(table->life_stages[0].sex.has_value());
    EXPECT_EQ(table->life_stages[1].label, "Females 31-50 y");
    EXPECT_EQ(table->life_stages[2].label, "Pregnancy 19-30 y");
    EXPECT_EQ(table->life_stages[2].condition, LifeStageCondition::Pregnancy);
    const auto& water = table->life_stages[2].nutrients[index(Nutrient::WaterG)];
    EXPECT_EQ(water->min, 3000.0);  // 3.0 L/d
    const auto& calcium = table->life_stages[0].nutrients[index(Nutrient::CalciumMg)];
    EXPECT_EQ(calcium->min, 1000.0);  // the RDA, not the 800 mg EAR
    EXPECT_EQ(calcium->ul, 2500.0);
    const auto& sodium = table->life_stages[0].nutrients[index(Nutrient::SodiumMg)];
    EXPECT_EQ(sodium->min, 1000.0);  // 2019 AI (2011: 1,200)
    EXPECT_EQ(sodium->max, 1500.0);  // CDRR 4-8 y
}

TEST(ImportDri, NamesTheFileAndLineOfABadValue) {
    const auto dir = edited_fixture("bad-value", kDri2011File, [](std::string text) {
        return std::regex_replace(text, std::regex("Calcium,mg/d,1000.0"), "Calcium,mg/d,lots",
                                  std::regex_constants::format_first_only);
    });
    const auto table = import_dri_tables(dir);
    ASSERT_FALSE(table.ok());
    ASSERT_EQ(table.problems().size(), 1u);
    EXPECT_THAT(table.problems()[0].where,
                ::testing::ContainsRegex("/dri_long_2011_IOM.csv:[0-9]+$"));
    EXPECT_THAT(table.problems()[0].what, HasSubstr("lots"));
}

TEST(ImportDri, ReportsEveryBrokenFileAtOnce) {
    auto dir = edited_fixture("missing-column", kDri2011File, [](std::string text) {
        return std::regex_replace(text, std::regex("scope_note"), "scope",
                                  std::regex_constants::format_first_only);
    });
    std::filesystem::remove(dir / kAmdrFile);
    const auto table = import_dri_tables(dir);
    ASSERT_FALSE(table.ok());
    const auto texts = problem_texts(table.problems());
    EXPECT_THAT(texts, Contains(HasSubstr("dri_long_2011_IOM.csv:1: missing column scope_note")));
    EXPECT_THAT(texts, Contains(HasSubstr("amdr_ranges.csv")));
}

TEST(ImportDri, ChecksTheTablesOwnUnitConversion) {
    // Copper is printed in µg/d and converted to mg for SR28: 440 µg is 0.44 mg, not 4.4.
    const auto dir = edited_fixture("conversion", kDri2011File, [](std::string text) {
        return std::regex_replace(text, std::regex("Copper,µg/d,440.0,,312,0.44,mg"),
                                  "Copper,µg/d,440.0,,312,4.4,mg");
    });
    const auto table = import_dri_tables(dir);
    ASSERT_FALSE(table.ok());
    EXPECT_THAT(problem_texts(table.problems()),
                Contains(HasSubstr("value_in_sr28_unit \"4.4\" disagrees")));
}

TEST(ImportDri, ChecksThe2019FileAgainstThe2011Values) {
    const auto dir = edited_fixture("mismatch-2019", kDri2019File, [](std::string text) {
        return std::regex_replace(
            text, std::regex("Females,None,31-50 yr,Potassium,AI,mg/d,2600.0,4700.0"),
            "Females,None,31-50 yr,Potassium,AI,mg/d,2600.0,4500.0");
    });
    const auto table = import_dri_tables(dir);
    ASSERT_FALSE(table.ok());
    EXPECT_THAT(problem_texts(table.problems()),
                Contains(HasSubstr("value_2011_table does not match")));
}

TEST(ImportDri, ASubstitutedUlScopeIsCaught) {
    // A magnesium UL without its "not food" note would wrongly cap magnesium from food.
    const auto dir = edited_fixture("scope", kDri2011File, [](std::string text) {
        return std::regex_replace(
            text,
            std::regex(",\"UL is for pharmacological agents only, not food and water; do not "
                       "apply to food intake\""),
            ",");
    });
    const auto table = import_dri_tables(dir);
    ASSERT_FALSE(table.ok());
    EXPECT_THAT(problem_texts(table.problems()), Contains(HasSubstr("scope_note disagrees")));
}

TEST(ImportDri, RowsWithTheWrongNumberOfFieldsAreReported) {
    const auto dir = edited_fixture("fields", kDri2011File,
                                    [](std::string text) { return text + "7_TULs_Elements,UL\n"; });
    const auto table = import_dri_tables(dir);
    ASSERT_FALSE(table.ok());
    EXPECT_THAT(problem_texts(table.problems()), Contains(HasSubstr("has 2 fields")));
}

}  // namespace
}  // namespace mealplan

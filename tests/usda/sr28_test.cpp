#include "usda/sr28.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../core/problem_matchers.hpp"
#include "core/files.hpp"

namespace mealplan::usda {
namespace {

using testing::has_problem;
using ::testing::HasSubstr;

const std::filesystem::path kFixture =
    std::filesystem::path(MEALPLAN_TEST_DIR) / "fixtures/sr28-mini";

Sr28Files fixture_files() {
    Sr28Files files;
    files.food_des = read_file(kFixture / "FOOD_DES.txt").value();
    files.fd_group = read_file(kFixture / "FD_GROUP.txt").value();
    files.nut_data = read_file(kFixture / "NUT_DATA.txt").value();
    files.nutr_def = read_file(kFixture / "NUTR_DEF.txt").value();
    files.weight = read_file(kFixture / "WEIGHT.txt").value();
    return files;
}

const Sr28Database& fixture() {
    static const Sr28Database database = [] {
        auto result = read_sr28(kFixture);
        if (!result) {
            ADD_FAILURE() << to_string(result.problems().front());
            return Sr28Database{};
        }
        return std::move(result).value();
    }();
    return database;
}

std::optional<double> value_of(const std::string& id, Nutrient nutrient) {
    const Sr28Food* food = fixture().find(id);
    if (food == nullptr) {
        ADD_FAILURE() << id << " not in the fixture";
        return std::nullopt;
    }
    return food->per_100g[index(nutrient)];
}

Problems problems_of(const Sr28Files& files) {
    auto result = parse_sr28(files);
    EXPECT_FALSE(result.ok());
    return result.ok() ? Problems{} : result.problems();
}

TEST(Sr28, ReadsKnownValuesPer100g) {
    EXPECT_EQ(fixture().foods.size(), 8u);
    EXPECT_EQ(value_of("11457", Nutrient::MagnesiumMg), 79.0);
    EXPECT_EQ(value_of("11457", Nutrient::CalciumMg), 99.0);
    EXPECT_EQ(value_of("12061", Nutrient::MagnesiumMg), 270.0);
    EXPECT_EQ(value_of("15236", Nutrient::VitaminDUg), 11.0);
    EXPECT_EQ(value_of("14209", Nutrient::CaffeineMg), 40.0);
    EXPECT_EQ(value_of("01123", Nutrient::VitaminB12Ug), 0.89);
    EXPECT_EQ(value_of("01123", Nutrient::RetinolUg), 160.0);
}

TEST(Sr28, MissingRowIsUnknownNotZero) {
    EXPECT_FALSE(value_of("16223", Nutrient::MagnesiumMg).has_value());
    EXPECT_EQ(value_of("16223", Nutrient::CalciumMg), 140.0);
}

TEST(Sr28, KeepsDescriptionsGroupsAndWeights) {
    const Sr28Food* spinach = fixture().find("11457");
    ASSERT_NE(spinach, nullptr);
    EXPECT_EQ(spinach->long_description, "Spinach, raw");
    EXPECT_EQ(fixture().group_name(spinach->group_code), "Vegetables and Vegetable Products");
    ASSERT_FALSE(spinach->weights.empty());
    EXPECT_EQ(spinach->weights[0].measure, "cup");
    EXPECT_EQ(spinach->weights[0].grams, 30.0);
    const Sr28Food* almonds = fixture().find("12061");
    ASSERT_NE(almonds, nullptr);
    const auto ounce =
        std::find_if(almonds->weights.begin(), almonds->weights.end(),
                     [](const Sr28Weight& w) { return w.measure.rfind("oz", 0) == 0; });
    ASSERT_NE(ounce, almonds->weights.end());
    EXPECT_EQ(ounce->grams, 28.35);
}

TEST(Sr28, ConvertsLatin1ToUtf8) {
    const Sr28Food* meal = fixture().find("22996");
    ASSERT_NE(meal, nullptr);
    ASSERT_EQ(meal->weights.size(), 1u);
    EXPECT_EQ(meal->weights[0].measure,
              "Entr\xC3\xA9"
              "e");
    EXPECT_EQ(latin1_to_utf8("\xB5g"), "\xC2\xB5g");
    EXPECT_EQ(latin1_to_utf8("plain"), "plain");
}

TEST(Sr28, AcceptsBareLineFeeds) {
    Sr28Files files = fixture_files();
    auto strip = [](std::string& text) { std::erase(text, '\r'); };
    strip(files.food_des);
    strip(files.nut_data);
    const auto result = parse_sr28(files);
    ASSERT_TRUE(result.ok()) << to_string(result.problems().front());
    EXPECT_EQ(result->find("11457")->per_100g[index(Nutrient::MagnesiumMg)], 79.0);
}

TEST(Sr28, ReportsFileAndLineOfEachProblem) {
    Sr28Files files = fixture_files();
    files.nut_data =
        "~11457~^~304~^79^^\r\n"                          // too few fields
        "~11457~^~301~^x^4^^~1~^^^^^^^^^^^11/2001^\r\n"   // not a number
        "~1145~^~301~^99^4^^~1~^^^^^^^^^^^11/2001^\r\n"   // 4-digit NDB
        "~99999~^~301~^99^4^^~1~^^^^^^^^^^^11/2001^\r\n"  // not in FOOD_DES
        "~11457~^~301~^99^4^^~1~^^^^^^^^^^^11/2001^\r\n"
        "~11457~^~301~^98^4^^~1~^^^^^^^^^^^11/2001^\r\n"   // second value
        "~11457~^~301~^-1^4^^~1~^^^^^^^^^^^11/2001^\r\n";  // negative
    files.weight =
        "~11457~^1^1^~cup~^0^^\r\n"   // zero grams
        "~11457~^2^1^~cup^30^^\r\n";  // unclosed text field
    const auto problems = problems_of(files);
    EXPECT_TRUE(
        has_problem(problems, "NUT_DATA.txt:1", "expected 18 '^'-separated fields, found 5"));
    EXPECT_TRUE(has_problem(problems, "NUT_DATA.txt:2", "Nutr_Val 'x' is not a number"));
    EXPECT_TRUE(has_problem(problems, "NUT_DATA.txt:3", "NDB_No '1145' is not 5 digits"));
    EXPECT_TRUE(has_problem(problems, "NUT_DATA.txt:4", "'99999' is not in FOOD_DES.txt"));
    EXPECT_TRUE(has_problem(problems, "NUT_DATA.txt:6", "second value of nutrient 301"));
    EXPECT_TRUE(has_problem(problems, "NUT_DATA.txt:7", "Nutr_Val '-1' is not a number ≥ 0"));
    EXPECT_TRUE(has_problem(problems, "WEIGHT.txt:1", "Gm_Wgt '0' is not a number > 0"));
    EXPECT_TRUE(has_problem(problems, "WEIGHT.txt:2", "not closed by '~'"));
}

TEST(Sr28, RefusesAChangedNutrientUnit) {
    Sr28Files files = fixture_files();
    const std::string vitamin_d = "~328~^~\xB5g~";
    const auto at = files.nutr_def.find(vitamin_d);
    ASSERT_NE(at, std::string::npos);
    files.nutr_def.replace(at, vitamin_d.size(), "~328~^~IU~");
    const auto problems = problems_of(files);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_THAT(problems[0].where, HasSubstr("NUTR_DEF.txt:"));
    EXPECT_EQ(problems[0].what, "nutrient 328 is in IU, expected \xC2\xB5g");
}

TEST(Sr28, ReportsUnknownFoodGroupAndMissingNutrientDefinitions) {
    Sr28Files files = fixture_files();
    files.fd_group = "~1100~^~Vegetables and Vegetable Products~\r\n";
    files.nutr_def = "";
    const auto problems = problems_of(files);
    EXPECT_TRUE(has_problem(problems, "FOOD_DES.txt:1", "FdGrp_Cd '0100' is not in FD_GROUP.txt"));
    EXPECT_TRUE(
        has_problem(problems, "NUTR_DEF.txt", "nutrient 304 (magnesium_mg) is not defined"));
}

TEST(Sr28, MissingFileIsNamed) {
    const auto result = read_sr28("/nonexistent/sr28");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.problems().size(), 5u);
    EXPECT_EQ(result.problems().front().where, "/nonexistent/sr28/FOOD_DES.txt");
}

TEST(Sr28, EmptyOrBinaryInputDoesNotCrash) {
    EXPECT_FALSE(parse_sr28(Sr28Files{}).ok());
    Sr28Files files = fixture_files();
    files.weight = std::string("\0\xff^^~\n\r\n^", 9);
    EXPECT_FALSE(parse_sr28(files).ok());
}

}  // namespace
}  // namespace mealplan::usda

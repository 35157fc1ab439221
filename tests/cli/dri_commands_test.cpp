// `mealplan targets` and `mealplan import-dri` end to end, run as a user types them.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "run_command.hpp"

namespace mealplan {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::read_text;
using testing::run_mealplan;

const std::string kFixture = std::string(MEALPLAN_TEST_DIR) + "/fixtures/dri-mini";

TEST(TargetsCommand, JsonForAManOf67ParsesBack) {
    const auto run = run_mealplan({"targets", "--sex", "male", "--age", "67", "--format", "json"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const auto json = nlohmann::json::parse(run.out);
    EXPECT_EQ(json["schema"], "mealplan.targets/1");
    EXPECT_EQ(json["life_stage"], "Males 51-70 y");
    EXPECT_EQ(json["profile"]["sex"], "male");
    EXPECT_EQ(json["energy_kcal"], 2320);
    EXPECT_EQ(json["targets"]["magnesium_mg"]["min"], 420);
    EXPECT_TRUE(json["targets"]["magnesium_mg"]["max"].is_null());
    EXPECT_EQ(json["targets"]["calcium_mg"]["max"], 2000);
    EXPECT_EQ(json["targets"]["vitamin_b6_mg"]["min"], 1.7);
    EXPECT_EQ(json["targets"]["potassium_mg"]["min"], 3400);
}

TEST(TargetsCommand, PregnantMaleIsBadInputWithAClearMessage) {
    const auto run = run_mealplan({"targets", "--sex", "male", "--pregnant"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("mealplan: error: --pregnant: applies to --sex female only"));
    EXPECT_TRUE(run.out.empty());
}

TEST(TargetsCommand, BadNumbersAndCombinationsAreBadInput) {
    auto run = run_mealplan({"targets", "--age", "abc"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("--age: must be a number of years; got 'abc'"));
    run = run_mealplan({"targets", "--kcal", "2000", "--weight-kg", "70"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("--kcal:"));
    run = run_mealplan({"targets", "--format", "yaml"});
    EXPECT_EQ(run.exit_code, 2);
}

TEST(TargetsCommand, TextWithoutOptionsIsForTheReferenceAdult) {
    const auto run = run_mealplan({"targets"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_THAT(run.out, HasSubstr("female, 30 · Females 19-30 y"));
    EXPECT_THAT(run.out, HasSubstr("UL 350 mg applies to supplements only"));
}

TEST(TargetsCommand, ABrokenDriFileIsNamedWithThePlaceInIt) {
    const std::string path = ::testing::TempDir() + "/broken-dri.json";
    std::ofstream(path) << R"({"schema": "mealplan.dri/1", "sources": {}, "life_stages": [1]})";
    const auto run = run_mealplan({"targets", "--dri", path});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr(path + ":/life_stages/0: must be an object"));
}

// The shipped table without the group of the default profile (a woman of 30): the file is
// to blame, not --age, which the user never typed.
TEST(TargetsCommand, ADriFileWithoutTheDefaultGroupIsNamedWithTheMissingGroup) {
    auto table = nlohmann::json::parse(read_text(std::string(MEALPLAN_DATA_DIR) + "/dri.json"));
    auto& stages = table["life_stages"];
    const auto before = stages.size();
    stages.erase(std::remove_if(stages.begin(), stages.end(),
                                [](const auto& stage) { return stage["id"] == "females_19_30"; }),
                 stages.end());
    ASSERT_EQ(stages.size(), before - 1);
    const std::string path = ::testing::TempDir() + "/dri-without-females-19-30.json";
    std::ofstream(path) << table.dump(2);
    for (const std::string command : {"targets", "day"}) {
        const auto run = run_mealplan({"--dri", path, command});
        EXPECT_EQ(run.exit_code, 2) << command;
        EXPECT_THAT(run.err, HasSubstr(path + ": has no life-stage group for a female of 30 years"))
            << command;
        EXPECT_THAT(run.err, Not(HasSubstr("--age:"))) << command;
    }
}

TEST(TargetsCommand, WritesToAFile) {
    const std::string path = ::testing::TempDir() + "/targets.json";
    std::filesystem::remove(path);
    const auto run = run_mealplan({"targets", "--age", "6", "--format", "json", "--out", path});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_TRUE(run.out.empty());
    EXPECT_EQ(nlohmann::json::parse(read_text(path))["life_stage"], "Children 4-8 y");
}

TEST(ImportDriCommand, ReproducesTheFixtureOutputByteForByte) {
    const std::string first = ::testing::TempDir() + "/dri-first.json";
    const std::string second = ::testing::TempDir() + "/dri-second.json";
    auto run = run_mealplan({"import-dri", "--dri-dir", kFixture, "--out", first});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    run = run_mealplan({"import-dri", "--dri-dir", kFixture, "--out", second});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(read_text(first), read_text(kFixture + "/expected_dri.json"));
    EXPECT_EQ(read_text(first), read_text(second));
    // The generated table drives `targets`.
    run =
        run_mealplan({"targets", "--dri", first, "--age", "25", "--pregnant", "--format", "json"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(nlohmann::json::parse(run.out)["targets"]["magnesium_mg"]["min"], 350);
}

TEST(ImportDriCommand, AMissingDirectoryIsBadInput) {
    const auto run = run_mealplan(
        {"import-dri", "--dri-dir", "/nonexistent", "--out", ::testing::TempDir() + "/x.json"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("dri_long_2011_IOM.csv"));
}

}  // namespace
}  // namespace mealplan

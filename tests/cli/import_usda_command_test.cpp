// `mealplan import-usda` end to end on the SR28 fixture.

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "core/files.hpp"
#include "run_command.hpp"

namespace mealplan {
namespace {

using ::testing::HasSubstr;
using testing::run_mealplan;

const std::string kFixture = std::string(MEALPLAN_TEST_DIR) + "/fixtures/sr28-mini";

TEST(ImportUsdaCommand, WritesTheExpectedCatalogueAndRerunReproducesIt) {
    const auto out = std::filesystem::temp_directory_path() /
                     ("mealplan-import-" + std::to_string(::getpid()) + ".json");
    const std::vector<std::string> arguments{
        "import-usda", "--sr28",    kFixture, "--spec", kFixture + "/catalogue-spec.json",
        "--out",       out.string()};
    const auto first = run_mealplan(arguments);
    ASSERT_EQ(first.exit_code, 0) << first.err;
    const std::string expected = read_file(kFixture + "/expected-foods.json").value();
    EXPECT_EQ(read_file(out).value(), expected);
    const auto second = run_mealplan(arguments);
    ASSERT_EQ(second.exit_code, 0) << second.err;
    EXPECT_EQ(read_file(out).value(), expected);
    std::filesystem::remove(out);
}

TEST(ImportUsdaCommand, BadSpecIsBadInputNamingFileAndPointer) {
    const auto run = run_mealplan(
        {"import-usda", "--sr28", kFixture, "--spec", kFixture + "/expected-foods.json"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("expected-foods.json:/schema"));
}

TEST(ImportUsdaCommand, MissingSr28DirectoryIsBadInput) {
    const auto run = run_mealplan(
        {"import-usda", "--sr28", "/nonexistent", "--spec", kFixture + "/catalogue-spec.json"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("/nonexistent/FOOD_DES.txt"));
}

}  // namespace
}  // namespace mealplan

namespace mealplan {
namespace {

TEST(ImportUsdaCommand, AllWritesTheWholeTableGzipped) {
    const auto out = std::filesystem::temp_directory_path() /
                     ("mealplan-import-all-" + std::to_string(::getpid()) + ".tsv.gz");
    const auto run =
        run_mealplan({"import-usda", "--all", "--sr28", kFixture, "--out", out.string()});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(read_file(out).value(), read_file(kFixture + "/expected-sr28-foods.tsv").value());
    std::filesystem::remove(out);
}

TEST(ImportUsdaCommand, WithoutSpecOrAllIsBadInput) {
    const auto run = run_mealplan({"import-usda", "--sr28", kFixture});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("--spec"));
}

}  // namespace
}  // namespace mealplan

// End-to-end tests of the command line as a user types it: help, and every kind of bad
// argument (unknown, missing value, out of range, contradictory) rejected with exit 2, a
// message naming the option, nothing on standard output and no output file.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "run_command.hpp"

namespace mealplan {
namespace {

using ::testing::HasSubstr;
using testing::run_mealplan;

TEST(Cli, HelpExitsZeroAndListsTheCommands) {
    const auto run = run_mealplan({"--help"});
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_NE(run.out.find("week"), std::string::npos);
    EXPECT_NE(run.out.find("foods"), std::string::npos);
}

TEST(Cli, EveryCommandHasHelpThatExitsZero) {
    for (const char* command : {"foods", "targets", "day", "week", "shopping-list", "solve",
                                "import-usda", "import-dri"}) {
        const auto run = run_mealplan({command, "--help"});
        EXPECT_EQ(run.exit_code, 0) << command;
        EXPECT_THAT(run.out, HasSubstr("Usage:")) << command;
        EXPECT_TRUE(run.err.empty()) << command << ": " << run.err;
    }
}

TEST(Cli, UnknownOptionIsBadInputWithAMessage) {
    const auto run = run_mealplan({"foods", "--no-such-option"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("mealplan: error:"), std::string::npos);
}

TEST(Cli, NoCommandIsBadInput) {
    const auto run = run_mealplan({});
    EXPECT_EQ(run.exit_code, 2);
}

struct BadArguments {
    std::vector<std::string> arguments;
    std::string named;  ///< what the message must name
};

std::ostream& operator<<(std::ostream& out, const BadArguments& bad) {
    for (const std::string& argument : bad.arguments) out << argument << ' ';
    return out;
}

class BadCommandLine : public ::testing::TestWithParam<BadArguments> {};

std::filesystem::path out_path(const std::string& name) {
    return std::filesystem::temp_directory_path() /
           ("mealplan_cli_" + std::to_string(::getpid()) + "_" + name);
}

TEST_P(BadCommandLine, IsRejectedWithExit2NamingTheOptionAndWritesNothing) {
    const BadArguments& bad = GetParam();
    const auto fresh = out_path("fresh.txt");
    std::filesystem::remove(fresh);
    // --out right after the command, so that a missing value stays missing.
    std::vector<std::string> arguments = bad.arguments;
    arguments.insert(arguments.begin() + 1, {"--out", fresh.string()});
    const auto run = run_mealplan(arguments);
    EXPECT_EQ(run.exit_code, 2) << run.err;
    EXPECT_THAT(run.err, HasSubstr("mealplan: error:"));
    EXPECT_THAT(run.err, HasSubstr(bad.named));
    EXPECT_TRUE(run.out.empty()) << run.out;
    EXPECT_FALSE(std::filesystem::exists(fresh));
}

TEST_P(BadCommandLine, LeavesAnExistingOutputFileUntouched) {
    const auto existing = out_path("existing.txt");
    { std::ofstream(existing) << "yesterday's plan\n"; }
    std::vector<std::string> arguments = GetParam().arguments;
    arguments.insert(arguments.begin() + 1, {"--out", existing.string()});
    const auto run = run_mealplan(arguments);
    EXPECT_EQ(run.exit_code, 2) << run.err;
    EXPECT_EQ(testing::read_text(existing), "yesterday's plan\n");
    std::filesystem::remove(existing);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadCommandLine,
    ::testing::Values(
        // Contradictory or impossible profiles.
        BadArguments{{"day", "--pregnant", "--sex", "male"}, "--pregnant"},
        BadArguments{{"week", "--lactating", "--sex", "male"}, "--lactating"},
        BadArguments{{"day", "--pregnant", "--lactating"}, "--pregnant"},
        BadArguments{{"day", "--pregnant", "--age", "8"}, "--pregnant"},
        BadArguments{{"day", "--age", "-3"}, "--age"}, BadArguments{{"day", "--age", "0"}, "--age"},
        BadArguments{{"day", "--age", "121"}, "--age"},
        BadArguments{{"day", "--age", "thirty"}, "--age"},
        BadArguments{{"day", "--sex", "other"}, "--sex"},
        BadArguments{{"day", "--kcal", "0"}, "--kcal"},
        BadArguments{{"day", "--kcal", "nan"}, "--kcal"},
        BadArguments{{"day", "--kcal", "1e400"}, "--kcal"},
        BadArguments{{"day", "--weight-kg", "70"}, "--height-cm"},
        BadArguments{{"day", "--weight-kg", "-70", "--height-cm", "170", "--activity", "active"},
                     "--weight-kg"},
        BadArguments{{"day", "--weight-kg", "70", "--height-cm", "170", "--activity", "lazy"},
                     "--activity"},
        // Plan options out of range.
        BadArguments{{"week", "--days", "0"}, "--days"},
        BadArguments{{"week", "--days", "-1"}, "--days"},
        BadArguments{{"week", "--days", "1.5"}, "--days"},
        BadArguments{{"week", "--days", "99999999999999999999"}, "--days"},
        BadArguments{{"week", "--max-repeats", "0"}, "--max-repeats"},
        BadArguments{{"week", "--coverage", "monthly"}, "--coverage"},
        BadArguments{{"week", "--shopping-list", "--people", "1000000"}, "--people"},
        BadArguments{{"week", "--shopping-list", "--people", "0"}, "--people"},
        BadArguments{{"day", "--seed", "-1"}, "--seed"},
        BadArguments{{"day", "--time-limit", "0"}, "--time-limit"},
        BadArguments{{"day", "--time-limit", "inf"}, "--time-limit"},
        BadArguments{{"day", "--gap", "1"}, "--gap"},
        BadArguments{{"day", "--gap", "-0.1"}, "--gap"},
        BadArguments{{"day", "--diet", "carnivore"}, "--diet"},
        BadArguments{{"day", "--avoid", "gluten"}, "--avoid"},
        BadArguments{{"day", "--exclude", "spinnach"}, "spinnach"},
        BadArguments{{"day", "--format", "yaml"}, "--format"},
        BadArguments{{"week", "--format", "htm"}, "--format"},
        BadArguments{{"shopping-list", "--plan", "p.json", "--format", "pdf"}, "--format"},
        BadArguments{{"targets", "--detail"}, "--detail"},
        // CLI11's own parse errors.
        BadArguments{{"day", "--no-such-option"}, "--no-such-option"},
        BadArguments{{"day", "--days", "3"}, "--days"}, BadArguments{{"week", "--days"}, "--days"},
        BadArguments{{"targets", "--age"}, "--age"}, BadArguments{{"shopping-list"}, "--plan"},
        BadArguments{{"shopping-list", "--plan", "/no/such/plan.json"}, "/no/such/plan.json"},
        BadArguments{{"foods", "--source", "unobtainium"}, "unobtainium"},
        BadArguments{{"no-such-command"}, "no-such-command"}));

}  // namespace
}  // namespace mealplan

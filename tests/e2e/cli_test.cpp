// End-to-end tests of the command line as a user types it.

#include <gtest/gtest.h>

#include "run_command.hpp"

namespace mealplan {
namespace {

using testing::run_mealplan;

TEST(Cli, HelpExitsZeroAndListsTheCommands) {
    const auto run = run_mealplan({"--help"});
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_NE(run.out.find("week"), std::string::npos);
    EXPECT_NE(run.out.find("foods"), std::string::npos);
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

}  // namespace
}  // namespace mealplan

// The model `mealplan day --export-lp` writes, solved by glpsol: another solver checks the
// plan's objective and the gap it reports. Slow: glpsol proves the day model's optimum.

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "run_command.hpp"

namespace mealplan {
namespace {

using ::testing::AnyOf;
using ::testing::HasSubstr;
using testing::run_mealplan;

std::filesystem::path temp_path(const std::string& name) {
    return std::filesystem::temp_directory_path() /
           ("mealplan_export_" + std::to_string(::getpid()) + "_" + name);
}

nlohmann::json parse(const std::string& text) {
    return nlohmann::json::parse(text);
}

TEST(DayCommand, ExportedModelSolvedByGlpsolReachesThePlansObjective) {
    const auto lp = temp_path("day.lp");
    const auto solution = temp_path("day.sol");
    // The vegan day keeps the model small enough (about 900 binaries) for glpsol to prove
    // its optimum well inside its limit.
    const auto run = run_mealplan({"day", "--diet", "vegan", "--format", "json", "--gap", "0",
                                   "--time-limit", "5", "--export-lp", lp.string()});
    ASSERT_THAT(run.exit_code, AnyOf(0, 3)) << run.err;
    const auto plan = parse(run.out);
    const std::string command = "glpsol --lp '" + lp.string() + "' --tmlim 60 -o '" +
                                solution.string() + "' > /dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0);
    std::smatch match;
    const std::string body = testing::read_text(solution);
    ASSERT_TRUE(std::regex_search(body, match, std::regex(R"(Objective:\s+\S+ = ([-0-9.eE+]+))")));
    const double glpsol_objective = std::stod(match[1]);
    const double ours = plan["objective"];
    const double gap = plan["gap"];
    // Our plan is a point of the exported model, so glpsol's optimum is never worse; and
    // the gap we report is honest: the optimum lies within it.
    EXPECT_THAT(body, HasSubstr("INTEGER OPTIMAL"));
    EXPECT_LE(glpsol_objective, ours + 1e-6 * std::max(1.0, std::abs(ours)));
    EXPECT_GE(glpsol_objective, ours - gap * std::abs(ours) - 1e-9);
    std::filesystem::remove(lp);
    std::filesystem::remove(solution);
}

TEST(DayCommand, TheDefaultGapIsARealOnePercentOfTheObjective) {
    const auto lp = temp_path("default-day.lp");
    const auto solution = temp_path("default-day.sol");
    // The time limit is a safety net far above what the search needs, so the result does not
    // depend on how busy the machine is.
    const auto run = run_mealplan(
        {"day", "--format", "json", "--time-limit", "600", "--export-lp", lp.string()});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const auto plan = parse(run.out);
    const double ours = plan["objective"];
    const double gap = plan["gap"];
    const double bound = plan["bound"];
    // The gap is relative to the objective itself, and the day plan reaches the default.
    EXPECT_EQ(plan["status"], "optimal");
    EXPECT_LE(gap, 0.01);
    EXPECT_NEAR(gap, (ours - bound) / std::abs(ours), 1e-12);
    const std::string command = "glpsol --lp '" + lp.string() + "' --tmlim 300 -o '" +
                                solution.string() + "' > /dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0);
    std::smatch match;
    const std::string body = testing::read_text(solution);
    ASSERT_TRUE(std::regex_search(body, match, std::regex(R"(Objective:\s+\S+ = ([-0-9.eE+]+))")));
    const double glpsol_objective = std::stod(match[1]);
    // Any plan glpsol finds lies above our bound; a proven optimum also lies within our
    // gap of our plan.
    EXPECT_GE(glpsol_objective, bound - 1e-9);
    if (body.find("INTEGER OPTIMAL") == std::string::npos) {
        GTEST_SKIP() << "glpsol proved no optimum within its limit; its best plan, "
                     << glpsol_objective << ", lies above our bound " << bound;
    }
    EXPECT_LE((ours - glpsol_objective) / std::abs(ours), gap + 1e-9);
    std::filesystem::remove(lp);
    std::filesystem::remove(solution);
}

}  // namespace
}  // namespace mealplan

// End-to-end tests of `mealplan solve`: every status a user can meet, both output formats,
// --out, and the messages for bad files.

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "run_command.hpp"

namespace mealplan {
namespace {

using ::testing::HasSubstr;
using testing::run_mealplan;

std::string fixture(const std::string& name) {
    return std::string(MEALPLAN_TEST_DIR) + "/fixtures/solve/" + name;
}

nlohmann::json solve_json(std::vector<std::string> arguments, int expected_exit = 0) {
    arguments.insert(arguments.begin(), "solve");
    arguments.push_back("--format");
    arguments.push_back("json");
    const auto run = run_mealplan(arguments);
    EXPECT_EQ(run.exit_code, expected_exit) << run.err;
    return nlohmann::json::parse(run.out);
}

TEST(SolveCommand, OptimalLpInText) {
    const auto run = run_mealplan({"solve", fixture("diet.lp"), "--values"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_THAT(run.out, HasSubstr("Status:      optimal"));
    EXPECT_THAT(run.out, HasSubstr("Objective:   0.775"));
    EXPECT_THAT(run.out, HasSubstr("2 rows, 2 variables, 0 integer"));
    EXPECT_THAT(run.out, HasSubstr("oats  0.75"));
    EXPECT_THAT(run.out, HasSubstr("milk  0.5"));
    EXPECT_THAT(run.out, HasSubstr("Iterations:"));
    EXPECT_THAT(run.out, HasSubstr("Nodes:"));
}

TEST(SolveCommand, OptimalLpInJsonHasEveryField) {
    const auto json = solve_json({fixture("diet.lp")});
    EXPECT_EQ(json["status"], "optimal");
    EXPECT_NEAR(json["objective"].get<double>(), 0.775, 1e-9);
    EXPECT_NEAR(json["bound"].get<double>(), 0.775, 1e-9);
    EXPECT_NEAR(json["gap"].get<double>(), 0.0, 1e-9);
    EXPECT_TRUE(json["seconds"].is_number());
    EXPECT_TRUE(json["iterations"].is_number_integer());
    EXPECT_TRUE(json["nodes"].is_number_integer());
    EXPECT_NEAR(json["values"]["oats"].get<double>(), 0.75, 1e-9);
    EXPECT_NEAR(json["values"]["milk"].get<double>(), 0.5, 1e-9);
}

TEST(SolveCommand, InfeasibleIsAnAnswerNotAnError) {
    const auto json = solve_json({fixture("infeasible.lp")});
    EXPECT_EQ(json["status"], "infeasible");
    EXPECT_TRUE(json["objective"].is_null());
    EXPECT_TRUE(json["values"].empty());
}

TEST(SolveCommand, UnboundedFixedMpsWithObjsense) {
    const auto json = solve_json({fixture("unbounded.mps")});
    EXPECT_EQ(json["status"], "unbounded");
    const auto text = run_mealplan({"solve", fixture("unbounded.mps")});
    EXPECT_EQ(text.exit_code, 0);
    EXPECT_THAT(text.out, HasSubstr("Status:      unbounded"));
}

TEST(SolveCommand, MilpSolvedToOptimality) {
    const auto json = solve_json({fixture("knapsack.lp"), "--gap", "0"});
    EXPECT_EQ(json["status"], "optimal");
    EXPECT_NEAR(json["objective"].get<double>(), 546.0, 1e-6);  // glpsol's optimum
}

TEST(SolveCommand, NodeLimitStopsBranchAndBound) {
    const auto json = solve_json({fixture("knapsack.lp"), "--gap", "0", "--node-limit", "1"});
    EXPECT_EQ(json["status"], "node_limit");
    EXPECT_LE(json["nodes"].get<long long>(), 1);
    // The bound stays valid: no plan can beat it.
    EXPECT_GE(json["bound"].get<double>(), 546.0 - 1e-6);
}

TEST(SolveCommand, TimeLimitStopsTheSolve) {
    const auto lp = std::string(MEALPLAN_TEST_DIR) + "/fixtures/netlib/25fv47.mps.gz";
    const auto json = solve_json({lp, "--time-limit", "0"});
    EXPECT_EQ(json["status"], "time_limit");
    EXPECT_TRUE(json["objective"].is_null() || json["objective"].is_number());
}

TEST(SolveCommand, OutWritesTheFileInsteadOfStdout) {
    const auto out = std::filesystem::temp_directory_path() /
                     ("mealplan_solve_out_" + std::to_string(::getpid()) + ".json");
    const auto run = run_mealplan({"solve", fixture("diet.lp"), "--format", "json", "--out", out});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_TRUE(run.out.empty());
    const std::string content = testing::read_text(out);
    std::filesystem::remove(out);
    EXPECT_EQ(nlohmann::json::parse(content)["status"], "optimal");
}

TEST(SolveCommand, BadFileNamesEveryProblemWithItsLine) {
    const auto run = run_mealplan({"solve", fixture("bad.mps"), "--input-format", "free-mps"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("bad.mps:7: unknown row name 'R7' in COLUMNS"));
    EXPECT_THAT(run.err, HasSubstr("bad.mps:9: 'notanumber' is not a number (right-hand side)"));
    EXPECT_TRUE(run.out.empty());
}

TEST(SolveCommand, InputFormatOverridesTheName) {
    // An LP file read as MPS fails; told it is LP, it solves.
    const auto copy = std::filesystem::temp_directory_path() /
                      ("mealplan_solve_" + std::to_string(::getpid()) + ".txt");
    std::filesystem::copy_file(fixture("diet.lp"), copy,
                               std::filesystem::copy_options::overwrite_existing);
    const auto unknown = run_mealplan({"solve", copy});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_THAT(unknown.err, HasSubstr("--input-format"));
    const auto as_lp = run_mealplan({"solve", copy, "--input-format", "lp"});
    std::filesystem::remove(copy);
    EXPECT_EQ(as_lp.exit_code, 0) << as_lp.err;
    EXPECT_THAT(as_lp.out, HasSubstr("optimal"));
}

TEST(SolveCommand, AnEndlessFileIsRefusedAtTheSizeLimit) {
    // /dev/zero never ends: it is refused once 64 MiB were read, naming the limit, rather
    // than after a gigabyte.
    const auto run = run_mealplan({"solve", "/dev/zero", "--input-format", "lp"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("/dev/zero: larger than 67108864 bytes (the limit for a model "
                                   "file, after decompression)"));
}

TEST(SolveCommand, ARowOfAMillionTermsIsRefusedNamingFileAndLine) {
    // 10^6 terms on line 4: refused at the 100,001st, before the rest is read.
    const std::string path = ::testing::TempDir() + "/million-terms.lp";
    {
        std::ofstream out(path);
        out << "Minimize\n obj: x0\nSubject To\n c1: x0";
        for (int i = 1; i < 1'000'000; ++i) out << " + x" << i;
        out << " >= 1\nEnd\n";
    }
    const auto run = run_mealplan({"solve", path});
    std::filesystem::remove(path);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err,
                HasSubstr(path + ":4: a row or the objective has more than 100000 terms (the "
                                 "limit for one row)"));
    EXPECT_EQ(run.out, "");
}

TEST(SolveCommand, ACoefficientTooSmallForItsRowIsRefusedByName) {
    const auto run = run_mealplan({"solve", fixture("tiny_coefficient.lp")});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("tiny_coefficient.lp: row r1: coefficient 1e-20 of x"));
    EXPECT_EQ(run.out, "");
}

TEST(SolveCommand, AnIntegerEqualityNoIntegerPointMeetsIsInfeasible) {
    const auto result = solve_json({fixture("even_sum.lp")});
    EXPECT_EQ(result["status"], "infeasible");
}

TEST(SolveCommand, MissingFileIsBadInput) {
    const auto run = run_mealplan({"solve", "/nonexistent/model.mps"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("/nonexistent/model.mps: cannot open"));
}

TEST(SolveCommand, BadOptionValuesAreBadInput) {
    EXPECT_EQ(run_mealplan({"solve", fixture("diet.lp"), "--format", "xml"}).exit_code, 2);
    EXPECT_EQ(run_mealplan({"solve", fixture("diet.lp"), "--time-limit", "-1"}).exit_code, 2);
    EXPECT_EQ(run_mealplan({"solve"}).exit_code, 2);
}

TEST(SolveCommand, SetChangesAnyRegisteredOption) {
    const auto json = solve_json({fixture("diet.lp"), "--set", "iteration_limit=0"});
    EXPECT_EQ(json["status"], "iteration_limit");
    EXPECT_EQ(json["iterations"], 0);
    const auto tight = solve_json({fixture("diet.lp"), "--set", "simplex.scale=false", "--set",
                                   "simplex.dual_tolerance=1e-12"});
    EXPECT_EQ(tight["status"], "optimal");
}

TEST(SolveCommand, BadSetNamesTheOptionAndItsRange) {
    const auto out_of_range =
        run_mealplan({"solve", fixture("diet.lp"), "--set", "simplex.refactor_interval=0"});
    EXPECT_EQ(out_of_range.exit_code, 2);
    EXPECT_THAT(out_of_range.err, HasSubstr("simplex.refactor_interval"));
    EXPECT_THAT(out_of_range.err, HasSubstr("[1, 10000]"));
    EXPECT_TRUE(out_of_range.out.empty());
    const auto unknown = run_mealplan({"solve", fixture("diet.lp"), "--set", "no.such=1"});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_THAT(unknown.err, HasSubstr("unknown option no.such"));
    EXPECT_EQ(run_mealplan({"solve", fixture("diet.lp"), "--set", "verbosity"}).exit_code, 2);
}

TEST(SolveCommand, HelpListsEveryOptionWithDefaultAndRange) {
    const auto run = run_mealplan({"solve", "--help"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_THAT(run.out, HasSubstr("simplex.dual_tolerance"));
    EXPECT_THAT(run.out, HasSubstr("mip.strong_candidates"));
    EXPECT_THAT(run.out, HasSubstr("[1, 10000]"));
}

TEST(SolveCommand, VerboseLogsToStderrOnly) {
    const auto quiet = run_mealplan({"solve", fixture("knapsack.lp"), "--format", "json"});
    EXPECT_TRUE(quiet.err.empty()) << quiet.err;
    const auto verbose =
        run_mealplan({"solve", fixture("knapsack.lp"), "--format", "json", "--verbose"});
    ASSERT_EQ(verbose.exit_code, 0) << verbose.err;
    EXPECT_THAT(verbose.err, HasSubstr("mip: root LP"));
    EXPECT_EQ(nlohmann::json::parse(verbose.out)["status"], "optimal");
}

}  // namespace
}  // namespace mealplan

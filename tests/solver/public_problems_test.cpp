// The solver on public problems nobody here wrote: Netlib LPs and MIPLIB 3 MILPs, read from
// their original MPS files (tests/fixtures/netlib, tests/fixtures/miplib3), each solved to
// its known optimum within 1e-6 relative. The optima and their sources are in the
// README.md and optima.txt of each fixture directory.
//
// Each problem in optima.txt is marked `all` or `release`. This file builds twice
// (tests/solver/CMakeLists.txt): with MEALPLAN_SLOW_PUBLIC_PROBLEMS=0 it solves the `all`
// problems, a quick, representative subset (ctest label `unit`); with 1 the `release` ones,
// which take seconds to minutes (label `slow`). Sanitizer builds (compiled with
// MEALPLAN_SANITIZED=1) skip the `release` problems with a message: they run in the release build.

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "solver/mps.hpp"
#include "solver/solve.hpp"

#ifndef MEALPLAN_SANITIZED
#define MEALPLAN_SANITIZED 0
#endif
#ifndef MEALPLAN_SLOW_PUBLIC_PROBLEMS
#define MEALPLAN_SLOW_PUBLIC_PROBLEMS 0
#endif

namespace mealplan::solver {
namespace {

struct PublicProblem {
    std::string set;   ///< "netlib" or "miplib3"
    std::string name;  ///< file name without .mps.gz
    double optimum = 0.0;
    bool release_only = false;
};

/// Names the problem in test output instead of dumping its bytes.
void PrintTo(const PublicProblem& problem, std::ostream* out) {
    *out << problem.set << "/" << problem.name << " (optimum " << problem.optimum << ")";
}

/// Reads `<set>/optima.txt`: "name optimum all|release" per line, '#' comments.
std::vector<PublicProblem> load_problems(const std::string& set) {
    std::vector<PublicProblem> problems;
    std::ifstream in(std::string(MEALPLAN_TEST_DIR) + "/fixtures/" + set + "/optima.txt");
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line.front() == '#') continue;
        std::istringstream fields(line);
        PublicProblem problem;
        std::string tier;
        problem.set = set;
        if (fields >> problem.name >> problem.optimum >> tier) {
            problem.release_only = tier == "release";
            problems.push_back(problem);
        }
    }
    return problems;
}

/// The problems of `set` in this build's tier.
std::vector<PublicProblem> problems_of_tier(const std::string& set) {
    std::vector<PublicProblem> problems;
    for (const PublicProblem& problem : load_problems(set)) {
        if (problem.release_only == static_cast<bool>(MEALPLAN_SLOW_PUBLIC_PROBLEMS)) {
            problems.push_back(problem);
        }
    }
    return problems;
}

std::string test_name(const ::testing::TestParamInfo<PublicProblem>& info) {
    std::string name = info.param.name;
    for (auto& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    }
    return name;
}

class PublicProblems : public ::testing::TestWithParam<PublicProblem> {};

TEST_P(PublicProblems, SolvesToTheKnownOptimum) {
    const PublicProblem& problem = GetParam();
    if (MEALPLAN_SANITIZED && problem.release_only) {
        GTEST_SKIP() << problem.name << " runs in the release build only (too slow under ASan)";
    }
    const std::string path = std::string(MEALPLAN_TEST_DIR) + "/fixtures/" + problem.set + "/" +
                             problem.name + ".mps.gz";
    const ModelReading reading = read_mps_file(path, MpsFormat::Fixed);
    ASSERT_TRUE(reading.ok()) << (reading.errors.empty() ? "" : to_string(reading.errors[0]));

    SolveOptions options;
    options.relative_gap = 1e-9;
    // A safety net against a hang, far above the release-build solve times.
    options.time_limit_seconds = 600;
    const SolveResult result = solve(*reading.model, options);
    ASSERT_EQ(result.model_status, ModelStatus::Optimal) << to_string(result.model_status);
    EXPECT_NEAR(result.objective, problem.optimum, 1e-6 * std::max(1.0, std::abs(problem.optimum)));
}

INSTANTIATE_TEST_SUITE_P(Netlib, PublicProblems, ::testing::ValuesIn(problems_of_tier("netlib")),
                         test_name);
INSTANTIATE_TEST_SUITE_P(Miplib3, PublicProblems, ::testing::ValuesIn(problems_of_tier("miplib3")),
                         test_name);

#if !MEALPLAN_SLOW_PUBLIC_PROBLEMS
TEST(PublicProblemFixtures, EveryListedFileIsThere) {
    for (const std::string set : {"netlib", "miplib3"}) {
        const auto problems = load_problems(set);
        EXPECT_FALSE(problems.empty()) << set;
        for (const auto& problem : problems) {
            std::ifstream file(std::string(MEALPLAN_TEST_DIR) + "/fixtures/" + set + "/" +
                               problem.name + ".mps.gz");
            EXPECT_TRUE(file.good()) << set << "/" << problem.name;
        }
    }
}

#endif

}  // namespace
}  // namespace mealplan::solver

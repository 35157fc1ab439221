#include "solver/options.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "solver/solve.hpp"
#include "special_problems.hpp"

namespace mealplan::solver {
namespace {

TEST(OptionRegistry, EveryOptionHasAUniqueNameADescriptionAndADefaultInItsRange) {
    std::set<std::string> names;
    for (const OptionInfo& option : option_registry()) {
        EXPECT_TRUE(names.insert(std::string(option.name)).second) << option.name;
        EXPECT_FALSE(option.description.empty()) << option.name;
        EXPECT_LE(option.minimum, option.default_value) << option.name;
        EXPECT_LE(option.default_value, option.maximum) << option.name;
    }
    EXPECT_TRUE(validate(SolveOptions{}).empty());
}

TEST(OptionRegistry, ReportsTheDefaultsOfSolveOptions) {
    const SolveOptions defaults;
    EXPECT_EQ(option_value(defaults, "relative_gap"), defaults.relative_gap);
    EXPECT_EQ(option_value(defaults, "simplex.refactor_interval"),
              defaults.simplex.refactor_interval);
    EXPECT_EQ(option_value(defaults, "mip.strong_candidates"), defaults.mip.strong_candidates);
    EXPECT_EQ(option_value(defaults, "cuts.rounds"), defaults.cuts.rounds);
    EXPECT_EQ(option_value(defaults, "simplex.scale"), 1.0);
    EXPECT_FALSE(option_value(defaults, "no.such.option").has_value());
}

TEST(OptionRegistry, SetsEachTypeFromText) {
    SolveOptions options;
    EXPECT_FALSE(set_option(options, "simplex.scale", "false"));
    EXPECT_FALSE(options.simplex.scale);
    EXPECT_FALSE(set_option(options, "mip.dive_every", "32"));
    EXPECT_EQ(options.mip.dive_every, 32);
    EXPECT_FALSE(set_option(options, "cuts.minimum_efficacy", "1e-4"));
    EXPECT_EQ(options.cuts.minimum_efficacy, 1e-4);
    EXPECT_FALSE(set_option(options, "time_limit", "inf"));
    EXPECT_EQ(options.time_limit_seconds, kInfinity);
    EXPECT_FALSE(set_option(options, "node_limit", "-1"));
    EXPECT_EQ(options.node_limit, -1);
}

TEST(OptionRegistry, RefusesABadValueNamingTheOptionAndItsRange) {
    SolveOptions options;
    const auto out_of_range = set_option(options, "simplex.refactor_interval", "0");
    ASSERT_TRUE(out_of_range.has_value());
    EXPECT_NE(out_of_range->find("simplex.refactor_interval"), std::string::npos) << *out_of_range;
    EXPECT_NE(out_of_range->find("[1, 10000]"), std::string::npos) << *out_of_range;
    EXPECT_EQ(options.simplex.refactor_interval, SolveOptions{}.simplex.refactor_interval);

    EXPECT_TRUE(set_option(options, "mip.dive_every", "2.5").has_value());  // not whole
    EXPECT_TRUE(set_option(options, "relative_gap", "nan").has_value());
    EXPECT_TRUE(set_option(options, "relative_gap", "0.1x").has_value());
    EXPECT_TRUE(set_option(options, "simplex.scale", "maybe").has_value());
    const auto unknown = set_option(options, "simplex.no_such_thing", "1");
    ASSERT_TRUE(unknown.has_value());
    EXPECT_NE(unknown->find("unknown option simplex.no_such_thing"), std::string::npos);
}

TEST(OptionRegistry, SolveRefusesOptionsOutOfRange) {
    SolveOptions options;
    options.simplex.refactor_interval = 0;
    options.relative_gap = -1.0;
    const std::vector<std::string> problems = validate(options);
    ASSERT_EQ(problems.size(), 2u);
    const SolveResult result = solve(special::small_maximisation(), options);
    EXPECT_EQ(result.call_status, CallStatus::InvalidOptions);
    EXPECT_EQ(result.model_status, ModelStatus::NotSolved);
    EXPECT_FALSE(result.has_solution);
    EXPECT_EQ(result.problems, problems);
}

TEST(OptionRegistry, ASetOptionReachesTheSolve) {
    SolveOptions no_iterations;
    ASSERT_FALSE(set_option(no_iterations, "iteration_limit", "0"));
    EXPECT_EQ(solve(special::small_maximisation(), no_iterations).model_status,
              ModelStatus::IterationLimit);
}

}  // namespace
}  // namespace mealplan::solver

#include "solver/solve_report.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "solver/options.hpp"
#include "special_problems.hpp"

namespace mealplan::solver {
namespace {

TEST(SolveReport, TextNamesTheStatusObjectiveAndNonzeroValues) {
    const Model model = special::small_maximisation();
    const SolveResult result = solve(model);
    ASSERT_EQ(result.model_status, ModelStatus::Optimal);
    const std::string text = render_solve_text(model, result, "small.lp", true);
    EXPECT_NE(text.find("Problem:     small.lp (" + std::to_string(model.row_count()) + " rows, " +
                        std::to_string(model.variable_count()) + " variables, 0 integer)"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("Status:      optimal\n"), std::string::npos) << text;
    EXPECT_NE(text.find("Objective:   11\n"), std::string::npos) << text;
    EXPECT_NE(text.find("Nonzero values:\n"), std::string::npos) << text;
}

TEST(SolveReport, JsonHasNoBoundForAnInfeasibleModel) {
    const Model model = special::infeasible_rows();
    const SolveResult result = solve(model);
    const auto json = nlohmann::json::parse(render_solve_json(model, result, "bad.lp"));
    EXPECT_EQ(json["schema"], "mealplan.solve/1");
    EXPECT_EQ(json["status"], "infeasible");
    EXPECT_TRUE(json["bound"].is_null());
    EXPECT_TRUE(json["objective"].is_null());
    EXPECT_TRUE(json["values"].empty());
}

TEST(SolveReport, AFailedCallIsReportedByItsCallStatus) {
    SolveResult result;
    result.call_status = CallStatus::NumericalError;
    result.model_status = ModelStatus::NotSolved;
    EXPECT_EQ(status_word(result), "numerical_error");
    result.call_status = CallStatus::Ok;
    result.model_status = ModelStatus::IterationLimit;
    EXPECT_EQ(status_word(result), "iteration_limit");
}

TEST(SolveReport, OptionTableListsEveryOptionWithItsDefaultAndRange) {
    const std::string table = render_option_table();
    for (const OptionInfo& option : option_registry()) {
        const std::string line_start = "  " + std::string(option.name) + " ";
        const auto at = table.find(line_start);
        ASSERT_NE(at, std::string::npos) << option.name;
        const std::string line = table.substr(at, table.find('\n', at) - at);
        EXPECT_NE(line.find(format_option_value(option.type, option.default_value)),
                  std::string::npos)
            << line;
        EXPECT_NE(line.find(format_option_range(option)), std::string::npos) << line;
        EXPECT_NE(line.find(std::string(option.description)), std::string::npos) << line;
    }
}

}  // namespace
}  // namespace mealplan::solver

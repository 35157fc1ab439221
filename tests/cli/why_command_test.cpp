// `mealplan why` run as a user would: a plan written as JSON, then asked why one of its
// foods or dishes is there. The answer comes from planning the same request without it.

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "run_command.hpp"

namespace mealplan {
namespace {

using ::testing::HasSubstr;
using testing::run_mealplan;

std::filesystem::path scratch_dir() {
    const auto dir =
        std::filesystem::temp_directory_path() / ("mealplan_why_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return dir;
}

/// A day plan written once for every test of this file (a short time limit keeps it cheap;
/// the plan records it, so asking why plans with it too). A plan with a shortfall will do:
/// `why` answers for it as well.
class WhyCommand : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        plan_path_ = (scratch_dir() / "day.json").string();
        const auto run =
            run_mealplan({"day", "--time-limit", "2", "--format", "json", "--out", plan_path_});
        if (run.exit_code != 0 && run.exit_code != 3) {
            setup_error_ = "mealplan day exited " + std::to_string(run.exit_code) + ": " + run.err;
            return;
        }
        plan_ = nlohmann::json::parse(testing::read_text(plan_path_));
    }
    // A failure in SetUpTestSuite would skip the tests; each test fails on it instead.
    void SetUp() override { ASSERT_TRUE(setup_error_.empty()) << setup_error_; }
    static void TearDownTestSuite() { std::filesystem::remove_all(scratch_dir()); }

    /// The food giving the day most of `nutrient`.
    static nlohmann::json top_source(const std::string& nutrient) {
        return plan_["days"][0]["sources"][nutrient][0];
    }

    static inline std::string plan_path_;
    static inline std::string setup_error_;
    static inline nlohmann::json plan_;
};

TEST_F(WhyCommand, ThePlanRecordsTheRequestItAnswers) {
    ASSERT_TRUE(plan_.contains("request"));
    EXPECT_EQ(plan_["request"]["days"], 1);
    EXPECT_EQ(plan_["request"]["time_limit_seconds"], 2.0);
    EXPECT_EQ(plan_["request"]["profile"]["sex"], "female");
    EXPECT_TRUE(plan_["request"]["profile"]["energy_kcal"].is_null());
}

TEST_F(WhyCommand, AFoodsAnswerIsThePlanWithoutItSetBesideThePlan) {
    const auto source = top_source("vitamin_d_ug");
    const std::string food_id = source["food_id"];
    const auto run = run_mealplan({"why", "--plan", plan_path_, food_id, "--format", "json"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const auto answer = nlohmann::json::parse(run.out);
    EXPECT_EQ(answer["schema"], "mealplan.why/1");
    EXPECT_EQ(answer["kind"], "food");
    EXPECT_EQ(answer["id"], food_id);
    // It is served where the plan serves it.
    ASSERT_FALSE(answer["places"].empty());
    for (const auto& place : answer["places"]) EXPECT_EQ(place["day"], 1);
    // Every drop starts from the plan's own day, and what takes its place is never itself.
    for (const auto& drop : answer["drops"]) {
        const double before = plan_["days"][0]["totals"][drop["nutrient"].get<std::string>()];
        EXPECT_NEAR(drop["before"].get<double>(), before, 1e-6 * std::max(1.0, before));
        EXPECT_LT(drop["after"].get<double>(), drop["before"].get<double>());
    }
    for (const auto& food : answer["replaced_by"]) EXPECT_NE(food["food_id"], food_id);
    EXPECT_GT(answer["meals_changed"].get<int>(), 0);
    EXPECT_NEAR(answer["objective_with"].get<double>(), plan_["objective"].get<double>(), 1e-12);
}

TEST_F(WhyCommand, ADishIsFoundByNameAndItsMealsAreNamed) {
    const auto& meal = plan_["days"][0]["meals"][0];
    const std::string name = meal["dish"];
    const auto run = run_mealplan({"why", "--plan", plan_path_, name});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_THAT(run.out, HasSubstr("Why " + name + " (dish " + meal["dish_id"].get<std::string>()));
    EXPECT_THAT(run.out, HasSubstr("Served: Day 1 " + meal["slot"].get<std::string>()));
    EXPECT_THAT(run.out, HasSubstr("Without it (planned again with the same request"));
}

TEST_F(WhyCommand, AFoodNotInThePlanIsRefused) {
    // The first of a few catalogue foods (chia seeds, Atlantic salmon, broccoli, tofu) that
    // the plan does not serve.
    std::set<std::string> served;
    for (const auto& meal : plan_["days"][0]["meals"]) {
        for (const auto& item : meal["items"]) served.insert(item["food_id"].get<std::string>());
    }
    std::string absent;
    for (const char* id : {"12006", "15236", "11090", "16427"}) {
        if (served.count(id) == 0) {
            absent = id;
            break;
        }
    }
    ASSERT_FALSE(absent.empty()) << "the plan serves every candidate";
    const auto run = run_mealplan({"why", "--plan", plan_path_, absent});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("is not in the plan"));
    EXPECT_TRUE(run.out.empty());
}

TEST_F(WhyCommand, APlanFileWithoutItsRequestIsRefusedAtThatPlace) {
    nlohmann::json old = plan_;
    old.erase("request");
    const std::string path = (scratch_dir() / "old.json").string();
    std::ofstream(path) << old.dump();
    const auto run = run_mealplan({"why", "--plan", path, "salt"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr(path + ":/request: missing"));
}

TEST_F(WhyCommand, ABrokenPlanFileIsNamed) {
    const std::string path = (scratch_dir() / "broken.json").string();
    std::ofstream(path) << "{\"schema\": \"mealplan.plan/1\", \"days\": [";
    const auto run = run_mealplan({"why", "--plan", path, "salt"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr(path));
}

}  // namespace
}  // namespace mealplan

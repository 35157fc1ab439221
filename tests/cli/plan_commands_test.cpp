// `mealplan day` and `mealplan week` as a user runs them, on the shipped data.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "run_command.hpp"

namespace mealplan {
namespace {

using ::testing::AnyOf;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::run_mealplan;

nlohmann::json parse(const std::string& text) {
    return nlohmann::json::parse(text);
}

std::filesystem::path temp_path(const std::string& name) {
    return std::filesystem::temp_directory_path() /
           ("mealplan_plan_e2e_" + std::to_string(::getpid()) + "_" + name);
}

/// Every dish id of `plan`, day by day.
std::vector<std::vector<std::string>> dishes_by_day(const nlohmann::json& plan) {
    std::vector<std::vector<std::string>> days;
    for (const auto& day : plan["days"]) {
        std::vector<std::string> dishes;
        for (const auto& meal : day["meals"]) {
            if (meal.contains("dish_id")) dishes.push_back(meal["dish_id"]);
        }
        days.push_back(std::move(dishes));
    }
    return days;
}

TEST(WeekCommand, DefaultWeekMeetsEveryTargetForTheReferenceAdult) {
    const auto run = run_mealplan({"week", "--format", "json"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const auto plan = parse(run.out);
    EXPECT_EQ(plan["schema"], "mealplan.plan/1");
    EXPECT_THAT(plan["status"], AnyOf("optimal", "feasible"));
    EXPECT_TRUE(plan["shortfalls"].empty()) << plan["shortfalls"].dump();
    ASSERT_EQ(plan["days"].size(), 7u);
    const auto days = dishes_by_day(plan);
    std::map<std::string, int> times;
    for (std::size_t d = 0; d < days.size(); ++d) {
        EXPECT_EQ(days[d].size(), 4u) << "day " << d + 1;
        for (const std::string& dish : days[d]) {
            ++times[dish];
            EXPECT_EQ(std::count(days[d].begin(), days[d].end(), dish), 1) << dish;
            if (d > 0) {
                EXPECT_EQ(std::count(days[d - 1].begin(), days[d - 1].end(), dish), 0)
                    << dish << " on days " << d << " and " << d + 1;
            }
        }
    }
    for (const auto& [dish, count] : times) EXPECT_LE(count, 2) << dish;
}

TEST(WeekCommand, SameSeedSamePlanAnotherSeedAnotherPlan) {
    // A week's search works to fixed budgets, so the plan never depends on the clock.
    const auto a = run_mealplan({"week", "--days", "3", "--seed", "5", "--format", "json"});
    const auto b = run_mealplan({"week", "--days", "3", "--seed", "5", "--format", "json"});
    const auto c = run_mealplan({"week", "--days", "3", "--seed", "6", "--format", "json"});
    ASSERT_EQ(a.exit_code, 0) << a.err;
    ASSERT_EQ(c.exit_code, 0) << c.err;
    EXPECT_EQ(parse(a.out)["days"], parse(b.out)["days"]);
    EXPECT_NE(dishes_by_day(parse(a.out)), dishes_by_day(parse(c.out)));
}

TEST(WeekCommand, ATimeLimitTooShortToSearchStillGivesAFirstPlan) {
    // The time limit bounds the search for better plans, not the first plan.
    const auto run = run_mealplan({"week", "--time-limit", "1e-9", "--format", "json"});
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(parse(run.out)["status"], "feasible");
    EXPECT_EQ(parse(run.out)["days"].size(), 7u);
}

TEST(WeekCommand, BadValuesAreBadInputNamingTheOption) {
    for (const auto& [args, option] : std::vector<std::pair<std::vector<std::string>, std::string>>{
             {{"week", "--days", "0"}, "--days"},
             {{"week", "--max-repeats", "0"}, "--max-repeats"},
             {{"week", "--coverage", "monthly"}, "--coverage"},
             {{"day", "--diet", "carnivore"}, "--diet"},
             {{"day", "--avoid", "gluten"}, "--avoid"},
             {{"day", "--time-limit", "-1"}, "--time-limit"}}) {
        const auto run = run_mealplan(args);
        EXPECT_EQ(run.exit_code, 2) << option;
        EXPECT_THAT(run.err, HasSubstr(option));
        EXPECT_TRUE(run.out.empty());
    }
}

TEST(DayCommand, UnknownExclusionSuggestsTheClosestNames) {
    const auto run = run_mealplan({"day", "--exclude", "spinnach"});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("did you mean"));
    EXPECT_THAT(run.err, HasSubstr("pinach"));
}

TEST(DayCommand, ExcludedFoodsNeverAppear) {
    const auto run = run_mealplan(
        {"day", "--exclude", "spinach,eggs", "--exclude", "nuts and seeds", "--format", "json"});
    ASSERT_THAT(run.exit_code, AnyOf(0, 3)) << run.err;
    const auto plan = parse(run.out);
    for (const auto& meal : plan["days"][0]["meals"]) {
        for (const auto& item : meal["items"]) {
            const std::string name = item["name"];
            EXPECT_EQ(name.find("Spinach"), std::string::npos) << name;
            EXPECT_EQ(name.find("Egg"), std::string::npos) << name;
        }
    }
}

/// The diagnosis entry of `nutrient` in `plan`, or null.
nlohmann::json diagnosis_of(const nlohmann::json& plan, const std::string& nutrient) {
    for (const auto& diagnosis : plan["diagnosis"]) {
        if (diagnosis["nutrient"] == nutrient) return diagnosis;
    }
    return nullptr;
}

/// Ids of the shipped foods with at least `mg` magnesium per 100 g.
std::vector<std::string> foods_with_magnesium_from(double mg) {
    std::ifstream in(std::string(MEALPLAN_DATA_DIR) + "/foods.json");
    const auto catalogue = nlohmann::json::parse(in);
    std::vector<std::string> ids;
    for (const auto& food : catalogue["foods"]) {
        const auto& value = food["nutrients"]["magnesium_mg"];
        if (value.is_number() && value.get<double>() >= mg) ids.push_back(food["id"]);
    }
    return ids;
}

std::string comma_joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : ",") + item;
    return out;
}

TEST(DayCommand, ExcludingEveryMagnesiumRichFoodIsAShortfallWhoseNamedFixWorks) {
    // 12 mg per 100 g is 3 % of the Daily Value: well over half the catalogue. At 20 mg
    // the dishes that keep going without an excluded garnish still cover magnesium.
    const std::vector<std::string> excluded = foods_with_magnesium_from(12.0);
    ASSERT_GT(excluded.size(), 100u);
    const auto run = run_mealplan({"day", "--exclude", comma_joined(excluded), "--format", "json"});
    ASSERT_EQ(run.exit_code, 3) << run.err;
    const auto plan = parse(run.out);
    ASSERT_TRUE(plan["shortfalls"].contains("magnesium_mg")) << plan["shortfalls"].dump();
    EXPECT_GT(plan["shortfalls"]["magnesium_mg"].get<double>(), 0.0);
    for (const auto& meal : plan["days"][0]["meals"]) {
        for (const auto& item : meal["items"]) {
            EXPECT_EQ(std::count(excluded.begin(), excluded.end(), item["food_id"]), 0)
                << item["name"];
        }
    }
    const auto diagnosis = diagnosis_of(plan, "magnesium_mg");
    ASSERT_TRUE(diagnosis.is_object()) << plan["diagnosis"].dump();
    EXPECT_THAT(diagnosis["blockers"].dump(), HasSubstr("excluded: "));
    // The first fix names an excluded food by id; its command, run as given, closes the gap.
    const std::string label = diagnosis["fixes"][0]["label"];
    EXPECT_TRUE(std::regex_search(label, std::regex(R"(^allow .*\((\d{5})\)$)"))) << label;
    std::vector<std::string> argv = diagnosis["fixes"][0]["argv"];
    ASSERT_GE(argv.size(), 2u);
    argv.erase(argv.begin());
    const auto fixed = run_mealplan(argv);
    ASSERT_THAT(fixed.exit_code, AnyOf(0, 3)) << fixed.err;
    EXPECT_FALSE(parse(fixed.out)["shortfalls"].contains("magnesium_mg"));
}

TEST(DayCommand, VeganWithoutFortifiedFoodsIsAShortfallWithADiagnosis) {
    const auto run =
        run_mealplan({"day", "--diet", "vegan", "--format", "json", "--exclude",
                      "fortified,cereal,mushrooms,almond milk,rice milk,orange juice,tempeh"});
    ASSERT_EQ(run.exit_code, 3) << run.err;
    const auto plan = parse(run.out);
    EXPECT_EQ(plan["status"], "shortfall");
    ASSERT_EQ(plan["days"].size(), 1u);
    EXPECT_TRUE(plan["shortfalls"].contains("vitamin_d_ug")) << plan["shortfalls"].dump();
    EXPECT_TRUE(diagnosis_of(plan, "vitamin_d_ug").is_object()) << plan["diagnosis"].dump();
    EXPECT_THAT(plan["diagnosis"].dump(), HasSubstr("--allow-supplements"));
}

TEST(DayCommand, SameSeedSamePlan) {
    // Both searches must end on the gap, not on the clock, so that the comparison does not
    // depend on how busy the machine is: a wide gap ends them soon, a generous limit
    // keeps the clock out of it even under the sanitizers.
    const std::vector<std::string> arguments{"day",          "--seed", "7",        "--gap", "0.5",
                                             "--time-limit", "600",    "--format", "json"};
    const auto a = run_mealplan(arguments);
    const auto b = run_mealplan(arguments);
    ASSERT_THAT(a.exit_code, AnyOf(0, 3));
    EXPECT_EQ(parse(a.out)["days"], parse(b.out)["days"]);
}

/// `text`, plan JSON, without its wall time: every other byte of a plan is the same in
/// every run of the same request.
std::string without_seconds(const std::string& text) {
    nlohmann::ordered_json plan = nlohmann::ordered_json::parse(text);
    plan.erase("seconds");
    return plan.dump(2);
}

TEST(PlanJson, IsTheSameBytesForTheSameSeedInTwoRuns) {
    // Two processes, so that nothing carried in memory (a cache, an address) can make them
    // agree; a week's search works to fixed budgets once the clock is out of it.
    const auto lp_a = temp_path("a.lp");
    const auto lp_b = temp_path("b.lp");
    // A generous limit keeps the clock out of the searches after the day models even under
    // the sanitizers.
    const auto a = run_mealplan({"week", "--days", "3", "--seed", "4", "--time-limit", "600",
                                 "--format", "json", "--export-lp", lp_a.string()});
    const auto b = run_mealplan({"week", "--days", "3", "--seed", "4", "--time-limit", "600",
                                 "--format", "json", "--export-lp", lp_b.string()});
    ASSERT_THAT(a.exit_code, AnyOf(0, 3)) << a.err;
    ASSERT_THAT(b.exit_code, AnyOf(0, 3)) << b.err;
    EXPECT_EQ(without_seconds(a.out), without_seconds(b.out));
    const std::string model_a = testing::read_text(lp_a);
    EXPECT_FALSE(model_a.empty());
    EXPECT_EQ(model_a, testing::read_text(lp_b));  // the model solved, byte for byte
    std::filesystem::remove(lp_a);
    std::filesystem::remove(lp_b);
}

TEST(WeekCommand, TooFewDishesForTheVarietyRulesSaysWhichSlot) {
    // Vegan without fortified soy milk, tofu or rice leaves a single breakfast (ful
    // medames), and a dish may not be served on consecutive days.
    const auto run = run_mealplan({"week", "--days", "2", "--diet", "vegan", "--exclude",
                                   "16139,tofu,rice", "--format", "json"});
    EXPECT_EQ(run.exit_code, 3);
    EXPECT_THAT(run.err, HasSubstr("only 1 breakfast dish fit"));
    const auto plan = parse(run.out);
    EXPECT_EQ(plan["status"], "no_plan");
    EXPECT_THAT(plan["no_plan_reason"].get<std::string>(), HasSubstr("plan fewer days"));
}

TEST(DayCommand, CtrlCStopsTheSearchAndWritesNothing) {
    // A zero gap and an hour's limit: the day's search goes on far longer than Ctrl-C takes
    // to arrive, which is as soon as the program starts catching it.
    const auto dir = temp_path("interrupted");
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto out = dir / "plan.json";
    const auto run = testing::run_mealplan_signalled(
        {"day", "--gap", "0", "--time-limit", "3600", "--format", "json", "--out", out.string()},
        SIGINT);
    EXPECT_FALSE(run.killed_by_signal) << "Ctrl-C came after the solve, or was not caught";
    EXPECT_EQ(run.exit_code, 130) << run.err;
    EXPECT_THAT(run.err, HasSubstr("interrupted (Ctrl-C); nothing written"));
    EXPECT_TRUE(run.out.empty());
    EXPECT_TRUE(std::filesystem::is_empty(dir));  // neither the plan nor a temporary file
    std::filesystem::remove_all(dir);
}

TEST(WeekCommand, ShoppingListComesWithThePlan) {
    const auto run = run_mealplan(
        {"week", "--days", "2", "--shopping-list", "--people", "2", "--format", "json"});
    ASSERT_THAT(run.exit_code, AnyOf(0, 3)) << run.err;
    const auto plan = parse(run.out);
    EXPECT_EQ(plan["days"].size(), 2u);
    EXPECT_EQ(plan["shopping_list"]["schema"], "mealplan.shopping/1");
    EXPECT_EQ(plan["shopping_list"]["people"], 2);
}

}  // namespace
}  // namespace mealplan

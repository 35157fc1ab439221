// The fixes a plan with shortfalls offers, run as a user would paste them: the joint
// fix's command meets every target, and no fix offers supplements for a nutrient no
// tablet supplies. Slow: every case plans several times over.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "run_command.hpp"

namespace mealplan {
namespace {

using ::testing::Not;
using testing::run_mealplan;

/// The nutrients some tablet of the shipped supplements adds (planner/supplements.cpp).
const std::set<std::string> kSupplied{
    "vitamin_d_ug",  "vitamin_b12_ug", "magnesium_mg",  "calcium_mg",    "thiamin_mg",
    "riboflavin_mg", "niacin_mg",      "vitamin_b6_mg", "folate_dfe_ug", "pantothenic_acid_mg"};

struct InfeasibleCase {
    std::string name;
    std::vector<std::string> arguments;
};

class JointFix : public ::testing::TestWithParam<InfeasibleCase> {};

TEST_P(JointFix, ItsCommandMeetsEveryTargetAndNoFixOffersTabletsThatDoNotExist) {
    std::vector<std::string> arguments = GetParam().arguments;
    arguments.insert(arguments.end(), {"--format", "json"});
    const auto run = run_mealplan(arguments);
    ASSERT_EQ(run.exit_code, 3) << run.err;
    const auto plan = nlohmann::json::parse(run.out);
    ASSERT_FALSE(plan["shortfalls"].empty());

    for (const auto& diagnosis : plan["diagnosis"]) {
        const std::string nutrient = diagnosis["nutrient"];
        for (const auto& fix : diagnosis["fixes"]) {
            const std::vector<std::string> closes = fix["closes"];
            EXPECT_THAT(closes, ::testing::Contains(nutrient)) << fix.dump();
            if (kSupplied.count(nutrient) == 0) {
                EXPECT_THAT(std::string(fix["label"]), Not(::testing::HasSubstr("supplement")))
                    << nutrient;
            }
        }
    }

    ASSERT_TRUE(plan["fix"].is_object()) << "no joint fix for " << GetParam().name;
    EXPECT_EQ(plan["fix"]["verified"], true) << plan["fix"].dump();
    std::vector<std::string> fix_argv = plan["fix"]["argv"];
    ASSERT_GE(fix_argv.size(), 2u);
    EXPECT_EQ(fix_argv.front(), "mealplan");
    const std::vector<std::string> fixed(fix_argv.begin() + 1, fix_argv.end());
    const auto fixed_run = run_mealplan(fixed);
    EXPECT_EQ(fixed_run.exit_code, 0) << fixed_run.err;
    const auto fixed_plan = nlohmann::json::parse(fixed_run.out);
    EXPECT_TRUE(fixed_plan["shortfalls"].empty()) << fixed_plan["shortfalls"].dump();
    // Every shortfall it claims to close is one the plan had.
    std::set<std::string> short_of;
    for (const auto& [key, missing] : plan["shortfalls"].items()) short_of.insert(key);
    for (const std::string closed : plan["fix"]["closes"]) EXPECT_EQ(short_of.count(closed), 1u);
    EXPECT_EQ(plan["fix"]["closes"].size(), short_of.size());
}

// 1,300 kcal for a man of 50: every minimum of his 2,000-plus kcal life stage in 1,300 kcal,
// in a day. The shipped data meets them all; should it not, its joint fix must. (Over a
// week, how far the time-limited search gets decides whether it meets them, and a fix
// checked under one load need not hold under another: an open defect, not a test.)
TEST(LowEnergy, AManOf50On1300KcalGetsEveryTargetOrAFixThatMeetsThem) {
    const std::vector<std::string> arguments{"day",    "--sex", "male",     "--age", "50",
                                             "--kcal", "1300",  "--format", "json"};
    const auto run = run_mealplan(arguments);
    ASSERT_TRUE(run.exit_code == 0 || run.exit_code == 3) << run.err;
    const auto plan = nlohmann::json::parse(run.out);
    if (run.exit_code == 0) {
        EXPECT_TRUE(plan["shortfalls"].empty()) << plan["shortfalls"].dump();
        EXPECT_DOUBLE_EQ(plan["profile"]["energy_kcal"].get<double>(), 1300.0);
        return;
    }
    ASSERT_TRUE(plan["fix"].is_object()) << "no joint fix";
    const std::vector<std::string> fix_argv = plan["fix"]["argv"];
    const auto fixed_run = run_mealplan({fix_argv.begin() + 1, fix_argv.end()});
    EXPECT_EQ(fixed_run.exit_code, 0) << fixed_run.err;
}

INSTANTIATE_TEST_SUITE_P(
    InfeasibleCases, JointFix,
    ::testing::Values(
        // Every food with more than a trace of vitamin D: fish, eggs, milks and fortified
        // drinks, yogurt and cereal, mushrooms.
        InfeasibleCase{"vitamin D sources excluded",
                       {"day", "--exclude",
                        "fish and seafood,salmon,sardines,tuna,mushrooms,milk,01220,08247,09210,"
                        "eggs"}},
        InfeasibleCase{
            "vegan week without fortified foods",
            {"week", "--diet", "vegan", "--exclude", "16139,16222,11938,11936,11998,11939"}},
        // A day: over a week, whether the search finds a toddler's vitamin D without milk
        // and soy depends on how far it gets; a day falls short of it for want of sources.
        InfeasibleCase{"toddler avoiding milk and soy",
                       {"day", "--age", "2", "--avoid", "milk,soy"}}),
    [](const ::testing::TestParamInfo<InfeasibleCase>& case_info) {
        std::string name;
        for (char c : case_info.param.name)
            name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
        return name;
    });

}  // namespace
}  // namespace mealplan

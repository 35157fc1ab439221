// The Thrifty Food Plan costs: the shipped file, the anchor chosen for a person, and bad
// files refused at their place.

#include "shopping/cost_anchors.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace mealplan {
namespace {

using ::testing::HasSubstr;

const CostAnchors& shipped() {
    static const CostAnchors anchors = [] {
        auto loaded = load_cost_anchors(std::string(MEALPLAN_DATA_DIR) + "/cost-anchors.json");
        if (!loaded) throw std::runtime_error(to_string(loaded.problems().front()));
        return std::move(*loaded);
    }();
    return anchors;
}

TEST(CostAnchors, APersonGetsTheLatestCostOfTheirSexAndAge) {
    const CostAnchor* male45 = thrifty_cost_for(shipped(), "male", 45);
    ASSERT_NE(male45, nullptr);
    EXPECT_EQ(male45->month, "2025-09");  // not the 2015 figure for the same ages
    EXPECT_DOUBLE_EQ(male45->weekly_usd_per_person, 72.10);
    const CostAnchor* female32 = thrifty_cost_for(shipped(), "female", 32);
    ASSERT_NE(female32, nullptr);
    EXPECT_DOUBLE_EQ(female32->weekly_usd_per_person, 57.40);
    const CostAnchor* female60 = thrifty_cost_for(shipped(), "female", 60);
    ASSERT_NE(female60, nullptr);
    EXPECT_DOUBLE_EQ(female60->weekly_usd_per_person, 53.50);
    ASSERT_NE(thrifty_cost_for(shipped(), "male", 10), nullptr);  // a child's, for both sexes
    EXPECT_EQ(thrifty_cost_for(shipped(), "male", 10)->sex, "both");
    EXPECT_EQ(thrifty_cost_for(shipped(), "male", 80), nullptr);  // no published figure
}

TEST(CostAnchors, BadValuesAreRefusedAtTheirPlace) {
    const auto parsed = parse_cost_anchors(
        R"({"schema": "mealplan.cost-anchors/1", "plan": "p", "source": "s", "note": "n",
            "anchors": [{"month": "2025-09", "plan_revision": "2021", "sex": "other",
                         "age_from_years": 20, "age_to_years": 51, "weekly_usd_per_person": 50},
                        {"month": "2025-09", "plan_revision": "2021", "sex": "male",
                         "age_from_years": 51, "age_to_years": 20, "weekly_usd_per_person": 50},
                        {"month": "2025-09", "plan_revision": "2021", "sex": "male",
                         "age_from_years": 20, "age_to_years": 51, "weekly_usd_per_person": 1e300}]})",
        "cost-anchors.json");
    ASSERT_FALSE(parsed.ok());
    const auto& problems = parsed.problems();
    ASSERT_EQ(problems.size(), 3U);
    EXPECT_EQ(problems[0].where, "cost-anchors.json:/anchors/0/sex");
    EXPECT_EQ(problems[1].where, "cost-anchors.json:/anchors/1/age_to_years");
    EXPECT_EQ(problems[2].where, "cost-anchors.json:/anchors/2/weekly_usd_per_person");
    EXPECT_THAT(problems[0].what, HasSubstr("female"));
}

}  // namespace
}  // namespace mealplan

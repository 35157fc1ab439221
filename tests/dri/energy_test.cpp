// The IOM estimated energy requirement equations, against values worked out by hand from
// the published equations and against the IOM's own table of EERs for 30-year-olds.

#include "dri/energy.hpp"

#include <gtest/gtest.h>

namespace mealplan {
namespace {

using A = ActivityLevel;

TEST(EstimatedEnergyRequirement, AdultWomanByHand) {
    // 354 − 6.91 × 34 + 1.12 × (9.36 × 57 + 726 × 1.63)
    //   = 354 − 234.94 + 1.12 × (533.52 + 1183.38) = 119.06 + 1922.928 = 2041.988
    EXPECT_NEAR(estimated_energy_requirement_kcal(Sex::Female, 34, 57, 163, A::LowActive), 2041.988,
                1e-9);
}

TEST(EstimatedEnergyRequirement, AdultManByHand) {
    // 662 − 9.53 × 67 + 1.11 × (15.91 × 70 + 539.6 × 1.77)
    //   = 662 − 638.51 + 1.11 × (1113.7 + 955.092) = 23.49 + 2296.35912 = 2319.84912
    EXPECT_NEAR(estimated_energy_requirement_kcal(Sex::Male, 67, 70, 177, A::LowActive), 2319.84912,
                1e-9);
    // 662 − 285.9 + 1.25 × (1272.8 + 971.28) = 376.1 + 2805.1 = 3181.2
    EXPECT_NEAR(estimated_energy_requirement_kcal(Sex::Male, 30, 80, 180, A::Active), 3181.2, 1e-9);
}

TEST(EstimatedEnergyRequirement, MatchesTheIomTableForThirtyYearOlds) {
    // IOM (2005) "Estimated Energy Requirements for men and women 30 years of age": the
    // weights there are rounded to 0.1 kg, hence the 2 kcal tolerance.
    EXPECT_NEAR(estimated_energy_requirement_kcal(Sex::Female, 30, 41.6, 150, A::LowActive), 1803,
                2);
    EXPECT_NEAR(estimated_energy_requirement_kcal(Sex::Female, 30, 68.0, 165, A::Sedentary), 1982,
                2);
    EXPECT_NEAR(estimated_energy_requirement_kcal(Sex::Male, 30, 68.0, 165, A::Sedentary), 2349, 2);
    EXPECT_NEAR(estimated_energy_requirement_kcal(Sex::Male, 30, 81.0, 180, A::VeryActive), 3720,
                2);
}

TEST(EstimatedEnergyRequirement, ChildrenIncludeTheEnergyOfGrowth) {
    // 135.3 − 30.8 × 10 + 1.31 × (10 × 37 + 934 × 1.44) + 25 = 2098.8976
    EXPECT_NEAR(estimated_energy_requirement_kcal(Sex::Female, 10, 37, 144, A::Active), 2098.8976,
                1e-9);
    // 88.5 − 61.9 × 6 + 1.00 × (26.7 × 20 + 903 × 1.15) + 20 = 1309.55
    EXPECT_NEAR(estimated_energy_requirement_kcal(Sex::Male, 6, 20, 115, A::Sedentary), 1309.55,
                1e-9);
    // Under 3: 89 × 12 − 100 + 20, whatever the activity.
    EXPECT_NEAR(estimated_energy_requirement_kcal(Sex::Male, 2, 12, 86, A::VeryActive), 988.0,
                1e-9);
}

TEST(EstimatedEnergyRequirement, MoreActivityNeedsMoreEnergy) {
    double previous = 0.0;
    for (const auto level : {A::Sedentary, A::LowActive, A::Active, A::VeryActive}) {
        const double eer = estimated_energy_requirement_kcal(Sex::Female, 45, 65, 168, level);
        EXPECT_GT(eer, previous);
        previous = eer;
    }
}

TEST(ReferenceBody, IsTheDriReferenceForTheAgeAndSex) {
    EXPECT_EQ(reference_body(Sex::Female, 34).height_cm, 163.0);
    EXPECT_EQ(reference_body(Sex::Female, 34).weight_kg, 57.0);
    EXPECT_EQ(reference_body(Sex::Male, 67).height_cm, 177.0);
    EXPECT_EQ(reference_body(Sex::Male, 67).weight_kg, 70.0);
    EXPECT_EQ(reference_body(Sex::Male, 15).weight_kg, 61.0);
    EXPECT_EQ(reference_body(Sex::Female, 15).weight_kg, 54.0);
    EXPECT_EQ(reference_body(Sex::Female, 6).weight_kg, 20.0);
}

TEST(ConditionExtra, PregnancyAndLactationAddEnergy) {
    EXPECT_EQ(condition_extra_kcal(LifeStageCondition::None), 0.0);
    EXPECT_EQ(condition_extra_kcal(LifeStageCondition::Pregnancy), 340.0);
    EXPECT_EQ(condition_extra_kcal(LifeStageCondition::Lactation), 330.0);
}

}  // namespace
}  // namespace mealplan

#include "planner/plan_model.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "planner/plan_input.hpp"
#include "planner_fixtures.hpp"

namespace mealplan {
namespace {

using testing::fixture_catalogue;
using testing::fixture_dishes;
using testing::fixture_rules;
using testing::reference_targets;

PlanModelInput input_for(const PlanRequest& request, FoodFilter filter = {}) {
    return prepare_input(request, filter, fixture_catalogue(), fixture_dishes(), fixture_rules(),
                         reference_targets())
        .model_input;
}

const solver::Row* find_row(const solver::Model& model, const std::string& name) {
    for (const auto& row : model.rows) {
        if (row.name == name) return &row;
    }
    return nullptr;
}

int count_rows_starting(const solver::Model& model, const std::string& prefix) {
    return static_cast<int>(
        std::count_if(model.rows.begin(), model.rows.end(),
                      [&](const auto& row) { return row.name.rfind(prefix, 0) == 0; }));
}

TEST(PlanModel, OneBinaryPerDishSlotAndPortionWithAConvexityRowPerSlot) {
    PlanRequest request;
    request.days = 1;
    const PlanModelInput input = input_for(request);
    const PlanModel plan = build_plan_model(input);
    // Fixture dishes per slot: breakfast 7, lunch 13, dinner 11, snack 7 → 38 × 4 portions.
    int binaries = 0;
    for (const auto& variable : plan.model.variables) {
        if (variable.type == solver::VariableType::Binary && variable.name.rfind("x_", 0) == 0)
            ++binaries;
    }
    EXPECT_EQ(binaries, 38 * 4);
    for (const char* slot : {"one_d1b", "one_d1l", "one_d1d", "one_d1s"}) {
        const solver::Row* row = find_row(plan.model, slot);
        ASSERT_NE(row, nullptr) << slot;
        EXPECT_EQ(row->lower, 1.0);
        EXPECT_EQ(row->upper, 1.0);
        for (const auto& term : row->terms) EXPECT_EQ(term.coefficient, 1.0);
    }
    EXPECT_EQ(plan.dish_choices[0][0].size(), 7u * 4u);
}

TEST(PlanModel, SidesAreWholePortionsWithinTheirMaximumAtMostTwoPerMeal) {
    PlanRequest request;
    request.days = 1;
    const PlanModelInput input = input_for(request);
    const PlanModel plan = build_plan_model(input);
    ASSERT_FALSE(plan.side_choices[0][0].empty());
    for (std::size_t s = 0; s < kMealSlotCount; ++s) {
        for (const SideChoice& choice : plan.side_choices[0][s]) {
            const Side& side = input.sides[choice.side].item;
            const auto& variable = plan.model.variables[choice.variable];
            EXPECT_EQ(variable.type, solver::VariableType::Integer);
            EXPECT_EQ(variable.upper, side.max_per_meal) << side.id;  // 1, or 2 slices of toast
            EXPECT_EQ(side.slots.count(kMealSlots[s]), 1u) << side.id;
        }
    }
    // Only the sides of the list: 8 in the fixture, never a food merely because it is fruit.
    EXPECT_EQ(input.sides.size(), 8u);
    const solver::Row* sides = find_row(plan.model, "sides_d1b");
    ASSERT_NE(sides, nullptr);
    EXPECT_EQ(sides->upper, 2.0);
}

TEST(PlanModel, MinimumRowsCarryTheDishNutrientsTimesServings) {
    PlanRequest request;
    request.days = 1;
    const PlanModelInput input = input_for(request);
    const PlanModel plan = build_plan_model(input);
    const solver::Row* magnesium = find_row(plan.model, "min_d1_magnesium_mg");
    ASSERT_NE(magnesium, nullptr);
    EXPECT_EQ(magnesium->lower, 320.0);
    // The bean bowl at 1½ servings: 1.5 × (172 g black beans × 70 mg + 185 g quinoa × 64 mg
    // + 50 g avocado × 29 mg + 30 g spinach × 79 mg) / 100 g (SR28 values).
    const double bowl = 1.5 * (172 * 70 + 185 * 64 + 50 * 29 + 30 * 79) / 100.0;
    int found = 0;
    for (const DishChoice& choice : plan.dish_choices[0][1]) {
        if (input.dishes[choice.dish].id != "bean-quinoa-bowl" || choice.portion != 2) continue;
        for (const auto& term : magnesium->terms) {
            if (term.variable == choice.variable) {
                EXPECT_NEAR(term.coefficient, bowl, 1e-9);
                ++found;
            }
        }
    }
    EXPECT_EQ(found, 1);
}

TEST(PlanModel, MagnesiumLimitCountsTabletsOnlyAndOnlyWithSupplements) {
    PlanRequest request;
    request.days = 1;
    EXPECT_EQ(find_row(build_plan_model(input_for(request)).model, "ul_d1_magnesium_mg"), nullptr);
    request.allow_supplements = true;
    const PlanModelInput input = input_for(request);
    const PlanModel plan = build_plan_model(input);
    const solver::Row* limit = find_row(plan.model, "ul_d1_magnesium_mg");
    ASSERT_NE(limit, nullptr);
    EXPECT_EQ(limit->upper, 350.0);
    ASSERT_EQ(limit->terms.size(), 1u);
    EXPECT_EQ(plan.model.variables[limit->terms[0].variable].name.rfind("z_", 0), 0u);
    // Folate's limit counts folic acid (the B-complex) and vitamin A's counts retinol.
    EXPECT_NE(find_row(plan.model, "ul_d1_folate_dfe_ug"), nullptr);
    const solver::Row* vitamin_a = find_row(plan.model, "ul_d1_vitamin_a_rae_ug");
    ASSERT_NE(vitamin_a, nullptr);
    EXPECT_EQ(vitamin_a->upper, 3000.0);
    // B6 holds on the total, tablets included.
    const solver::Row* b6 = find_row(plan.model, "max_d1_vitamin_b6_mg");
    ASSERT_NE(b6, nullptr);
    EXPECT_TRUE(std::any_of(b6->terms.begin(), b6->terms.end(), [&](const auto& term) {
        return plan.model.variables[term.variable].name.rfind("z_", 0) == 0;
    }));
}

TEST(PlanModel, WeeklyCoverageHasAverageRowsAndDailyFloors) {
    PlanRequest request;
    request.days = 3;
    request.coverage = CoverageMode::Weekly;
    const PlanModel plan = build_plan_model(input_for(request));
    const solver::Row* week = find_row(plan.model, "min_week_vitamin_d_ug");
    ASSERT_NE(week, nullptr);
    EXPECT_EQ(week->lower, 3 * 15.0);
    const solver::Row* floor = find_row(plan.model, "min_d2_vitamin_d_ug");
    ASSERT_NE(floor, nullptr);
    EXPECT_EQ(floor->lower, kWeeklyDailyFloor * 15.0);
    EXPECT_EQ(find_row(plan.model, "min_d2_magnesium_mg")->lower, 320.0);
    EXPECT_EQ(find_row(plan.model, "min_week_magnesium_mg"), nullptr);

    request.coverage = CoverageMode::Daily;
    const PlanModel daily = build_plan_model(input_for(request));
    EXPECT_EQ(find_row(daily.model, "min_week_vitamin_d_ug"), nullptr);
    EXPECT_EQ(find_row(daily.model, "min_d2_vitamin_d_ug")->lower, 15.0);
}

TEST(PlanModel, VarietyRowsKeepDishesOffConsecutiveDaysAndBoundRepeats) {
    PlanRequest request;
    request.days = 7;
    request.max_repeats = 2;
    const PlanModelInput input = input_for(request);
    const PlanModel plan = build_plan_model(input);
    const int dishes = static_cast<int>(input.dishes.size());
    EXPECT_EQ(count_rows_starting(plan.model, "apart_"), 6 * dishes);
    EXPECT_EQ(count_rows_starting(plan.model, "repeat_"), dishes);
    const solver::Row* repeat = find_row(plan.model, "repeat_0");
    ASSERT_NE(repeat, nullptr);
    EXPECT_EQ(repeat->upper, 2.0);
    // With 4 repeats allowed the consecutive-day rule already bounds a week to 4.
    request.max_repeats = 4;
    EXPECT_EQ(count_rows_starting(build_plan_model(input_for(request)).model, "repeat_"), 0);
}

TEST(PlanModel, ExcludedFoodsLeaveNoDishOrSide) {
    PlanRequest request;
    request.days = 1;
    FoodFilter filter;
    filter.excluded = {"11457", "01079"};  // spinach, milk
    const PlanModelInput input = input_for(request, filter);
    for (const ModelDish& dish : input.dishes) {
        for (const auto& [food_id, grams] : dish.grams_per_serving) {
            EXPECT_NE(food_id, "11457") << dish.id;
            EXPECT_NE(food_id, "01079") << dish.id;
        }
    }
    for (const ModelSide& side : input.sides) {
        for (const SideFood& food : side.item.foods) {
            EXPECT_NE(food.food_id, "11457") << side.item.id;
            EXPECT_NE(food.food_id, "01079") << side.item.id;
        }
    }
    EXPECT_LT(input.dishes.size(), fixture_dishes().size());
}

TEST(PlanModel, DailyCapsKeepAFoodToASaneAmount) {
    PlanRequest request;
    request.days = 1;
    const PlanModelInput input = input_for(request);
    // Spinach: largest dish use 60 g × 2 servings = 120 g beats 3 cups (90 g).
    auto cap = std::find_if(input.daily_cap_grams.begin(), input.daily_cap_grams.end(),
                            [](const auto& entry) { return entry.first == "11457"; });
    ASSERT_NE(cap, input.daily_cap_grams.end());
    EXPECT_DOUBLE_EQ(cap->second, 120.0);
    const PlanModel plan = build_plan_model(input);
    const solver::Row* row = find_row(plan.model, "cap_d1_11457");
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->upper, 120.0);
}

TEST(PlanModel, SameSeedSameModelOtherSeedOtherTieBreaks) {
    PlanRequest request;
    request.days = 2;
    const PlanModel a = build_plan_model(input_for(request));
    const PlanModel b = build_plan_model(input_for(request));
    EXPECT_EQ(a.phase2_cost, b.phase2_cost);
    request.seed = 2;
    const PlanModel c = build_plan_model(input_for(request));
    EXPECT_NE(a.phase2_cost, c.phase2_cost);
    EXPECT_EQ(a.phase1_cost, c.phase1_cost);
}

TEST(PlanModel, PhaseTwoFixesZeroShortfallAsHardRows) {
    PlanRequest request;
    request.days = 1;
    PlanModel plan = build_plan_model(input_for(request));
    fix_shortfall_for_phase2(plan, 0.0, 1e-6);
    for (const ShortfallSlack& slack : plan.shortfall_slacks) {
        EXPECT_EQ(plan.model.variables[slack.variable].upper, 0.0);
    }
    for (int v = 0; v < plan.model.variable_count(); ++v) {
        EXPECT_EQ(plan.model.variables[v].cost, plan.phase2_cost[v]);
    }
    PlanModel short_plan = build_plan_model(input_for(request));
    fix_shortfall_for_phase2(short_plan, 50.0, 0.01);
    const solver::Row* fixed = find_row(short_plan.model, "shortfall_fixed");
    ASSERT_NE(fixed, nullptr);
    EXPECT_NEAR(fixed->upper, 50.01, 1e-12);
}

}  // namespace
}  // namespace mealplan

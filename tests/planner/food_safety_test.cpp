// Food safety by life stage on the shipped catalogue, dishes and rules: what a pregnant
// woman, a two-year-old and an adult man may be offered.

#include "planner/food_safety.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>
#include <string>

#include "planner/plan_input.hpp"
#include "shipped_data.hpp"

namespace mealplan {
namespace {

using testing::person;
using testing::shipped;

TEST(FoodSafety, PregnancyForbidsRawFishButNotCookedFishOrEggsCookedInADish) {
    const FoodSafety safety(shipped().rules.safety, person(25, true));
    EXPECT_NE(safety.forbidding("15236", std::nullopt, true), nullptr);  // salmon, raw
    EXPECT_EQ(safety.forbidding("15236", Preparation::Cooked, true), nullptr);
    EXPECT_EQ(safety.forbidding("01123", std::nullopt, true), nullptr);   // egg in an omelette
    EXPECT_NE(safety.forbidding("01123", std::nullopt, false), nullptr);  // a raw egg as a side
    EXPECT_NE(safety.forbidding("15179", std::nullopt, true), nullptr);   // lox
}

TEST(FoodSafety, ATwoYearOldGetsNoWholeNutsButThinlySpreadPeanutButter) {
    const FoodSafety safety(shipped().rules.safety, person(2));
    EXPECT_NE(safety.forbidding("12061", Preparation::Whole, false), nullptr);  // almonds
    EXPECT_EQ(safety.forbidding("16098", Preparation::ThinlySpread, false), nullptr);
    EXPECT_NE(safety.forbidding("16098", Preparation::Spoonful, false), nullptr);
    EXPECT_NE(safety.forbidding("11124", std::nullopt, true), nullptr);  // raw carrot sticks
}

TEST(FoodSafety, AnAdultManHasNoRules) {
    const FoodSafety safety(shipped().rules.safety, person(40, false, Sex::Male));
    EXPECT_TRUE(safety.applied().empty());
    EXPECT_EQ(safety.forbidding("15236", std::nullopt, true), nullptr);
}

const ModelDish* find_dish(const PlanModelInput& input, const std::string& id) {
    const auto at = std::find_if(input.dishes.begin(), input.dishes.end(),
                                 [&](const ModelDish& dish) { return dish.id == id; });
    return at == input.dishes.end() ? nullptr : &*at;
}

PreparedInput offer_for(const Profile& profile) {
    Targets targets;
    targets.profile = profile;
    return prepare_input(PlanRequest{}, FoodFilter{}, shipped().catalogue, shipped().dishes,
                         shipped().rules, targets);
}

TEST(FoodSafety, APregnantWomansPlanOffersNoPokeAndPadThaiWithoutRawSprouts) {
    const PreparedInput prepared = offer_for(person(25, true));
    const PlanModelInput& input = prepared.model_input;
    EXPECT_EQ(find_dish(input, "salmon-poke-bowl"), nullptr);
    EXPECT_EQ(find_dish(input, "ham-swiss-rye"), nullptr);          // cold deli ham
    EXPECT_NE(find_dish(input, "ham-cheese-omelette"), nullptr);    // its ham is cooked
    const ModelDish* pad_thai = find_dish(input, "tofu-pad-thai");  // sprouts are a garnish
    ASSERT_NE(pad_thai, nullptr);
    for (const auto& [food_id, grams] : pad_thai->grams_per_serving) EXPECT_NE(food_id, "11043");
    const auto raw_rule =
        std::find_if(prepared.safety.begin(), prepared.safety.end(),
                     [](const auto& rule) { return rule.id == "no-raw-animal-foods"; });
    ASSERT_NE(raw_rule, prepared.safety.end());
    EXPECT_FALSE(raw_rule->sources.empty());
    EXPECT_TRUE(std::any_of(raw_rule->effects.begin(), raw_rule->effects.end(),
                            [](const std::string& effect) {
                                return effect.find("Salmon poke bowl") != std::string::npos;
                            }));
}

TEST(FoodSafety, AToddlersSidesHoldNoChokingHazard) {
    const PreparedInput prepared = offer_for(person(2));
    const FoodSafety safety(shipped().rules.safety, person(2));
    ASSERT_FALSE(prepared.model_input.sides.empty());
    for (const ModelSide& side : prepared.model_input.sides) {
        for (const SideFood& food : side.item.foods)
            EXPECT_EQ(safety.forbidding(food.food_id, food.as_served, false), nullptr)
                << side.item.id;
    }
    EXPECT_EQ(find_dish(prepared.model_input, "parmesan-popcorn"), nullptr);
}

}  // namespace
}  // namespace mealplan

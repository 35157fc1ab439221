#include "cli/meal_refs.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace mealplan::cli {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(MealRefs, DaysAreNumbersOrWeekdaysAndSlotsAreThePlansNames) {
    const auto refs = parse_meal_refs({"2:dinner", "tue:Lunch", "Sunday:snack", " 3 : breakfast "},
                                      "--swap", false);
    ASSERT_TRUE(refs) << refs.problems().front().what;
    EXPECT_THAT(*refs, ElementsAre(MealRef{2, MealSlot::Dinner}, MealRef{2, MealSlot::Lunch},
                                   MealRef{7, MealSlot::Snack}, MealRef{3, MealSlot::Breakfast}));
    EXPECT_EQ(meal_ref_text(refs->front()), "2:dinner");
}

TEST(MealRefs, ASlotAloneIsDayOneOnlyWhereAllowed) {
    const auto day = parse_meal_refs({"dinner"}, "--swap", true);
    ASSERT_TRUE(day);
    EXPECT_THAT(*day, ElementsAre(MealRef{1, MealSlot::Dinner}));
    const auto week = parse_meal_refs({"dinner"}, "--swap", false);
    ASSERT_FALSE(week);
    EXPECT_EQ(week.problems().front().where, "--swap");
    EXPECT_THAT(week.problems().front().what, HasSubstr("is not DAY:SLOT"));
}

TEST(MealRefs, EveryBadDayAndSlotIsAProblemAtTheOption) {
    const auto refs = parse_meal_refs({"0:dinner", "mo:lunch", "2:brunch", "x:y"}, "--keep", false);
    ASSERT_FALSE(refs);
    ASSERT_EQ(refs.problems().size(), 5u);
    for (const Problem& problem : refs.problems()) EXPECT_EQ(problem.where, "--keep");
    EXPECT_THAT(refs.problems()[0].what, HasSubstr("the day \"0\""));
    EXPECT_THAT(refs.problems()[1].what, HasSubstr("the day \"mo\""));
    EXPECT_THAT(refs.problems()[2].what, HasSubstr("the slot \"brunch\""));
}

}  // namespace
}  // namespace mealplan::cli

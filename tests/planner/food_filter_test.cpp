#include "planner/food_filter.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "planner_fixtures.hpp"

namespace mealplan {
namespace {

using testing::fixture_catalogue;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

TEST(ResolveExclusions, MatchesIdNameWordsAndAisle) {
    auto ids = resolve_exclusions(fixture_catalogue(), {"11457", "almonds", "Seafood"});
    ASSERT_TRUE(ids.ok());
    EXPECT_THAT(*ids, UnorderedElementsAre("11457", "12061", "15236", "15088", "15121"));
}

TEST(ResolveExclusions, WholeWordsOnlyAndPluralsMatch) {
    auto eggs = resolve_exclusions(fixture_catalogue(), {"eggs"});
    ASSERT_TRUE(eggs.ok());
    EXPECT_THAT(*eggs, UnorderedElementsAre("01123"));
    auto rice = resolve_exclusions(fixture_catalogue(), {"brown rice"});
    ASSERT_TRUE(rice.ok());
    EXPECT_THAT(*rice, UnorderedElementsAre("20041"));
}

TEST(ResolveExclusions, UnknownNameIsAProblemWithSuggestions) {
    auto ids = resolve_exclusions(fixture_catalogue(), {"spinnach", "salmon"});
    ASSERT_FALSE(ids.ok());
    ASSERT_EQ(ids.problems().size(), 1u);
    EXPECT_THAT(ids.problems()[0], HasSubstr("\"spinnach\""));
    EXPECT_THAT(ids.problems()[0], HasSubstr("did you mean \"spinach\""));
}

TEST(ClosestNames, PrefersSubstringHits) {
    auto names = closest_names(fixture_catalogue(), "milk");
    ASSERT_FALSE(names.empty());
    EXPECT_THAT(names.front(), HasSubstr("ilk"));
}

TEST(FoodFilter, AppliesDietAllergensAndExclusions) {
    const Catalogue& catalogue = fixture_catalogue();
    auto food = [&](const std::string& id) -> const Food& {
        for (const Food& f : catalogue.foods) {
            if (f.id == id) return f;
        }
        throw std::runtime_error("no food " + id);
    };
    FoodFilter vegan{Diet::Vegan, {}, {}};
    EXPECT_FALSE(vegan.allows(food("01079")));  // milk
    EXPECT_TRUE(vegan.allows(food("16139")));   // soy milk
    FoodFilter no_soy{Diet::Omnivore, {Allergen::Soy}, {}};
    EXPECT_FALSE(no_soy.allows(food("16139")));
    EXPECT_TRUE(no_soy.allows(food("01079")));
    FoodFilter no_spinach{Diet::Omnivore, {}, {"11457"}};
    EXPECT_FALSE(no_spinach.allows(food("11457")));
    EXPECT_TRUE(no_spinach.allows(food("11090")));
}

}  // namespace
}  // namespace mealplan

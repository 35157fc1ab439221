// The fixes of a diagnosis as the command line words them: the options that ask for a
// change, plain words for a change to a list the user typed.

#include "cli/fix_words.hpp"

#include <gtest/gtest.h>

namespace mealplan::cli {
namespace {

TEST(FixWords, ChangesToOptionsAreTheOptionsThatAskForThem) {
    EXPECT_EQ(fix_words(AllowSupplements{}, Nutrient::VitaminDUg), "--allow-supplements");
    EXPECT_EQ(fix_words(UseWeeklyCoverage{}, Nutrient::VitaminDUg), "--coverage weekly");
    EXPECT_EQ(fix_words(RaiseRepeatCap{3}, Nutrient::CholineMg), "--max-repeats 3");
}

TEST(FixWords, ChangesToTheListsTypedAreSaidInWords) {
    EXPECT_EQ(fix_words(AllowFoods{{"16139"}, {"Soy milk, fortified"}}, Nutrient::VitaminB12Ug),
              "allow Soy milk, fortified (16139)");
    EXPECT_EQ(fix_words(AllowFoods{{"11938", "16139"}, {"Mushrooms, UV-exposed", "Soy milk"}},
                        Nutrient::VitaminDUg),
              "allow the excluded foods richest in Vitamin D (Mushrooms, UV-exposed, …)");
    EXPECT_EQ(fix_words(StopAvoiding{Allergen::TreeNuts}, Nutrient::MagnesiumMg),
              "stop avoiding tree_nuts");
    EXPECT_EQ(fix_words(ChangeDiet{Diet::Vegetarian}, Nutrient::VitaminB12Ug), "a vegetarian diet");
}

}  // namespace
}  // namespace mealplan::cli

// The Cooklang reader: every construct of the published grammar, and the files a plan
// cannot use refused with their line.

#include "dishes/cooklang.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace mealplan {
namespace {

using ::testing::HasSubstr;

CookRecipe parsed(std::string_view text) {
    auto recipe = parse_cooklang(text, "r.cook");
    EXPECT_TRUE(recipe.ok()) << (recipe.ok() ? "" : to_string(recipe.problems().front()));
    return recipe.ok() ? std::move(recipe).value() : CookRecipe{};
}

Problem only_problem(std::string_view text) {
    const auto recipe = parse_cooklang(text, "r.cook");
    EXPECT_FALSE(recipe.ok());
    if (recipe.ok()) return {};
    EXPECT_EQ(recipe.problems().size(), 1u) << to_string(recipe.problems().back());
    return recipe.problems().front();
}

TEST(Cooklang, ReadsIngredientsInEveryForm) {
    const auto recipe = parsed(
        "Add @salt, @ground black pepper{} and @potato{2}.\n"
        "Glaze with @maple syrup{1/2%tbsp}, then @milk{1 1/2 % cup}(warm) and @flour{0.5%kg}.\n");
    ASSERT_EQ(recipe.ingredients.size(), 6u);
    EXPECT_EQ(recipe.ingredients[0].name, "salt");
    EXPECT_FALSE(recipe.ingredients[0].amount.has_value());
    EXPECT_EQ(recipe.ingredients[1].name, "ground black pepper");
    EXPECT_FALSE(recipe.ingredients[1].amount.has_value());
    EXPECT_EQ(recipe.ingredients[2].name, "potato");
    EXPECT_EQ(recipe.ingredients[2].amount, 2.0);
    EXPECT_EQ(recipe.ingredients[2].unit, "");
    EXPECT_EQ(recipe.ingredients[3].name, "maple syrup");
    EXPECT_EQ(recipe.ingredients[3].amount, 0.5);
    EXPECT_EQ(recipe.ingredients[3].unit, "tbsp");
    EXPECT_EQ(recipe.ingredients[3].line, 2);
    EXPECT_EQ(recipe.ingredients[4].amount, 1.5);
    EXPECT_EQ(recipe.ingredients[4].unit, "cup");
    EXPECT_EQ(recipe.ingredients[4].note, "warm");
    EXPECT_EQ(recipe.ingredients[5].amount, 0.5);
    ASSERT_EQ(recipe.steps.size(), 1u);
    EXPECT_EQ(recipe.steps[0].text,
              "Add salt, ground black pepper and potato. Glaze with maple syrup, then milk and "
              "flour.");
}

TEST(Cooklang, ReadsModifiersCookwareTimersAndSections) {
    const auto recipe = parsed(
        "= Dough\n"
        "Mix @flour{200%g} in a #bowl and #large pot{}; rest ~{10%min}, then ~proof{1%hour}.\n"
        "Top with @?sesame seeds{1%tsp} and more @&flour{10%g}; season with @-salt.\n"
        "\n"
        "== Bake ==\n"
        "> Ovens differ.\n"
        "Bake in the #oven.\n");
    ASSERT_EQ(recipe.ingredients.size(), 4u);
    EXPECT_TRUE(recipe.ingredients[1].optional);
    EXPECT_EQ(recipe.ingredients[1].name, "sesame seeds");
    EXPECT_TRUE(recipe.ingredients[2].adds_to_earlier);
    EXPECT_TRUE(recipe.ingredients[3].hidden);
    EXPECT_EQ(recipe.cookware, (std::vector<std::string>{"bowl", "large pot", "oven"}));
    ASSERT_EQ(recipe.timers.size(), 2u);
    EXPECT_EQ(recipe.timers[0].name, "");
    EXPECT_EQ(recipe.timers[0].amount, 10.0);
    EXPECT_EQ(recipe.timers[0].unit, "min");
    EXPECT_EQ(recipe.timers[1].name, "proof");
    ASSERT_EQ(recipe.steps.size(), 2u);
    EXPECT_EQ(recipe.steps[0].section, "Dough");
    EXPECT_EQ(recipe.steps[1].section, "Bake");
    EXPECT_EQ(recipe.steps[1].line, 7);
    EXPECT_EQ(recipe.notes, (std::vector<std::string>{"Ovens differ."}));
}

TEST(Cooklang, DropsLineAndBlockComments) {
    const auto recipe = parsed(
        "-- a whole line of comment\n"
        "Add @milk{4%cup} [- TODO change units to litres -], keep mixing -- @sugar{1%cup}\n"
        "[- a block that goes on\n"
        "   over @eggs{3} lines -] then add @butter{1%tbsp}.\n");
    ASSERT_EQ(recipe.ingredients.size(), 2u);
    EXPECT_EQ(recipe.ingredients[0].name, "milk");
    EXPECT_EQ(recipe.ingredients[1].name, "butter");
    EXPECT_EQ(recipe.ingredients[1].line, 4);
}

TEST(Cooklang, ReadsMetadataLinesAndFrontMatter) {
    const auto recipe = parsed(
        "---\n"
        "title: \"Red lentil soup\"\n"
        "servings: 4\n"
        "tags:\n"
        "  - soup\n"
        "  - vegan\n"
        "---\n"
        ">> Course: dinner\n"
        "Cook @red lentils{200%g}.\n");
    EXPECT_EQ(recipe.metadata.at("title"), "Red lentil soup");
    EXPECT_EQ(recipe.metadata.at("servings"), "4");
    EXPECT_EQ(recipe.metadata.at("tags"), "- soup - vegan");
    EXPECT_EQ(recipe.metadata.at("course"), "dinner");
    EXPECT_EQ(recipe.metadata_lines.at("course"), 8);
    EXPECT_EQ(recipe.ingredients.at(0).line, 9);
}

TEST(Cooklang, ReadsTextThatOnlyLooksLikeMarkup) {
    const auto recipe = parsed("Email me @ home, or use # 2 at ~ 5 pm.\r\nAdd @jalapeño{1}.\r\n");
    ASSERT_EQ(recipe.ingredients.size(), 1u);
    EXPECT_EQ(recipe.ingredients[0].name, "jalapeño");
    EXPECT_TRUE(recipe.cookware.empty());
    EXPECT_TRUE(recipe.timers.empty());
}

TEST(Cooklang, RefusesAnUnclosedBraceWithItsLine) {
    const auto problem = only_problem("Add @salt{}.\n\nAdd @red lentils{200%g and stir.\n");
    EXPECT_EQ(problem.where, "r.cook:3");
    EXPECT_THAT(problem.what, HasSubstr("never closed"));
}

TEST(Cooklang, RefusesAQuantityThatIsNotANumber) {
    auto problem = only_problem(">> servings: 2\nAdd @salt{a pinch%g}.\n");
    EXPECT_EQ(problem.where, "r.cook:2");
    EXPECT_THAT(problem.what, HasSubstr("'a pinch' is not a number"));
    problem = only_problem("Add @eggs{2-3}.\n");
    EXPECT_THAT(problem.what, HasSubstr("range"));
    problem = only_problem("Add @flour{200g}.\n");
    EXPECT_THAT(problem.what, HasSubstr("{200%g}"));
    problem = only_problem("Add @flour{%g}.\n");
    EXPECT_THAT(problem.what, HasSubstr("no quantity"));
    problem = only_problem("Wait ~{ten%min}.\n");
    EXPECT_THAT(problem.what, HasSubstr("timer"));
}

TEST(Cooklang, RefusesUnclosedCommentsAndFrontMatter) {
    auto problem = only_problem("Add @salt.\n[- forgot to close\nand more\n");
    EXPECT_EQ(problem.where, "r.cook:2");
    EXPECT_THAT(problem.what, HasSubstr("'[-'"));
    problem = only_problem("---\ntitle: soup\n");
    EXPECT_EQ(problem.where, "r.cook:1");
    EXPECT_THAT(problem.what, HasSubstr("front matter"));
}

TEST(Cooklang, RefusesRepeatedMetadataAndRecipeReferences) {
    auto problem = only_problem(">> servings: 2\n>> Servings: 4\n");
    EXPECT_EQ(problem.where, "r.cook:2");
    EXPECT_THAT(problem.what, HasSubstr("first on line 1"));
    problem = only_problem("Add @@tomato sauce{200%ml}.\n");
    EXPECT_THAT(problem.what, HasSubstr("'@@'"));
    problem = only_problem(">> servings 2\n");
    EXPECT_THAT(problem.what, HasSubstr(">> key: value"));
}

TEST(Cooklang, RefusesAStepOfTenThousandLinesAtItsTwoHundredAndFirst) {
    std::string text = ">> servings: 1\n";
    for (int i = 0; i < 10000; ++i) text += "Stir @water{1%ml}.\n";
    const auto problem = only_problem(text);
    EXPECT_EQ(problem.where, "r.cook:202");
    EXPECT_THAT(problem.what, HasSubstr("starts on line 2"));
}

TEST(Cooklang, RefusesOverlongLinesBadTextAndHugeFiles) {
    auto problem = only_problem("Add @salt.\n" + std::string(10001, 'a') + "\n");
    EXPECT_EQ(problem.where, "r.cook:2");
    problem = only_problem("Add @salt.\n\nAdd \xff@pepper.\n");
    EXPECT_EQ(problem.where, "r.cook:3");
    EXPECT_THAT(problem.what, HasSubstr("UTF-8"));
    problem = only_problem(std::string((std::size_t{1} << 20) + 1, '\n'));
    EXPECT_EQ(problem.where, "r.cook:1");
}

TEST(Cooklang, ReadsQuantitiesAsNumbersOnly) {
    EXPECT_EQ(parse_cook_quantity("2"), 2.0);
    EXPECT_EQ(parse_cook_quantity(" .5 "), 0.5);
    EXPECT_EQ(parse_cook_quantity("3/4"), 0.75);
    EXPECT_EQ(parse_cook_quantity("1 1/2"), 1.5);
    EXPECT_EQ(parse_cook_quantity("1 / 2"), 0.5);
    for (const char* bad : {"", "-1", "1e3", "1/0", "a", "1.5 1/2", "1,5", "nan", "inf", "2-3"}) {
        EXPECT_FALSE(parse_cook_quantity(bad).has_value()) << bad;
    }
}

}  // namespace
}  // namespace mealplan

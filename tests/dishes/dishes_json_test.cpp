#include "dishes/dishes_json.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "../core/problem_matchers.hpp"
#include "../fixtures/sr28-sample/sr28_sample_catalogue.hpp"

namespace mealplan {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using testing::problem_at;

constexpr const char* kGoodDishes = R"({
  "schema": "mealplan.dishes/1",
  "source": "test dishes",
  "dishes": [
    {"id": "overnight-oats", "name": "Overnight oats with almonds", "cuisine": "American",
     "slots": ["breakfast", "snack"],
     "ingredients": [{"food_id": "08120", "grams": 40}, {"food_id": "12061", "grams": 28},
                     {"food_id": "01082", "grams": 244}],
     "notes": "soak overnight"},
    {"id": "salmon-rice-spinach", "name": "Salmon with brown rice and spinach",
     "cuisine": "American", "slots": ["dinner"],
     "ingredients": [{"food_id": "15236", "grams": 150}, {"food_id": "20037", "grams": 158},
                     {"food_id": "11457", "grams": 60}]}
  ]
})";

Problems problems_of(const std::string& text) {
    auto result = parse_dishes(text, "dishes.json", testing::sr28_sample_catalogue());
    EXPECT_FALSE(result.ok());
    return result.ok() ? Problems{} : result.problems();
}

TEST(ParseDishes, ReadsEveryFieldAndDerivesTheTags) {
    const auto result = parse_dishes(kGoodDishes, "dishes.json", testing::sr28_sample_catalogue());
    ASSERT_TRUE(result.ok()) << to_string(result.problems().front());
    ASSERT_EQ(result->size(), 2U);
    const Dish& oats = result->at(0);
    EXPECT_EQ(oats.id, "overnight-oats");
    EXPECT_EQ(oats.name, "Overnight oats with almonds");
    EXPECT_EQ(oats.cuisine, "American");
    EXPECT_EQ(oats.slots, (std::set<MealSlot>{MealSlot::Breakfast, MealSlot::Snack}));
    ASSERT_EQ(oats.ingredients.size(), 3U);
    EXPECT_EQ(oats.ingredients[2].food_id, "01082");
    EXPECT_DOUBLE_EQ(oats.ingredients[2].grams, 244.0);
    EXPECT_EQ(oats.notes, "soak overnight");
    EXPECT_EQ(oats.diets.count(Diet::Vegan), 0U);
    EXPECT_EQ(oats.allergens, (std::set<Allergen>{Allergen::Milk, Allergen::TreeNuts}));
    EXPECT_EQ(result->at(1).diets, (std::set<Diet>{Diet::Omnivore, Diet::Pescatarian}));
}

TEST(ParseDishes, UnknownFoodNamesTheDishAndTheIngredient) {
    std::string text = kGoodDishes;
    text.replace(text.find("\"11457\""), 7, "\"99999\"");
    EXPECT_THAT(
        problems_of(text),
        Contains(problem_at("dishes.json:/dishes/1/ingredients/2/food_id",
                            "unknown food 99999 in \"Salmon with brown rice and spinach\"")));
}

TEST(ParseDishes, ListsEveryProblemOfTheFileWithItsPointer) {
    const std::string text = R"({
      "schema": "mealplan.dishes/1", "source": "test",
      "dishes": [
        {"id": "a", "cuisine": "X", "slots": ["brunch"],
         "ingredients": [{"food_id": "99999", "grams": 10}, {"food_id": "08120", "grams": -5}]},
        {"id": "a", "name": "Second", "cuisine": "X", "slots": ["lunch", "lunch"],
         "ingredients": [{"food_id": 8120, "grams": 10}, {"food_id": "12061"}]},
        {"id": "Bad_Id", "name": "Third", "cuisine": "X", "slots": ["dinner"],
         "ingredients": [{"food_id": "08120", "grams": 40}], "diets": ["vegan"]},
        {"id": "empty", "name": "", "cuisine": "X", "slots": [], "ingredients": []}
      ]})";
    const auto problems = problems_of(text);
    EXPECT_THAT(problems, Contains(problem_at("dishes.json:/dishes/0/name", "missing")));
    EXPECT_THAT(problems, Contains(problem_at("dishes.json:/dishes/0/slots/0", "unknown slot")));
    EXPECT_THAT(problems, Contains(problem_at("dishes.json:/dishes/0/ingredients/0/food_id",
                                              "unknown food 99999 in dish 0")));
    EXPECT_THAT(problems, Contains(problem_at("dishes.json:/dishes/0/ingredients/1/grams",
                                              "must be more than 0")));
    EXPECT_THAT(problems, Contains(problem_at("dishes.json:/dishes/1/id", "duplicate id \"a\"")));
    EXPECT_THAT(problems, Contains(problem_at("dishes.json:/dishes/1/slots/1", "listed twice")));
    EXPECT_THAT(problems, Contains(problem_at("dishes.json:/dishes/1/ingredients/0/food_id",
                                              "must be a string")));
    EXPECT_THAT(problems,
                Contains(problem_at("dishes.json:/dishes/1/ingredients/1/grams", "missing")));
    EXPECT_THAT(problems, Contains(problem_at("dishes.json:/dishes/2/id", "kebab-case")));
    EXPECT_THAT(problems, Contains(problem_at("dishes.json:/dishes/2/diets", "derived")));
    EXPECT_THAT(problems, Contains(problem_at("dishes.json:/dishes/3/name", "non-empty")));
    EXPECT_THAT(problems, Contains(problem_at("dishes.json:/dishes/3/slots", "non-empty")));
    EXPECT_THAT(problems, Contains(problem_at("dishes.json:/dishes/3/ingredients", "non-empty")));
    EXPECT_EQ(problems.size(), 13U);
}

TEST(ParseDishes, RejectsAWrongSchemaAndAMissingSource) {
    const auto problems =
        problems_of(R"({"schema": "mealplan.dishes/2", "dishes": [{"id": "x"}]})");
    EXPECT_THAT(problems, Contains(problem_at("dishes.json:/schema", "mealplan.dishes/1")));
    EXPECT_THAT(problems, Contains(problem_at("dishes.json:/source", "non-empty string")));
}

TEST(ParseDishes, RejectsAnIngredientListedTwice) {
    std::string text = kGoodDishes;
    text.replace(text.find("\"12061\""), 7, "\"08120\"");
    EXPECT_THAT(
        problems_of(text),
        Contains(problem_at("dishes.json:/dishes/0/ingredients/1/food_id", "listed twice")));
}

TEST(ParseDishes, RejectsAbsurdGramsPerServing) {
    std::string text = kGoodDishes;
    text.replace(text.find("\"grams\": 244"), 12, "\"grams\": 2440");
    EXPECT_THAT(problems_of(text),
                Contains(problem_at("dishes.json:/dishes/0/ingredients/2/grams", "at most 1000")));
}

TEST(ParseDishes, ReadsWhichIngredientsAreOptionalToppings) {
    std::string text = kGoodDishes;
    text.replace(text.find("{\"food_id\": \"12061\", \"grams\": 28}"), 33,
                 "{\"food_id\": \"12061\", \"grams\": 28, \"optional\": true}");
    text.replace(text.find("{\"food_id\": \"11457\", \"grams\": 60}"), 33,
                 "{\"food_id\": \"11457\", \"grams\": 60, \"optional\": false}");
    const auto result = parse_dishes(text, "dishes.json", testing::sr28_sample_catalogue());
    ASSERT_TRUE(result.ok()) << to_string(result.problems().front());
    const auto& oats = result->at(0).ingredients;
    EXPECT_FALSE(oats[0].optional);  // absent means the dish needs it
    EXPECT_TRUE(oats[1].optional);
    EXPECT_FALSE(result->at(1).ingredients[2].optional);
    // An optional topping still counts for the diet and allergen tags of the dish as listed.
    EXPECT_EQ(result->at(0).allergens.count(Allergen::TreeNuts), 1U);
}

TEST(ParseDishes, RejectsAnOptionalFlagThatIsNotTrueOrFalse) {
    std::string text = kGoodDishes;
    text.replace(text.find("{\"food_id\": \"12061\", \"grams\": 28}"), 33,
                 "{\"food_id\": \"12061\", \"grams\": 28, \"optional\": \"yes\"}");
    EXPECT_THAT(problems_of(text),
                Contains(problem_at("dishes.json:/dishes/0/ingredients/1/optional",
                                    "must be true or false")));
}

TEST(ParseDishes, RejectsADishMadeOnlyOfOptionalToppings) {
    const std::string text = R"({"schema": "mealplan.dishes/1", "source": "t", "dishes": [
      {"id": "almonds", "name": "Almonds", "cuisine": "American", "slots": ["snack"],
       "ingredients": [{"food_id": "12061", "grams": 28, "optional": true}]}]})";
    EXPECT_THAT(problems_of(text),
                Contains(problem_at("dishes.json:/dishes/0/ingredients", "optional")));
}

TEST(ParseDishes, ReportsBrokenJsonWithItsPosition) {
    const auto problems = problems_of(R"({"schema": "mealplan.dishes/1", )");
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(problems[0].where, "dishes.json");
    EXPECT_THAT(problems[0].what, HasSubstr("invalid JSON at byte 33"));
    EXPECT_THAT(problems[0].what, HasSubstr("line 1, column 33"));
}

TEST(ParseDishes, RejectsADocumentThatIsNotAnObject) {
    EXPECT_THAT(problems_of("[1, 2]"), Contains(problem_at("dishes.json:/", "JSON object")));
}

TEST(LoadDishes, NamesTheFileWhenItCannotBeRead) {
    const auto result =
        load_dishes("/nonexistent/dir/dishes.json", testing::sr28_sample_catalogue());
    ASSERT_FALSE(result.ok());
    EXPECT_THAT(to_string(result.problems().front()), HasSubstr("dishes.json"));
}

TEST(LoadDishes, LabelsProblemsWithTheFileName) {
    const auto path = std::filesystem::temp_directory_path() / "mealplan-test-my-dishes.json";
    {
        std::ofstream out(path);
        out << R"({"schema": "mealplan.dishes/1", "source": "t", "dishes": [{"id": "x"}]})";
    }
    const auto result = load_dishes(path, testing::sr28_sample_catalogue());
    std::filesystem::remove(path);
    ASSERT_FALSE(result.ok());
    EXPECT_THAT(result.problems(),
                Contains(problem_at(path.string() + ":/dishes/0/name", "missing")));
}

}  // namespace
}  // namespace mealplan

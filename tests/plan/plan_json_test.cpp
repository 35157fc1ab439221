// Reading plan JSON back: what the planner writes must come back as the same plan, and
// anything else must be refused with the place and the reason, never a crash.

#include "plan/plan_json.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "../core/problem_matchers.hpp"

namespace mealplan {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using testing::problem_at;

constexpr const char* kTwoDayPlan = R"({
  "schema": "mealplan.plan/1", "status": "optimal", "objective": 1.5,
  "profile": {"sex": "female", "age": 34},
  "days": [
    {"day": 1, "meals": [
      {"slot": "breakfast", "dish_id": "oatmeal-almonds", "dish": "Oatmeal with almonds",
       "servings": 1.5, "items": [
        {"food_id": "08120", "name": "Cereals, oats", "grams": 60.0, "portion": "3/4 cup"},
        {"food_id": "12061", "name": "Nuts, almonds", "grams": 28.35, "portion": "1 oz"},
        {"food_id": "09003", "name": "Apples, raw", "grams": 182, "portion": "1 medium",
         "side": true}]},
      {"slot": "snack", "items": []}],
     "totals": {"magnesium_mg": 123.4}},
    {"day": 2, "meals": [
      {"slot": "dinner", "dish_id": "salmon-rice", "dish": "Salmon and rice", "items": [
        {"food_id": "15236", "grams": 170.0}]}]}
  ]})";

Problems problems_of(std::string_view text) {
    auto result = parse_plan_json(text, "plan.json");
    return result ? Problems{} : result.problems();
}

TEST(PlanJson, ReadsDaysMealsAndItemsInFileOrder) {
    const auto plan = parse_plan_json(kTwoDayPlan, "plan.json");
    ASSERT_TRUE(plan.ok()) << to_string(plan.problems().front());
    ASSERT_EQ(plan->days.size(), 2U);
    const auto& breakfast = plan->days[0].meals[0];
    EXPECT_EQ(plan->days[0].day, 1);
    EXPECT_EQ(breakfast.slot, MealSlot::Breakfast);
    EXPECT_EQ(breakfast.dish_id, "oatmeal-almonds");
    EXPECT_EQ(breakfast.dish, "Oatmeal with almonds");
    EXPECT_DOUBLE_EQ(breakfast.servings, 1.5);
    ASSERT_EQ(breakfast.items.size(), 3U);
    EXPECT_EQ(breakfast.items[1].food_id, "12061");
    EXPECT_DOUBLE_EQ(breakfast.items[1].grams, 28.35);
    EXPECT_EQ(breakfast.items[1].portion, "1 oz");
    EXPECT_FALSE(breakfast.items[1].side);
    EXPECT_TRUE(breakfast.items[2].side);
    EXPECT_DOUBLE_EQ(breakfast.items[2].grams, 182.0);
    EXPECT_EQ(plan->days[0].meals[1].slot, MealSlot::Snack);
    EXPECT_TRUE(plan->days[0].meals[1].items.empty());
    const auto& dinner = plan->days[1].meals[0];
    EXPECT_EQ(dinner.slot, MealSlot::Dinner);
    EXPECT_DOUBLE_EQ(dinner.servings, 1.0);  // absent means one serving
    EXPECT_EQ(dinner.items[0].name, "");
}

TEST(PlanJson, InvalidJsonNamesTheFileAndLine) {
    const auto problems = problems_of("{\"schema\": \"mealplan.plan/1\",\n \"days\": [}");
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(problems[0].where, "plan.json");
    EXPECT_THAT(problems[0].what, HasSubstr("invalid JSON"));
    EXPECT_THAT(problems[0].what, HasSubstr("line 2"));
}

TEST(PlanJson, AnotherSchemaIsRefusedWithoutFurtherNoise) {
    const auto problems =
        problems_of(R"({"schema": "mealplan.shopping/1", "people": 1, "items": []})");
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_THAT(problems[0], problem_at("plan.json:/schema", "not a plan file"));
}

TEST(PlanJson, MissingSchemaAndDaysAreBothReported) {
    const auto problems = problems_of(R"({"status": "optimal"})");
    EXPECT_THAT(problems, Contains(problem_at("plan.json:/schema", "missing")));
    EXPECT_THAT(problems, Contains(problem_at("plan.json:/days", "missing")));
}

TEST(PlanJson, NotAnObjectIsRefused) {
    EXPECT_THAT(problems_of("[1, 2]"), Contains(problem_at("plan.json:/", "JSON object")));
    EXPECT_THAT(problems_of("\"mealplan.plan/1\""), Contains(problem_at("plan.json:/", "object")));
}

TEST(PlanJson, EmptyDaysAreRefused) {
    EXPECT_THAT(problems_of(R"({"schema": "mealplan.plan/1", "days": []})"),
                Contains(problem_at("plan.json:/days", "no days")));
}

TEST(PlanJson, AMealOfSidesOnlyReadsBackWithNoServingsButADishNeedsSome) {
    // A shortfall plan whose slot lost every dish to the exclusions is written so.
    const auto plan = parse_plan_json(R"({"schema": "mealplan.plan/1", "days": [{"day": 1,
      "meals": [{"slot": "snack", "dish_id": "", "servings": 0.0,
                 "items": [{"food_id": "09003", "grams": 182.0, "side": true}]}]}]})",
                                      "plan.json");
    ASSERT_TRUE(plan) << plan.problems().front().what;
    EXPECT_DOUBLE_EQ(plan->days[0].meals[0].servings, 0.0);
    EXPECT_THAT(problems_of(R"({"schema": "mealplan.plan/1", "days": [{"day": 1, "meals": [
      {"slot": "snack", "dish_id": "yogurt", "servings": 0, "items": []}]}]})"),
                Contains(problem_at("plan.json:/days/0/meals/0/servings", "> 0")));
}

TEST(PlanJson, EveryBadValueIsListedWithItsPointer) {
    const auto problems = problems_of(R"({"schema": "mealplan.plan/1", "days": [
      {"day": 0, "meals": [
        {"slot": "brunch", "servings": -1, "items": [
          {"food_id": "11457", "grams": "lots"},
          {"food_id": "11457", "grams": -5},
          {"grams": 10},
          {"food_id": 11457, "grams": 10, "side": "yes"},
          {"food_id": "11457"},
          7,
          {"food_id": "11457", "grams": 1e9}]}]},
      {"day": 2.5},
      {"day": 3, "meals": [{"items": {}}]}]})");
    EXPECT_THAT(problems, Contains(problem_at("plan.json:/days/0/day", "whole number")));
    EXPECT_THAT(problems, Contains(problem_at("plan.json:/days/0/meals/0/slot", "unknown slot")));
    EXPECT_THAT(problems, Contains(problem_at("plan.json:/days/0/meals/0/servings", "> 0")));
    EXPECT_THAT(problems,
                Contains(problem_at("plan.json:/days/0/meals/0/items/0/grams", "\"lots\"")));
    EXPECT_THAT(problems, Contains(problem_at("plan.json:/days/0/meals/0/items/1/grams", "≥ 0")));
    EXPECT_THAT(problems,
                Contains(problem_at("plan.json:/days/0/meals/0/items/2/food_id", "missing")));
    EXPECT_THAT(problems,
                Contains(problem_at("plan.json:/days/0/meals/0/items/3/food_id", "string")));
    EXPECT_THAT(problems, Contains(problem_at("plan.json:/days/0/meals/0/items/3/side", "true")));
    EXPECT_THAT(problems,
                Contains(problem_at("plan.json:/days/0/meals/0/items/4/grams", "missing")));
    EXPECT_THAT(problems, Contains(problem_at("plan.json:/days/0/meals/0/items/5", "object")));
    EXPECT_THAT(problems,
                Contains(problem_at("plan.json:/days/0/meals/0/items/6/grams", "100 kg")));
    EXPECT_THAT(problems, Contains(problem_at("plan.json:/days/1/day", "whole number")));
    EXPECT_THAT(problems, Contains(problem_at("plan.json:/days/1/meals", "missing")));
    EXPECT_THAT(problems, Contains(problem_at("plan.json:/days/2/meals/0/slot", "missing")));
    EXPECT_THAT(problems, Contains(problem_at("plan.json:/days/2/meals/0/items", "array")));
    EXPECT_EQ(problems.size(), 15U);
}

TEST(PlanJson, AnUnknownStatusIsRefused) {
    EXPECT_THAT(problems_of(R"({"schema": "mealplan.plan/1", "status": "banana",
                                "days": [{"day": 1, "meals": []}]})"),
                Contains(problem_at("plan.json:/status", "\"banana\"")));
}

TEST(PlanJson, ADayNumberTwiceIsRefusedWithBothPlaces) {
    const auto problems = problems_of(R"({"schema": "mealplan.plan/1", "days": [
      {"day": 1, "meals": []}, {"day": 2, "meals": []}, {"day": 1, "meals": []}]})");
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(to_string(problems[0]),
              "plan.json:/days/2/day: day 1 appears twice (first at /days/0)");
}

TEST(PlanJson, MoreDaysThanTheLimitAreRefused) {
    std::string text = R"({"schema": "mealplan.plan/1", "days": [)";
    for (int day = 1; day <= 20000; ++day) {
        text += (day > 1 ? "," : "") + std::string(R"({"day": )") + std::to_string(day) +
                R"(, "meals": []})";
    }
    text += "]}";
    const auto problems = problems_of(text);
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(to_string(problems[0]), "plan.json:/days: has 20000 days; a plan has at most 10000");
}

TEST(PlanJson, LoadPlanNamesAMissingFile) {
    const auto result = load_plan("/nonexistent/dir/plan.json");
    ASSERT_FALSE(result.ok());
    EXPECT_THAT(result.problems()[0].where, HasSubstr("/nonexistent/dir/plan.json"));
}

TEST(PlanJson, LoadPlanReadsAFile) {
    const auto path = std::filesystem::temp_directory_path() / "mealplan-plan-json-test.json";
    {
        std::ofstream out(path);
        out << kTwoDayPlan;
    }
    const auto result = load_plan(path);
    std::filesystem::remove(path);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->days.size(), 2U);
}

// Corrupting a valid plan one byte at a time must give either a plan or problems that
// name the file, never a crash (the sanitizers in the dev build check the "never").
TEST(PlanJson, MangledInputNeverCrashes) {
    const std::string original = kTwoDayPlan;
    std::mt19937 random(20261128);
    const std::string replacements = "{}[]\",:-0123456789.eE truefalsenull\\\x80\xff";
    for (int round = 0; round < 2000; ++round) {
        std::string mangled = original;
        const int edits = 1 + round % 4;
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = random() % mangled.size();
            switch (random() % 3) {
                case 0:
                    mangled[at] = replacements[random() % replacements.size()];
                    break;
                case 1:
                    mangled.erase(at, 1 + random() % 8);
                    break;
                default:
                    mangled.insert(at, 1, replacements[random() % replacements.size()]);
            }
        }
        const auto result = parse_plan_json(mangled, "plan.json");
        if (!result.ok()) {
            ASSERT_FALSE(result.problems().empty());
            for (const auto& problem : result.problems()) {
                ASSERT_EQ(problem.where.rfind("plan.json", 0), 0U) << problem.where;
            }
        }
    }
}

}  // namespace
}  // namespace mealplan

namespace mealplan {
namespace {

/// kTwoDayPlan with `request` as its "request" member.
std::string with_request(const std::string& request) {
    std::string text = kTwoDayPlan;
    text.insert(text.find("\"days\""), "\"request\": " + request + ",\n  ");
    return text;
}

constexpr const char* kRequest = R"({
    "profile": {"sex": "male", "age_years": 50, "pregnant": false, "lactating": false,
                "energy_kcal": 1300, "weight_kg": null, "height_cm": null, "activity": null},
    "days": 2, "coverage": "daily", "max_repeats": 3, "seed": 7, "time_limit_seconds": 2.5,
    "gap": 0.02, "diet": "vegan", "avoid": ["soy", "tree_nuts"], "exclude": ["16139", "spinach"],
    "allow_supplements": true})";

TEST(PlanJsonRequest, TheRecordedRequestComesBackFieldForField) {
    const auto plan = parse_plan_json(with_request(kRequest), "plan.json");
    ASSERT_TRUE(plan) << plan.problems().front().what;
    ASSERT_TRUE(plan->request.has_value());
    const RecordedRequest& request = *plan->request;
    EXPECT_EQ(request.profile.sex, Sex::Male);
    EXPECT_EQ(request.profile.age_years, 50.0);
    EXPECT_EQ(request.profile.energy_kcal, 1300.0);
    EXPECT_FALSE(request.profile.weight_kg.has_value());
    EXPECT_EQ(request.days, 2);
    EXPECT_EQ(request.coverage, CoverageMode::Daily);
    EXPECT_EQ(request.max_repeats, 3);
    EXPECT_EQ(request.seed, 7u);
    EXPECT_EQ(request.time_limit_seconds, 2.5);
    EXPECT_EQ(request.relative_gap, 0.02);
    EXPECT_EQ(request.diet, Diet::Vegan);
    EXPECT_EQ(request.avoid, (std::vector<Allergen>{Allergen::Soy, Allergen::TreeNuts}));
    EXPECT_EQ(request.exclude, (std::vector<std::string>{"16139", "spinach"}));
    EXPECT_TRUE(request.allow_supplements);
    EXPECT_EQ(plan->objective, 1.5);
}

TEST(PlanJsonRequest, APlanWithoutARequestStillReads) {
    const auto plan = parse_plan_json(kTwoDayPlan, "plan.json");
    ASSERT_TRUE(plan);
    EXPECT_FALSE(plan->request.has_value());
}

TEST(PlanJsonRequest, EveryBadFieldIsNamedAtItsPlace) {
    std::string request = kRequest;
    request.replace(request.find("\"vegan\""), 7, "\"keto\"");
    request.replace(request.find("\"days\": 2"), 9, "\"days\": 1.5");
    request.replace(request.find("\"tree_nuts\""), 11, "3");
    request.replace(request.find("\"sex\": \"male\""), 13, "\"sex\": 1");
    const auto plan = parse_plan_json(with_request(request), "plan.json");
    ASSERT_FALSE(plan);
    EXPECT_THAT(plan.problems(),
                Contains(problem_at("plan.json:/request/diet", "must be omnivore")));
    EXPECT_THAT(plan.problems(), Contains(problem_at("plan.json:/request/days", "whole number")));
    EXPECT_THAT(plan.problems(), Contains(problem_at("plan.json:/request/avoid/1", "not 3")));
    EXPECT_THAT(plan.problems(),
                Contains(problem_at("plan.json:/request/profile/sex", "must be female")));
}

TEST(PlanJsonRequest, AMissingFieldIsNamed) {
    std::string request = kRequest;
    request.replace(request.find("\"seed\": 7,"), 10, "");
    const auto plan = parse_plan_json(with_request(request), "plan.json");
    ASSERT_FALSE(plan);
    EXPECT_THAT(plan.problems(), Contains(problem_at("plan.json:/request/seed", "missing")));
}

}  // namespace
}  // namespace mealplan

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../core/problem_matchers.hpp"
#include "catalogue/catalogue.hpp"
#include "catalogue/source_tags.hpp"

namespace mealplan {
namespace {

using testing::has_problem;
using ::testing::HasSubstr;
using Json = nlohmann::json;

Food spinach() {
    Food food;
    food.id = "11457";
    food.name = "Spinach, raw";
    food.usda_description = "Spinach, raw";
    food.usda_food_group = "Vegetables and Vegetable Products";
    food.aisle = "produce";
    food.serving_grams = 85.0;
    food.serving_label = "85 g";
    food.racc_category = "Vegetables";
    food.slots = {MealSlot::Lunch, MealSlot::Dinner};
    food.diets = diets_fitting(Diet::Vegan);
    food.portions = {{1.0, "cup", 30.0}};
    food.packages = {{"10 oz bag", 283.5, 3.49}};
    food.per_100g[index(Nutrient::MagnesiumMg)] = 79.0;
    food.per_100g[index(Nutrient::CalciumMg)] = 99.0;
    food.sources = derive_sources(food.per_100g, food.serving_grams);
    return food;
}

Food egg() {
    Food food = spinach();
    food.id = "01123";
    food.name = "Egg, raw";
    food.aisle = "dairy and eggs";
    food.countable = true;
    food.portions = {{1.0, "large", 50.0}};
    food.allergens = {Allergen::Egg};
    food.diets = diets_fitting(Diet::Vegetarian);
    return food;
}

/// A valid catalogue as JSON, for tests to break one thing at a time.
Json valid_catalogue() {
    Catalogue catalogue;
    catalogue.source = "USDA SR28";
    catalogue.foods = {spinach(), egg()};
    return Json::parse(catalogue_to_json(catalogue));
}

Problems problems_of(const std::string& text) {
    auto result = parse_catalogue(text, "foods.json");
    EXPECT_FALSE(result.ok()) << "expected problems for: " << text.substr(0, 200);
    return result.ok() ? Problems{} : result.problems();
}

Problems problems_of_json(const Json& json) {
    return problems_of(json.dump());
}

TEST(CatalogueJson, RoundTripsEveryField) {
    Catalogue catalogue;
    catalogue.source = "USDA SR28";
    catalogue.foods = {spinach(), egg()};
    const std::string text = catalogue_to_json(catalogue);
    auto parsed = parse_catalogue(text, "foods.json");
    ASSERT_TRUE(parsed.ok()) << to_string(parsed.problems().front());
    EXPECT_EQ(catalogue_to_json(parsed.value()), text);
    const Food& food = parsed->foods.front();
    EXPECT_EQ(food.id, "11457");
    EXPECT_EQ(food.per_100g[index(Nutrient::MagnesiumMg)], 79.0);
    EXPECT_FALSE(food.per_100g[index(Nutrient::VitaminDUg)].has_value());
    EXPECT_EQ(food.packages.front().price_usd, 3.49);
    EXPECT_EQ(food.sources.at(Nutrient::MagnesiumMg), SourceLevel::Good);
    EXPECT_TRUE(parsed->foods.back().countable);
    EXPECT_EQ(parsed->find("01123")->name, "Egg, raw");
    EXPECT_EQ(parsed->find("99999"), nullptr);
}

TEST(CatalogueJson, NullIsUnknownNotZero) {
    const auto parsed = parse_catalogue(valid_catalogue().dump(), "foods.json");
    ASSERT_TRUE(parsed.ok());
    EXPECT_FALSE(parsed->foods[0].per_100g[index(Nutrient::VitaminB12Ug)].has_value());
    EXPECT_EQ(parsed->foods[0].sources.count(Nutrient::VitaminB12Ug), 0u);
}

TEST(CatalogueJson, SourcesAreRecomputedFromTheNumbers) {
    Json json = valid_catalogue();
    json["foods"][0]["nutrients"]["magnesium_mg"] = 200.0;  // 170 mg per 85 g = 40 %
    json["foods"][0]["sources"] = Json::object();
    const auto parsed = parse_catalogue(json.dump(), "foods.json");
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->foods[0].sources.at(Nutrient::MagnesiumMg), SourceLevel::Excellent);
}

TEST(CatalogueJson, NegativeOrNonNumericNutrient) {
    Json json = valid_catalogue();
    json["foods"][1]["nutrients"]["magnesium_mg"] = -1;
    json["foods"][0]["nutrients"]["calcium_mg"] = "99";
    const auto problems = problems_of_json(json);
    EXPECT_TRUE(has_problem(problems, "foods.json:/foods/1/nutrients/magnesium_mg",
                            "must be a number ≥ 0 or null"));
    EXPECT_TRUE(has_problem(problems, "foods.json:/foods/0/nutrients/calcium_mg",
                            "must be a number ≥ 0 or null"));
    EXPECT_EQ(problems.size(), 2u);  // every problem, not just the first
}

TEST(CatalogueJson, UnknownNutrientKey) {
    Json json = valid_catalogue();
    json["foods"][0]["nutrients"]["magnesium"] = 79;
    EXPECT_TRUE(has_problem(problems_of_json(json), "foods.json:/foods/0/nutrients/magnesium",
                            "unknown nutrient key"));
}

TEST(CatalogueJson, MissingNutrientKey) {
    Json json = valid_catalogue();
    json["foods"][0]["nutrients"].erase("vitamin_d_ug");
    EXPECT_TRUE(has_problem(problems_of_json(json), "foods.json:/foods/0/nutrients/vitamin_d_ug",
                            "is missing"));
}

TEST(CatalogueJson, MissingFields) {
    for (const char* field : {"id", "name", "aisle", "serving", "slots", "diets", "allergens",
                              "portions", "packages", "nutrients"}) {
        Json json = valid_catalogue();
        json["foods"][1].erase(field);
        EXPECT_TRUE(has_problem(problems_of_json(json), std::string("foods.json:/foods/1/") + field,
                                "is missing"))
            << field;
    }
}

TEST(CatalogueJson, DuplicateIds) {
    Json json = valid_catalogue();
    json["foods"][1]["id"] = "11457";
    EXPECT_TRUE(
        has_problem(problems_of_json(json), "foods.json:/foods/1/id", "duplicate id '11457'"));
}

TEST(CatalogueJson, IdsMustBeFiveDigitStrings) {
    for (const Json& id :
         {Json("1145"), Json("114570"), Json("11a57"), Json(11457), Json(nullptr)}) {
        Json json = valid_catalogue();
        json["foods"][0]["id"] = id;
        EXPECT_TRUE(has_problem(problems_of_json(json), "foods.json:/foods/0/id", "5-digit"))
            << id.dump();
    }
}

TEST(CatalogueJson, UnknownNames) {
    Json json = valid_catalogue();
    json["foods"][0]["aisle"] = "bakery";
    json["foods"][0]["diets"] = {"vegan", "keto"};
    json["foods"][0]["allergens"] = {"nuts"};
    json["foods"][0]["slots"] = {"brunch"};
    const auto problems = problems_of_json(json);
    EXPECT_TRUE(has_problem(problems, "foods.json:/foods/0/aisle", "unknown aisle 'bakery'"));
    EXPECT_TRUE(has_problem(problems, "foods.json:/foods/0/diets/1", "unknown diet 'keto'"));
    EXPECT_TRUE(
        has_problem(problems, "foods.json:/foods/0/allergens/0", "unknown allergen 'nuts'"));
    EXPECT_TRUE(has_problem(problems, "foods.json:/foods/0/slots/0", "unknown meal slot 'brunch'"));
}

TEST(CatalogueJson, PortionsAndPackagesNeedPositiveGrams) {
    Json json = valid_catalogue();
    json["foods"][0]["portions"][0]["grams"] = 0;
    json["foods"][0]["packages"][0]["grams"] = -283.5;
    json["foods"][1]["portions"][0]["amount"] = "one";
    const auto problems = problems_of_json(json);
    EXPECT_TRUE(
        has_problem(problems, "foods.json:/foods/0/portions/0/grams", "must be a number > 0"));
    EXPECT_TRUE(
        has_problem(problems, "foods.json:/foods/0/packages/0/grams", "must be a number > 0"));
    EXPECT_TRUE(
        has_problem(problems, "foods.json:/foods/1/portions/0/amount", "must be a number > 0"));
}

TEST(CatalogueJson, CountableFoodNeedsAPortion) {
    Json json = valid_catalogue();
    json["foods"][1]["portions"] = Json::array();
    EXPECT_TRUE(has_problem(problems_of_json(json), "foods.json:/foods/1/portions", "countable"));
}

TEST(CatalogueJson, WrongTypes) {
    Json json = valid_catalogue();
    json["foods"][0]["countable"] = "yes";
    json["foods"][0]["slots"] = "lunch";
    json["foods"][1]["nutrients"] = Json::array();
    json["foods"][1]["serving"]["grams"] = Json::object();
    const auto problems = problems_of_json(json);
    EXPECT_TRUE(has_problem(problems, "foods.json:/foods/0/countable", "true or false"));
    EXPECT_TRUE(has_problem(problems, "foods.json:/foods/0/slots", "must be an array"));
    EXPECT_TRUE(has_problem(problems, "foods.json:/foods/1/nutrients", "must be an object"));
    EXPECT_TRUE(has_problem(problems, "foods.json:/foods/1/serving/grams", "must be a number"));
}

TEST(CatalogueJson, UnknownMembersAreReported) {
    Json json = valid_catalogue();
    json["foods"][0]["aile"] = "produce";
    EXPECT_TRUE(has_problem(problems_of_json(json), "foods.json:/foods/0/aile", "unknown member"));
}

TEST(CatalogueJson, WrongRoot) {
    EXPECT_TRUE(has_problem(problems_of("[]"), "foods.json:/", "must be an object"));
    EXPECT_TRUE(has_problem(problems_of(R"({"schema":"mealplan.foods/1","source":"x","foods":{}})"),
                            "foods.json:/foods", "must be an array"));
    EXPECT_TRUE(has_problem(problems_of(R"({"schema":"other","source":"x","foods":[]})"),
                            "foods.json:/schema", "mealplan.foods/1"));
    EXPECT_TRUE(
        has_problem(problems_of(R"({"schema":"mealplan.foods/1","source":"x","foods":[7]})"),
                    "foods.json:/foods/0", "must be an object"));
}

TEST(CatalogueJson, SyntaxErrorNamesTheByteOffset) {
    const auto problems = problems_of(R"({"foods": [1, 2,)");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].where, "foods.json");
    EXPECT_THAT(problems[0].what, HasSubstr("invalid JSON at byte"));
    EXPECT_FALSE(problems_of("").empty());
    EXPECT_FALSE(problems_of(std::string("\xff\xfe", 2)).empty());
}

TEST(CatalogueJson, DeepNestingIsRefusedWithoutCrashing) {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const auto problems = problems_of(deep);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_THAT(problems[0].what, HasSubstr("nested deeper than"));
    // Brackets inside strings do not count as nesting.
    Json json = valid_catalogue();
    json["foods"][0]["name"] = std::string(200, '[');
    EXPECT_TRUE(parse_catalogue(json.dump(), "foods.json").ok());
}

TEST(CatalogueJson, HugeNumbersAreProblems) {
    std::string text = valid_catalogue().dump();
    const std::string key = "\"magnesium_mg\":79.0";
    const auto at = text.find(key);
    ASSERT_NE(at, std::string::npos);
    std::string overflow = text;
    overflow.replace(at, key.size(), "\"magnesium_mg\":1e400");
    EXPECT_THAT(problems_of(overflow).front().what, HasSubstr("invalid JSON"));
    std::string huge = text;
    huge.replace(at, key.size(), "\"magnesium_mg\":1e300");
    EXPECT_TRUE(has_problem(problems_of(huge), "foods.json:/foods/0/nutrients/magnesium_mg",
                            "must be a number ≥ 0 or null"));
}

TEST(CatalogueJson, LoadNamesAMissingFile) {
    const auto result = load_catalogue("/nonexistent/foods.json");
    ASSERT_FALSE(result.ok());
    EXPECT_THAT(result.problems().front().where, HasSubstr("/nonexistent/foods.json"));
}

}  // namespace
}  // namespace mealplan

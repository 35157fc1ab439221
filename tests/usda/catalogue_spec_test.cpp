#include "usda/catalogue_spec.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../core/problem_matchers.hpp"
#include "core/files.hpp"

namespace mealplan::usda {
namespace {

using Json = nlohmann::json;

const std::filesystem::path kFixtureSpec =
    std::filesystem::path(MEALPLAN_TEST_DIR) / "fixtures/sr28-mini/catalogue-spec.json";

Json fixture_spec() {
    return Json::parse(read_file(kFixtureSpec).value());
}

/// Succeeds when `spec` is refused with a problem at `where` that says `what`.
::testing::AssertionResult has_problem(const Json& spec, const std::string& where,
                                       const std::string& what) {
    const auto result = parse_catalogue_spec(spec.dump(), "spec.json");
    if (result.ok()) return ::testing::AssertionFailure() << "the spec was accepted";
    return testing::has_problem(result.problems(), where, what);
}

TEST(CatalogueSpec, ReadsTheFixture) {
    const auto spec = load_catalogue_spec(kFixtureSpec);
    ASSERT_TRUE(spec.ok()) << to_string(spec.problems().front());
    ASSERT_EQ(spec->foods.size(), 8u);
    const FoodSpec& spinach = spec->foods[0];
    EXPECT_EQ(spinach.id, "11457");
    EXPECT_EQ(spinach.aisle, "produce");
    EXPECT_EQ(spinach.racc, "veg");
    EXPECT_EQ(spinach.serving_grams, 85.0);
    EXPECT_EQ(spinach.packages.at(0).price_usd, 3.49);
    EXPECT_EQ(spec->foods[1].first_portion, "oz");
    EXPECT_EQ(spec->foods[7].strictest_diet, Diet::Vegetarian);
    EXPECT_EQ(spec->racc_categories.at("milk").reference_amount, "240 mL");
}

TEST(CatalogueSpec, UnknownNames) {
    Json spec = fixture_spec();
    spec["foods"][0]["aisle"] = "deli";
    spec["foods"][1]["slots"] = {"supper"};
    spec["foods"][2]["allergens"] = {"crustacean"};
    spec["foods"][3]["strictest_diet"] = "paleo";
    spec["foods"][4]["serving"]["racc"] = "fruits";
    EXPECT_TRUE(has_problem(spec, "spec.json:/foods/0/aisle", "unknown aisle 'deli'"));
    EXPECT_TRUE(has_problem(spec, "spec.json:/foods/1/slots/0", "unknown meal slot"));
    EXPECT_TRUE(has_problem(spec, "spec.json:/foods/2/allergens/0", "unknown allergen"));
    EXPECT_TRUE(has_problem(spec, "spec.json:/foods/3/strictest_diet", "unknown diet 'paleo'"));
    EXPECT_TRUE(
        has_problem(spec, "spec.json:/foods/4/serving/racc", "unknown RACC category 'fruits'"));
}

TEST(CatalogueSpec, DuplicateAndMalformedIds) {
    Json spec = fixture_spec();
    spec["foods"][3]["id"] = "11457";
    spec["foods"][4]["id"] = 9520;
    EXPECT_TRUE(
        has_problem(spec, "spec.json:/foods/3/id", "duplicate id '11457' (first at /foods/0)"));
    EXPECT_TRUE(has_problem(spec, "spec.json:/foods/4/id", "5-digit"));
}

TEST(CatalogueSpec, MissingAndBadFields) {
    Json spec = fixture_spec();
    spec["foods"][0].erase("packages");
    spec["foods"][1]["packages"] = Json::array();
    spec["foods"][2]["packages"][0]["grams"] = 0;
    spec["foods"][3]["serving"]["grams"] = "355";
    spec["foods"][4]["countable"] = 1;
    spec["foods"][5]["slots"] = Json::array();
    spec["foods"][6]["pakages"] = Json::array();
    EXPECT_TRUE(has_problem(spec, "spec.json:/foods/0/packages", "is missing"));
    EXPECT_TRUE(has_problem(spec, "spec.json:/foods/1/packages", "at least one package"));
    EXPECT_TRUE(has_problem(spec, "spec.json:/foods/2/packages/0/grams", "must be a number > 0"));
    EXPECT_TRUE(has_problem(spec, "spec.json:/foods/3/serving/grams", "must be a number > 0"));
    EXPECT_TRUE(has_problem(spec, "spec.json:/foods/4/countable", "true or false"));
    EXPECT_TRUE(has_problem(spec, "spec.json:/foods/5/slots", "must not be empty"));
    EXPECT_TRUE(has_problem(spec, "spec.json:/foods/6/pakages", "unknown member"));
}

TEST(CatalogueSpec, WrongRootAndSyntax) {
    EXPECT_TRUE(has_problem(Json::array(), "spec.json:/", "must be an object"));
    Json spec = fixture_spec();
    spec["schema"] = "mealplan.foods/1";
    EXPECT_TRUE(has_problem(spec, "spec.json:/schema", "mealplan.catalogue-spec/1"));
    const auto broken = parse_catalogue_spec("{\"foods\": [", "spec.json");
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.problems().front().where, "spec.json");
}

}  // namespace
}  // namespace mealplan::usda

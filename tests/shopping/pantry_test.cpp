// Pantry files: JSON or CSV, names or NDB numbers, any unit the food allows; every bad
// line reported with its place.

#include "shopping/pantry.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "../core/problem_matchers.hpp"
#include "test_catalogue.hpp"

namespace mealplan {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using testing::problem_at;
using testing::shopping_test_catalogue;

Result<std::map<FoodId, double>> grams_from(std::string_view text, std::string_view label) {
    auto lines = parse_pantry(text, label);
    if (!lines) return std::move(lines).problems();
    return pantry_grams(*lines, shopping_test_catalogue());
}

TEST(Pantry, JsonByIdOrNameInAnyUnitOfTheFood) {
    const auto grams = grams_from(R"({"pantry": [
        {"food": "01123", "amount": 2, "unit": "large"},
        {"food": "spinach, RAW", "amount": 1, "unit": "cup"},
        {"food": "Egg, whole, raw, fresh", "amount": 1},
        {"food": "Oil, olive", "amount": 0.5, "unit": "kg"}]})",
                                  "pantry.json");
    ASSERT_TRUE(grams.ok()) << to_string(grams.problems().front());
    EXPECT_DOUBLE_EQ(grams->at("01123"), 150.0);  // two large eggs and one more
    EXPECT_DOUBLE_EQ(grams->at("11457"), 30.0);
    EXPECT_DOUBLE_EQ(grams->at("04053"), 500.0);
}

TEST(Pantry, CsvWithHeaderAndQuotedNames) {
    const auto grams = grams_from(
        "food,amount,unit\r\n\"Spinach, raw\",2,cup\r\n01082,1,quart\r\n\r\n09003,3,\r\n",
        "pantry.csv");
    ASSERT_TRUE(grams.ok()) << to_string(grams.problems().front());
    EXPECT_DOUBLE_EQ(grams->at("11457"), 60.0);
    EXPECT_DOUBLE_EQ(grams->at("01082"), 976.0);
    EXPECT_DOUBLE_EQ(grams->at("09003"), 546.0);
}

TEST(Pantry, EveryBadCsvLineIsReportedWithItsLineNumber) {
    auto lines = parse_pantry(
        "food,amount,unit\n11457,-2,cup\n11457,lots,cup\n11457,1,cup,extra\n11457,1e999,g\n",
        "pantry.csv");
    ASSERT_FALSE(lines.ok());
    const auto& problems = lines.problems();
    EXPECT_THAT(problems, Contains(problem_at("pantry.csv:2", "negative")));
    EXPECT_THAT(problems, Contains(problem_at("pantry.csv:3", "\"lots\" is not a number")));
    EXPECT_THAT(problems, Contains(problem_at("pantry.csv:4", "4 fields")));
    EXPECT_THAT(problems, Contains(problem_at("pantry.csv:5", "not a number")));
    EXPECT_EQ(problems.size(), 4U);
}

TEST(Pantry, AMissingHeaderIsRefused) {
    const auto lines = parse_pantry("11457,2,cup\n", "pantry.csv");
    ASSERT_FALSE(lines.ok());
    EXPECT_THAT(lines.problems(), Contains(problem_at("pantry.csv:1", "header food,amount,unit")));
}

TEST(Pantry, UnknownFoodsAndUnitsNameTheLineAndWhatWouldWork) {
    const auto grams = grams_from(
        "food,amount,unit\nDragon fruit,1,\n11457,1,handful\n15236,100,ml\n11457,1e300,kg\n",
        "pantry.csv");
    ASSERT_FALSE(grams.ok());
    const auto& problems = grams.problems();
    EXPECT_THAT(problems, Contains(problem_at("pantry.csv:2",
                                              "no food has the NDB number or name "
                                              "\"Dragon fruit\"")));
    EXPECT_THAT(problems, Contains(problem_at("pantry.csv:3", "unknown unit \"handful\"")));
    EXPECT_THAT(problems, Contains(problem_at("pantry.csv:3", "bunch")));
    EXPECT_THAT(problems, Contains(problem_at("pantry.csv:4", "unknown unit \"ml\"")));
    EXPECT_THAT(problems, Contains(problem_at("pantry.csv:5", "more than 10 tonnes")));
    EXPECT_EQ(problems.size(), 4U);
}

TEST(Pantry, JsonProblemsCarryTheirPointer) {
    const auto grams = grams_from(R"({"pantry": [
        {"food": "11457", "amount": -1, "unit": "cup"},
        {"food": 11457, "amount": 1, "unit": "cup"},
        {"food": "11457", "amount": "2", "unit": 3},
        "eggs"]})",
                                  "pantry.json");
    ASSERT_FALSE(grams.ok());
    const auto& problems = grams.problems();
    EXPECT_THAT(problems, Contains(problem_at("pantry.json:/pantry/0/amount", "negative")));
    EXPECT_THAT(problems, Contains(problem_at("pantry.json:/pantry/1/food", "string")));
    EXPECT_THAT(problems, Contains(problem_at("pantry.json:/pantry/2/amount", "number")));
    EXPECT_THAT(problems, Contains(problem_at("pantry.json:/pantry/2/unit", "unit")));
    EXPECT_THAT(problems, Contains(problem_at("pantry.json:/pantry/3", "object")));
    EXPECT_THAT(grams_from("{\"pantry\": 3}", "p.json").problems(),
                Contains(problem_at("p.json:/pantry", "missing")));
    EXPECT_THAT(grams_from("{\"pantry\": [", "p.json").problems(),
                Contains(problem_at("p.json", "invalid JSON")));
}

TEST(Pantry, LoadPantryReportsSyntaxAndCatalogueProblemsTogether) {
    const auto path = std::filesystem::temp_directory_path() / "mealplan-pantry-test.csv";
    {
        std::ofstream out(path);
        out << "food,amount,unit\nDragon fruit,1,g\n11457,-1,cup\n";
    }
    const auto grams = load_pantry(path, shopping_test_catalogue());
    std::filesystem::remove(path);
    ASSERT_FALSE(grams.ok());
    // Both passes' problems, in the order of the file's lines.
    ASSERT_EQ(grams.problems().size(), 2U);
    EXPECT_THAT(grams.problems()[0], problem_at(path.string() + ":2", "Dragon fruit"));
    EXPECT_THAT(grams.problems()[1], problem_at(path.string() + ":3", "negative"));
}

// Corrupted pantry files of both kinds give lines or problems naming the file, never a
// crash (the sanitizers of the dev build watch the "never").
TEST(Pantry, MangledInputNeverCrashes) {
    const std::vector<std::string> originals{
        "food,amount,unit\r\n\"Spinach, raw\",2,cup\r\n01123,6,large\r\n01082,1,l\r\n",
        R"({"pantry": [{"food": "01123", "amount": 2, "unit": "large"},
                       {"food": "Oil, olive", "amount": 0.5, "unit": "cup"}]})"};
    const std::string replacements = "\",\r\n{}[]:-0.5e9 cupgl\x80\xff";
    std::mt19937 random(7);
    const auto catalogue = shopping_test_catalogue();
    for (const auto& original : originals) {
        for (int round = 0; round < 1500; ++round) {
            std::string mangled = original;
            for (int edit = 0; edit <= round % 3; ++edit) {
                const std::size_t at = random() % mangled.size();
                const char c = replacements[random() % replacements.size()];
                switch (random() % 3) {
                    case 0:
                        mangled[at] = c;
                        break;
                    case 1:
                        mangled.erase(at, 1 + random() % 6);
                        break;
                    default:
                        mangled.insert(mangled.begin() + static_cast<std::ptrdiff_t>(at), c);
                }
                if (mangled.empty()) mangled.push_back('x');
            }
            const auto lines = parse_pantry(mangled, "pantry");
            if (!lines) {
                for (const auto& problem : lines.problems()) {
                    ASSERT_EQ(problem.where.rfind("pantry", 0), 0U) << problem.where;
                }
                continue;
            }
            const auto grams = pantry_grams(*lines, catalogue);
            if (grams) {
                for (const auto& [id, amount] : *grams) ASSERT_GE(amount, 0.0) << id;
            }
        }
    }
}

TEST(Pantry, AMissingFileIsNamed) {
    const auto grams = load_pantry("/nonexistent/pantry.csv", shopping_test_catalogue());
    ASSERT_FALSE(grams.ok());
    EXPECT_EQ(grams.problems()[0].where, "/nonexistent/pantry.csv");
}

}  // namespace
}  // namespace mealplan

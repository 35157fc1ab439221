#include "core/json_input.hpp"

#include <gtest/gtest.h>

namespace mealplan {
namespace {

TEST(JsonInput, AMemberGivenTwiceIsRefusedWithItsPointer) {
    // nlohmann keeps the last of two equal keys: the first value would vanish unseen.
    const auto parsed = json_input::parse(
        R"({"foods": [{"id": "01001", "grams": 5}, {"id": "01002", "grams": 4, "grams": 40}]})",
        "foods.json");
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(to_string(parsed.problems().front()),
              "foods.json:/foods/1/grams: is given twice in its object; each member may appear "
              "once");
}

TEST(JsonInput, EqualKeysInDifferentObjectsAreFine) {
    EXPECT_TRUE(
        json_input::parse(R"({"a": {"x": 1}, "b": {"x": 2}, "c": [{"x": 3}, {"x": 4}]})", "f.json")
            .ok());
}

TEST(JsonInput, ANumberTooSmallForADoubleIsRefusedAsInTheOtherReaders) {
    // The LP and CSV readers refuse 1e-400; JSON once read it as 0.
    const auto parsed = json_input::parse("{\"grams\": 5,\n \"mg\": 1e-400}", "foods.json");
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(to_string(parsed.problems().front()),
              "foods.json: invalid JSON at byte 20: line 2, column 8: the number 1e-400 is too "
              "small for a double (it would read as 0)");
    // A string that looks like one is text, and small ordinary numbers are numbers.
    EXPECT_TRUE(json_input::parse(R"({"note": "1e-400", "mg": 1e-300, "g": -0.0})", "f.json").ok());
}

}  // namespace
}  // namespace mealplan

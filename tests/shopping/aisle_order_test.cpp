// A store's aisle order from a file.

#include "shopping/aisle_order.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace mealplan {
namespace {

using ::testing::ElementsAre;

TEST(AisleOrder, OneAislePerLineWithCommentsAndRepeatsSkipped) {
    const auto order =
        parse_aisle_order("# my store\r\n  Dairy and eggs \n\nproduce\nPRODUCE\nbakery", "a.txt");
    ASSERT_TRUE(order.ok());
    EXPECT_THAT(*order, ElementsAre("Dairy and eggs", "produce", "bakery"));
}

TEST(AisleOrder, AJsonListOfNames) {
    const auto order = parse_aisle_order(R"(["frozen", "produce"])", "a.json");
    ASSERT_TRUE(order.ok());
    EXPECT_THAT(*order, ElementsAre("frozen", "produce"));
}

TEST(AisleOrder, BadEntriesAndEmptyFilesAreProblems) {
    const auto bad = parse_aisle_order(R"(["frozen", 3, ""])", "a.json");
    ASSERT_FALSE(bad.ok());
    ASSERT_EQ(bad.problems().size(), 2U);
    EXPECT_EQ(bad.problems()[0].where, "a.json:/1");
    EXPECT_EQ(bad.problems()[1].where, "a.json:/2");
    EXPECT_FALSE(parse_aisle_order("# nothing\n\n", "a.txt").ok());
    EXPECT_FALSE(parse_aisle_order("[\"open", "a.json").ok());
    EXPECT_FALSE(load_aisle_order("/nonexistent/aisles.txt").ok());
}

}  // namespace
}  // namespace mealplan

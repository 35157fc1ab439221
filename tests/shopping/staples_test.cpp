// Staples files: items by id, name or a food they are bought as; unknown lines refused.

#include "shopping/staples.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "shipped_purchases.hpp"

namespace mealplan {
namespace {

using testing::shipped_catalogue;
using testing::shipped_purchases;

TEST(Staples, NamesAnItemByIdNameOrFood) {
    const auto staples = parse_staples("# what we keep\nolive-oil\n\n  SALT \n16070\n",
                                       "staples.txt", shipped_purchases(), shipped_catalogue());
    ASSERT_TRUE(staples.ok()) << to_string(staples.problems().front());
    EXPECT_EQ(*staples, (std::set<std::string>{"olive-oil", "salt", "lentils"}));
}

TEST(Staples, NoneMeansNothingIsAtHomeAndAnEmptyFileIsRefused) {
    const auto none = parse_staples("# we buy everything\nnone\n", "staples.txt",
                                    shipped_purchases(), shipped_catalogue());
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->empty());
    const auto empty =
        parse_staples("# nothing\n", "staples.txt", shipped_purchases(), shipped_catalogue());
    ASSERT_FALSE(empty.ok());
    EXPECT_THAT(empty.problems().front().what, ::testing::HasSubstr("none"));
}

TEST(Staples, EveryUnknownLineIsReported) {
    const auto staples = parse_staples("salt\nunicorn dust\n\nsaffron\n", "staples.txt",
                                       shipped_purchases(), shipped_catalogue());
    ASSERT_FALSE(staples.ok());
    ASSERT_EQ(staples.problems().size(), 2U);
    EXPECT_EQ(staples.problems()[0].where, "staples.txt:2");
    EXPECT_EQ(staples.problems()[1].where, "staples.txt:4");
}

}  // namespace
}  // namespace mealplan

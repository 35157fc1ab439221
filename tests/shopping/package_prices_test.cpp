// Package prices from a CSV file.

#include "shopping/package_prices.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "shipped_purchases.hpp"
#include "test_catalogue.hpp"

namespace mealplan {
namespace {

using ::testing::HasSubstr;
using testing::shopping_test_catalogue;

TEST(PackagePrices, ReadsPricesByFoodAndPackageLabel) {
    const auto prices = parse_package_prices(
        "food,package,price_usd\n11457,10 oz bag,3.49\n\"Spinach, raw\",6 OZ BAG,2.99\n"
        "01123,dozen large,4\n",
        "prices.csv", shopping_test_catalogue());
    ASSERT_TRUE(prices.ok()) << to_string(prices.problems().front());
    EXPECT_DOUBLE_EQ(prices->at("11457").at("10 oz bag"), 3.49);
    EXPECT_DOUBLE_EQ(prices->at("11457").at("6 oz bag"), 2.99);  // the catalogue's label
    EXPECT_DOUBLE_EQ(prices->at("01123").at("dozen large"), 4.0);
}

TEST(PackagePrices, EveryBadLineIsReported) {
    const auto prices = parse_package_prices(
        "food,package,price_usd\n11457,crate,3\n11457,10 oz bag,-1\nDragon fruit,box,2\n"
        "12061,bag,5\n11457,10 oz bag\n",
        "prices.csv", shopping_test_catalogue());
    ASSERT_FALSE(prices.ok());
    const auto& problems = prices.problems();
    ASSERT_EQ(problems.size(), 5U);
    EXPECT_EQ(problems[0].where, "prices.csv:2");
    EXPECT_THAT(problems[0].what, HasSubstr("\"10 oz bag\", \"6 oz bag\""));
    EXPECT_EQ(problems[1].where, "prices.csv:3");
    EXPECT_THAT(problems[1].what, HasSubstr("from 0 to 1000"));
    EXPECT_EQ(problems[2].where, "prices.csv:4");
    EXPECT_EQ(problems[3].where, "prices.csv:5");
    EXPECT_THAT(problems[3].what, HasSubstr("no packages"));
    EXPECT_EQ(problems[4].where, "prices.csv:6");
}

TEST(PackagePrices, APriceTooLargeOrNotANumberIsRefusedWithItsLine) {
    const auto prices = parse_package_prices(
        "food,package,price_usd\n11457,10 oz bag,1e308\n11457,10 oz bag,nan\n"
        "11457,10 oz bag,inf\n11457,10 oz bag,1000.01\n11457,10 oz bag,$3\n11457,6 oz bag,1000\n",
        "prices.csv", shopping_test_catalogue());
    ASSERT_FALSE(prices.ok());
    const auto& problems = prices.problems();
    ASSERT_EQ(problems.size(), 5U);
    for (std::size_t i = 0; i < problems.size(); ++i) {
        EXPECT_EQ(problems[i].where, "prices.csv:" + std::to_string(i + 2));
        EXPECT_THAT(problems[i].what, HasSubstr("must be a number of dollars"));
    }
}

TEST(PackagePrices, WithPurchaseDataAPriceIsOfAnItemNamedByIdOrByAFood) {
    const auto prices = parse_package_prices(
        "food,package,price_usd\nlentils,1 LB BAG,2.10\n01129,1 dozen large,4.50\n", "prices.csv",
        testing::shipped_catalogue(), &testing::shipped_purchases());
    ASSERT_TRUE(prices.ok()) << to_string(prices.problems().front());
    EXPECT_DOUBLE_EQ(prices->at("lentils").at("1 lb bag"), 2.10);
    EXPECT_DOUBLE_EQ(prices->at("eggs").at("1 dozen large"), 4.50);  // hard-boiled egg → eggs
    const auto bad =
        parse_package_prices("food,package,price_usd\nlentils,crate,2\n", "prices.csv",
                             testing::shipped_catalogue(), &testing::shipped_purchases());
    ASSERT_FALSE(bad.ok());
    EXPECT_THAT(bad.problems().front().what, HasSubstr("\"1 lb bag\""));
}

TEST(PackagePrices, TheHeaderIsRequired) {
    const auto prices =
        parse_package_prices("11457,10 oz bag,3.49\n", "prices.csv", shopping_test_catalogue());
    ASSERT_FALSE(prices.ok());
    EXPECT_THAT(prices.problems()[0].what, HasSubstr("food,package,price_usd"));
}

}  // namespace
}  // namespace mealplan

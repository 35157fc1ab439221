// The purchase data: the shipped file passes every check, and each kind of bad value is
// refused at its JSON pointer.

#include "shopping/purchases.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <sstream>

#include "shipped_purchases.hpp"

namespace mealplan {
namespace {

using ::testing::HasSubstr;
using testing::shipped_catalogue;
using testing::shipped_purchases;

nlohmann::json shipped_json() {
    std::ifstream in(std::string(MEALPLAN_DATA_DIR) + "/purchases.json");
    std::stringstream text;
    text << in.rdbuf();
    return nlohmann::json::parse(text.str());
}

/// The problems of the shipped file after `change`.
Problems problems_after(const std::function<void(nlohmann::json&)>& change) {
    auto document = shipped_json();
    change(document);
    auto parsed = parse_purchases(document.dump(), "purchases.json", shipped_catalogue());
    return parsed ? Problems{} : parsed.problems();
}

/// The index of item `id` in the shipped file.
std::size_t item_index(const nlohmann::json& document, const std::string& id) {
    for (std::size_t i = 0; i < document["items"].size(); ++i) {
        if (document["items"][i]["id"] == id) return i;
    }
    throw std::out_of_range(id);
}

TEST(Purchases, EveryCatalogueFoodIsBoughtAsAnItem) {
    const auto& purchases = shipped_purchases();
    for (const auto& food : shipped_catalogue().foods) {
        const auto link = purchases.foods.find(food.id);
        ASSERT_NE(link, purchases.foods.end()) << food.id << " " << food.name;
        const auto& item = purchases.items[link->second.item];
        EXPECT_NE(std::find(item.foods.begin(), item.foods.end(), food.id), item.foods.end());
    }
}

TEST(Purchases, AtLeastNineInTenItemsArePriced) {
    const auto& items = shipped_purchases().items;
    const auto priced = std::count_if(items.begin(), items.end(),
                                      [](const PurchasedItem& item) { return item.price; });
    EXPECT_GE(static_cast<double>(priced), 0.9 * static_cast<double>(items.size()));
}

TEST(Purchases, CookedFormsAreBoughtAsTheRawOrDryItem) {
    const auto& purchases = shipped_purchases();
    const auto item_of = [&](const FoodId& id) {
        return purchases.items[purchases.foods.at(id).item];
    };
    // SR28 01129 egg hard-boiled and 01123 egg raw; 16070 lentils cooked is sold dry.
    EXPECT_EQ(item_of("01129").id, item_of("01123").id);
    EXPECT_EQ(item_of("16070").id, "lentils");
    EXPECT_GT(purchases.foods.at("16070").yield, 2.0);  // a gram dry makes more than 2 cooked
    EXPECT_NEAR(purchases.foods.at("09040").yield, 0.64, 1e-9);  // banana flesh: the peel
}

TEST(Purchases, BadValuesAreRefusedAtTheirPlace) {
    const auto document = shipped_json();
    const auto spinach = item_index(document, "spinach");
    const std::string at = "purchases.json:/items/" + std::to_string(spinach);
    struct Case {
        std::function<void(nlohmann::json&)> change;
        std::string where;
        std::string what;
    };
    const std::vector<Case> cases = {
        {[&](auto& d) { d["items"][spinach]["price"]["usd_per_kg_as_bought"] = 1e308; },
         at + "/price/usd_per_kg_as_bought", "500"},
        {[&](auto& d) { d["items"][spinach]["packages"][0]["price_usd"] = 99.0; },
         at + "/packages/0/price_usd", "differs"},
        {[&](auto& d) { d["items"][spinach]["packages"][0]["grams_as_bought"] = -1; },
         at + "/packages/0/grams_as_bought", ""},
        {[&](auto& d) { d["items"][spinach]["perishable"] = false; }, at + "/perishable",
         "must be true"},
        {[&](auto& d) { d["items"][spinach]["aisle"] = "garden"; }, at + "/aisle",
         "not a catalogue aisle"},
        {[&](auto& d) { d["items"][spinach]["id"] = "Spinach Leaves"; }, at + "/id", "kebab"},
        {[&](auto& d) { d["items"][spinach]["price"]["source"] = "guess"; }, at + "/price/source",
         "ers"},
        {[&](auto& d) { d["items"][spinach]["packages"] = nlohmann::json::array(); },
         at + "/packages", "empty"},
        {[&](auto& d) { d["foods"][0]["yield_rule"] = "guess"; },
         "purchases.json:/foods/0/yield_rule", "unknown yield rule"},
        {[&](auto& d) { d["foods"][0]["yield"] = 9.0; }, "purchases.json:/foods/0/yield", ""},
        {[&](auto& d) { d["schema"] = "mealplan.purchases/2"; }, "purchases.json:/schema", ""},
    };
    for (const auto& c : cases) {
        const auto problems = problems_after(c.change);
        ASSERT_FALSE(problems.empty()) << c.where;
        EXPECT_EQ(problems.front().where, c.where);
        EXPECT_THAT(problems.front().what, HasSubstr(c.what)) << c.where;
    }
}

TEST(Purchases, AFoodWithoutItsItemIsRefused) {
    const auto problems = problems_after([](auto& d) { d["foods"].erase(d["foods"].begin()); });
    ASSERT_FALSE(problems.empty());
    EXPECT_THAT(problems.front().what, HasSubstr("has no purchased item"));
}

TEST(Purchases, TooFewPricesAreRefused) {
    const auto problems = problems_after([](auto& d) {
        for (auto& item : d["items"]) {
            item["price"] = nullptr;
            item["unpriced_reason"] = "test";
            for (auto& package : item["packages"]) package["price_usd"] = nullptr;
        }
    });
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(problems.front().where, "purchases.json:/items");
    EXPECT_THAT(problems.front().what, HasSubstr("90 %"));
}

}  // namespace
}  // namespace mealplan

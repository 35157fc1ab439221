// The shopping list: sums over the plan and the household, the pantry subtracted once,
// what to buy, store order and cost; then properties over many seeded plans.

#include "shopping/shopping_list.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "random_plan.hpp"
#include "shipped_purchases.hpp"
#include "test_catalogue.hpp"

namespace mealplan {
namespace {

using testing::plan_totals;
using testing::random_plan;
using testing::shipped_catalogue;
using testing::shipped_purchases;
using testing::shopping_test_catalogue;

PlanItem item(FoodId id, double grams, bool side = false) {
    PlanItem result;
    result.food_id = std::move(id);
    result.grams = grams;
    result.side = side;
    return result;
}

/// A two-day plan: spinach in a dish both days, an egg side, salmon on day 2.
Plan two_day_plan() {
    Plan plan;
    PlanDay day1;
    day1.day = 1;
    day1.meals.push_back({MealSlot::Breakfast,
                          "eggs",
                          "Eggs",
                          1.0,
                          {item("01123", 100.0), item("09003", 182.0, true)}});
    day1.meals.push_back({MealSlot::Lunch, "salad", "Salad", 1.0, {item("11457", 120.0)}});
    PlanDay day2;
    day2.day = 2;
    day2.meals.push_back(
        {MealSlot::Dinner, "salmon", "Salmon", 1.5, {item("15236", 170.0), item("11457", 90.0)}});
    plan.days = {day1, day2};
    return plan;
}

const ShoppingItem* find_item(const ShoppingList& list, const FoodId& id) {
    for (const auto& entry : list.items) {
        if (entry.food_id == id) return &entry;
    }
    return nullptr;
}

TEST(ShoppingOptions, AHouseholdHasOneToAHundredPeople) {
    ShoppingOptions options;
    for (const int people : {1, kMaxPeople}) {
        options.people = people;
        EXPECT_TRUE(validate_options(options).empty()) << people;
    }
    for (const int people : {0, -1, kMaxPeople + 1}) {
        options.people = people;
        const auto problems = validate_options(options);
        ASSERT_EQ(problems.size(), 1u) << people;
        EXPECT_EQ(problems[0].field, ShoppingField::People);
        EXPECT_THAT(problems[0].what, ::testing::HasSubstr("from 1 to 100"));
    }
}

TEST(ShoppingList, SumsEveryDishAndSideOverTheDaysTimesThePeople) {
    ShoppingOptions options;
    options.people = 3;
    const auto list = build_shopping_list(two_day_plan(), shopping_test_catalogue(), options);
    EXPECT_EQ(list.people, 3);
    EXPECT_EQ(list.days, 2);
    ASSERT_EQ(list.items.size(), 4U);
    ASSERT_NE(find_item(list, "11457"), nullptr);
    EXPECT_DOUBLE_EQ(find_item(list, "11457")->plan_g, (120.0 + 90.0) * 3);
    EXPECT_DOUBLE_EQ(find_item(list, "09003")->needed_g, 182.0 * 3);  // the side counts
    EXPECT_DOUBLE_EQ(find_item(list, "15236")->needed_g, 170.0 * 3);
}

TEST(ShoppingList, PantryIsSubtractedOnceFromTheWholeList) {
    ShoppingOptions options;
    options.people = 2;
    options.pantry_grams = {{"11457", 100.0}, {"15236", 1000.0}, {"12061", 50.0}};
    const auto list = build_shopping_list(two_day_plan(), shopping_test_catalogue(), options);
    const auto* spinach = find_item(list, "11457");
    ASSERT_NE(spinach, nullptr);
    // (120 + 90) × 2 − 100 once, not 100 per meal.
    EXPECT_DOUBLE_EQ(spinach->needed_g, 320.0);
    EXPECT_DOUBLE_EQ(spinach->pantry_g, 100.0);
    // Salmon is covered by the pantry: nothing to buy, listed apart, never negative.
    EXPECT_EQ(find_item(list, "15236"), nullptr);
    ASSERT_EQ(list.covered.size(), 1U);
    EXPECT_EQ(list.covered[0].food_id, "15236");
    EXPECT_EQ(list.covered[0].needed_g, 0.0);
    EXPECT_DOUBLE_EQ(list.covered[0].plan_g, 340.0);
    // A pantry food the plan does not use does not appear.
    EXPECT_EQ(find_item(list, "12061"), nullptr);
}

TEST(ShoppingList, GroupsByAisleInStoreOrderThenByName) {
    const auto list = build_shopping_list(two_day_plan(), shopping_test_catalogue(), {});
    std::vector<std::string> names;
    for (const auto& entry : list.items) names.push_back(entry.name);
    EXPECT_THAT(names, ::testing::ElementsAre("Apples, raw, with skin", "Spinach, raw",
                                              "Fish, salmon, Atlantic, farmed, raw",
                                              "Egg, whole, raw, fresh"));
}

TEST(ShoppingList, ACustomAisleOrderPutsUnlistedAislesLast) {
    ShoppingOptions options;
    options.aisle_order = {"Dairy and Eggs", "produce"};
    const auto list = build_shopping_list(two_day_plan(), shopping_test_catalogue(), options);
    std::vector<std::string> aisles;
    for (const auto& entry : list.items) aisles.push_back(entry.aisle);
    EXPECT_THAT(aisles,
                ::testing::ElementsAre("dairy and eggs", "produce", "produce", "fish and seafood"));
}

TEST(ShoppingList, FoodsMissingFromTheCatalogueAreReportedWithTheirPointer) {
    auto plan = two_day_plan();
    plan.days[1].meals[0].items.push_back(item("99999", 10.0));
    plan.days[1].meals[0].items.back().name = "Dragon fruit";
    const auto problems = check_plan_foods(plan, shopping_test_catalogue(), "week.json");
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(problems[0].where, "week.json:/days/1/meals/0/items/2/food_id");
    EXPECT_THAT(problems[0].what, ::testing::HasSubstr("\"99999\" (Dragon fruit)"));
    const auto list = build_shopping_list(plan, shopping_test_catalogue(), {});
    EXPECT_THAT(list.unknown_foods, ::testing::ElementsAre("99999"));
    EXPECT_EQ(list.items.size(), 4U);
}

TEST(ShoppingList, PackagesAreRoundedUpWithTheLeftoverShown) {
    const auto catalogue = shopping_test_catalogue();
    const auto& milk = catalogue.foods[4];
    ASSERT_EQ(milk.id, "01082");
    // 5 cups (1,220 g): one half gallon and two quarts both leave 732 g over; the half
    // gallon is one package instead of two. A gallon would leave more.
    const auto buy = choose_purchase(milk, 1220.0);
    EXPECT_EQ(buy.kind, BuyKind::Packages);
    EXPECT_EQ(buy.count, 1);
    EXPECT_EQ(buy.package, "half gallon");
    EXPECT_DOUBLE_EQ(buy.grams, 1952.0);
    EXPECT_FALSE(buy.cost_usd);
}

TEST(ShoppingList, WithoutPricesTheSizeThatLeavesLeastOverWins) {
    const auto catalogue = shopping_test_catalogue();
    const auto& spinach = catalogue.foods[0];
    // 420 g: 3 × 6 oz (510 g, 90 g left) leaves less than 2 × 10 oz (568 g, 148 g left).
    auto buy = choose_purchase(spinach, 420.0);
    EXPECT_EQ(buy.package, "6 oz bag");
    EXPECT_EQ(buy.count, 3);
    // 560 g: 2 × 10 oz (568 g, 8 g left) leaves less than 4 × 6 oz (680 g, 120 g left).
    buy = choose_purchase(spinach, 560.0);
    EXPECT_EQ(buy.package, "10 oz bag");
    EXPECT_EQ(buy.count, 2);
    // Exactly two bags' worth is two bags, not three.
    buy = choose_purchase(spinach, 568.0);
    EXPECT_EQ(buy.count, 2);
}

TEST(ShoppingList, WithEveryPriceKnownTheCheapestWins) {
    const auto catalogue = shopping_test_catalogue();
    const auto& spinach = catalogue.foods[0];
    const std::map<std::string, double> prices{{"10 oz bag", 3.00}, {"6 oz bag", 2.50}};
    // 420 g: 3 × 6 oz = $7.50 against 2 × 10 oz = $6.00.
    const auto buy = choose_purchase(spinach, 420.0, prices);
    EXPECT_EQ(buy.package, "10 oz bag");
    EXPECT_EQ(buy.count, 2);
    ASSERT_TRUE(buy.cost_usd);
    EXPECT_DOUBLE_EQ(*buy.cost_usd, 6.00);
}

TEST(ShoppingList, CountableFoodsWithoutPackagesAreBoughtAsWholeItems) {
    const auto catalogue = shopping_test_catalogue();
    const auto& apples = catalogue.foods[1];
    const auto buy = choose_purchase(apples, 400.0);
    EXPECT_EQ(buy.kind, BuyKind::Items);
    EXPECT_EQ(buy.count, 3);  // 3 × 182 g medium apples
    EXPECT_EQ(buy.package, "medium");
    EXPECT_DOUBLE_EQ(buy.grams, 546.0);
    const auto& avocado = catalogue.foods[2];
    EXPECT_EQ(choose_purchase(avocado, 150.0).package, "avocado");
    EXPECT_EQ(choose_purchase(avocado, 150.0).count, 1);
}

TEST(ShoppingList, FoodsWithNoPackageOrItemAreBoughtByWeightRoundedUp) {
    const auto catalogue = shopping_test_catalogue();
    const auto buy = choose_purchase(catalogue.foods[6], 84.2);  // almonds
    EXPECT_EQ(buy.kind, BuyKind::Weight);
    EXPECT_EQ(buy.count, 0);
    EXPECT_DOUBLE_EQ(buy.grams, 85.0);
}

TEST(ShoppingList, AnAbsurdNeedAgainstATinyPackageIsBoughtByWeight) {
    auto food = shopping_test_catalogue().foods[0];
    food.packages = {{"pinch", 1e-6, 0.01}};
    const auto buy = choose_purchase(food, 1e7);
    EXPECT_EQ(buy.kind, BuyKind::Weight);
    EXPECT_GE(buy.grams, 1e7);
}

TEST(ShoppingList, CostsAddUpWithTheCountOfKnownPrices) {
    ShoppingOptions options;
    options.package_prices_usd = {{"11457", {{"10 oz bag", 3.49}, {"6 oz bag", 2.99}}},
                                  {"01123", {{"dozen large", 4.19}}}};
    const auto list = build_shopping_list(two_day_plan(), shopping_test_catalogue(), options);
    // Spinach 210 g: one 10 oz bag ($3.49) is cheaper than two 6 oz bags ($5.98).
    const auto* spinach = find_item(list, "11457");
    ASSERT_NE(spinach, nullptr);
    EXPECT_EQ(spinach->buy.package, "10 oz bag");
    // Eggs: only the dozen is priced, so the price does not decide: half a dozen leaves
    // less over, and its cost is unknown.
    const auto* eggs = find_item(list, "01123");
    ASSERT_NE(eggs, nullptr);
    EXPECT_EQ(eggs->buy.package, "half dozen large");
    EXPECT_FALSE(eggs->buy.cost_usd);
    EXPECT_EQ(list.prices_known, 1);
    EXPECT_DOUBLE_EQ(list.total_cost_usd, 3.49);
}

// Properties over many seeded plans and household sizes, each with a random pantry.
class ShoppingListProperties : public ::testing::TestWithParam<std::uint32_t> {};

TEST_P(ShoppingListProperties, NeedsMatchThePlanAndPurchasesCoverThem) {
    const auto catalogue = shopping_test_catalogue();
    const auto seed = GetParam();
    const auto plan = random_plan(catalogue, seed);
    const auto totals = plan_totals(plan);
    std::mt19937 random(seed * 7919U + 1U);
    for (const int people : {1, 2, 3, 6, 100}) {
        ShoppingOptions options;
        options.people = people;
        for (const auto& food : catalogue.foods) {
            if (random() % 3 == 0)
                options.pantry_grams[food.id] = static_cast<double>(random() % 2000) / 2.0;
        }
        const auto list = build_shopping_list(plan, catalogue, options);
        ASSERT_EQ(list.items.size() + list.covered.size(), totals.size());
        for (const auto& [food_id, total] : totals) {
            const double pantry =
                options.pantry_grams.count(food_id) ? options.pantry_grams.at(food_id) : 0.0;
            const double expected = std::max(0.0, total * people - pantry);
            const ShoppingItem* entry = find_item(list, food_id);
            if (entry == nullptr) {
                const auto covered =
                    std::find_if(list.covered.begin(), list.covered.end(),
                                 [&](const auto& c) { return c.food_id == food_id; });
                ASSERT_NE(covered, list.covered.end()) << food_id;
                EXPECT_LT(expected, 0.05) << food_id;
                continue;
            }
            EXPECT_NEAR(entry->needed_g, expected, 1e-9 * (1.0 + expected)) << food_id;
            EXPECT_NEAR(entry->plan_g, total * people, 1e-9 * (1.0 + total * people));
            EXPECT_GT(entry->needed_g, 0.0);
            // Never less than needed, and never a whole unit more than needed.
            EXPECT_GE(entry->buy.grams, entry->needed_g - 1e-9) << food_id;
            EXPECT_NEAR(entry->leftover_g, entry->buy.grams - entry->needed_g, 1e-9);
            const Food& food = *std::find_if(catalogue.foods.begin(), catalogue.foods.end(),
                                             [&](const Food& f) { return f.id == food_id; });
            double unit = 1.0;
            if (!food.packages.empty()) {
                EXPECT_EQ(entry->buy.kind, BuyKind::Packages);
                const auto package =
                    std::find_if(food.packages.begin(), food.packages.end(),
                                 [&](const Package& p) { return p.label == entry->buy.package; });
                ASSERT_NE(package, food.packages.end());
                unit = package->grams;
            } else if (food.countable) {
                EXPECT_EQ(entry->buy.kind, BuyKind::Items);
                unit = food.portions.front().grams;
            } else {
                EXPECT_EQ(entry->buy.kind, BuyKind::Weight);
            }
            if (entry->buy.kind != BuyKind::Weight) {
                EXPECT_GE(entry->buy.count, 1);
                EXPECT_DOUBLE_EQ(entry->buy.grams, entry->buy.count * unit);
            }
            EXPECT_LT(entry->buy.grams - unit, entry->needed_g)
                << food_id << " buys a unit too many";
        }
        // Store order: aisle rank never goes back.
        const auto order = default_aisle_order();
        const auto rank = [&order](const std::string& aisle) {
            return std::find(order.begin(), order.end(), aisle) - order.begin();
        };
        for (std::size_t i = 1; i < list.items.size(); ++i) {
            const auto& a = list.items[i - 1];
            const auto& b = list.items[i];
            EXPECT_LE(rank(a.aisle), rank(b.aisle));
            if (a.aisle == b.aisle) {
                EXPECT_LE(a.name, b.name);
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(SeededPlans, ShoppingListProperties, ::testing::Range(1U, 41U));

// Lists by purchased item, with the shipped purchase data.

ShoppingOptions with_shipped_purchases(int people = 1) {
    ShoppingOptions options;
    options.people = people;
    options.purchases = &shipped_purchases();
    return options;
}

const ShoppingItem* find_purchased(const ShoppingList& list, const std::string& item_id) {
    for (const auto& entry : list.items) {
        if (entry.item_id == item_id) return &entry;
    }
    return nullptr;
}

Plan one_meal_plan(std::vector<PlanItem> items) {
    Plan plan;
    PlanDay day;
    day.day = 1;
    day.meals.push_back({MealSlot::Lunch, "test", "Test", 1.0, std::move(items)});
    plan.days = {day};
    return plan;
}

TEST(PurchasedItems, EveryFormOfAnItemFoldsIntoOneLine) {
    // Raw, hard-boiled and scrambled egg (SR28 01123, 01129, 01132) are all eggs bought raw.
    const auto plan =
        one_meal_plan({item("01123", 100.0), item("01129", 150.0), item("01132", 61.0)});
    const auto list = build_shopping_list(plan, shipped_catalogue(), with_shipped_purchases());
    ASSERT_EQ(list.items.size(), 1U);
    const ShoppingItem& eggs = list.items.front();
    EXPECT_EQ(eggs.item_id, "eggs");
    EXPECT_EQ(eggs.foods.size(), 3U);
    EXPECT_DOUBLE_EQ(eggs.eaten_g, 311.0);
    double as_bought = 0.0;
    for (const auto& [id, grams] :
         std::map<FoodId, double>{{"01123", 100.0}, {"01129", 150.0}, {"01132", 61.0}}) {
        as_bought += grams / shipped_purchases().foods.at(id).yield;
    }
    EXPECT_NEAR(eggs.needed_g, as_bought, 1e-9);
    EXPECT_EQ(eggs.buy.package, "1 dozen large");
    EXPECT_EQ(eggs.buy.count, 1);
}

TEST(PurchasedItems, CookedLentilsAreBoughtDryInWholeBags) {
    const auto plan = one_meal_plan({item("16070", 1200.0)});  // 1.2 kg cooked
    const auto list = build_shopping_list(plan, shipped_catalogue(), with_shipped_purchases());
    const ShoppingItem* lentils = find_purchased(list, "lentils");
    ASSERT_NE(lentils, nullptr);
    EXPECT_NEAR(lentils->needed_g, 1200.0 / 2.4692, 1e-6);  // 486 g dry
    EXPECT_EQ(lentils->buy.kind, BuyKind::Packages);
    EXPECT_EQ(lentils->buy.count, 2);  // two 1 lb bags: one holds 453.6 g
    EXPECT_EQ(lentils->buy.package, "1 lb bag");
}

TEST(PurchasedItems, FruitSoldSinglyIsCountedInWholeFruit) {
    const auto plan = one_meal_plan({item("09040", 300.0)});  // banana flesh
    const auto list = build_shopping_list(plan, shipped_catalogue(), with_shipped_purchases());
    ASSERT_EQ(list.items.size(), 1U);
    EXPECT_EQ(list.items.front().buy.kind, BuyKind::Items);
    EXPECT_EQ(list.items.front().buy.package, "bananas");
    EXPECT_EQ(list.items.front().buy.count, 3);  // 300 / 0.64 = 469 g: three of 184.4 g
}

TEST(PurchasedItems, StaplesAreListedApartAndNotBought) {
    const auto plan = one_meal_plan({item("04053", 14.0), item("16070", 200.0)});  // olive oil
    auto options = with_shipped_purchases();
    const auto list = build_shopping_list(plan, shipped_catalogue(), options);
    ASSERT_EQ(list.staples.size(), 1U);
    EXPECT_EQ(list.staples.front().foods, std::vector<FoodId>{"04053"});
    ASSERT_EQ(list.items.size(), 1U);
    EXPECT_DOUBLE_EQ(list.total_cost_usd, *list.items.front().buy.cost_usd);

    options.staples = std::set<std::string>{};  // a household with nothing at home
    const auto bought = build_shopping_list(plan, shipped_catalogue(), options);
    EXPECT_TRUE(bought.staples.empty());
    EXPECT_EQ(bought.items.size(), 2U);
}

TEST(PurchasedItems, APriceFileReplacesTheShippedPackagePrice) {
    const auto plan = one_meal_plan({item("16070", 1200.0)});  // two 1 lb bags dry
    auto options = with_shipped_purchases();
    options.package_prices_usd["lentils"]["1 lb bag"] = 3.0;
    const auto list = build_shopping_list(plan, shipped_catalogue(), options);
    ASSERT_EQ(list.items.size(), 1U);
    EXPECT_DOUBLE_EQ(*list.items.front().buy.cost_usd, 2 * 3.0);
    EXPECT_EQ(list.items.front().price_source, "prices file");
}

class PurchasedListProperties : public ::testing::TestWithParam<std::uint32_t> {};

TEST_P(PurchasedListProperties, OneLinePerItemBoughtCoversNeedAndCostsAddUp) {
    const auto& catalogue = shipped_catalogue();
    const auto& purchases = shipped_purchases();
    const Plan plan = random_plan(catalogue, GetParam());
    const int people = 1 + static_cast<int>(GetParam() % 4);
    const auto list = build_shopping_list(plan, catalogue, with_shipped_purchases(people));
    ASSERT_TRUE(list.unknown_foods.empty());

    // Every food of the plan is in exactly one line, the line of the item it is bought as.
    std::map<std::string, int> lines_per_item;
    std::map<FoodId, std::string> line_of_food;
    for (const auto* group : {&list.items, &list.covered, &list.staples}) {
        for (const auto& entry : *group) {
            ++lines_per_item[entry.item_id];
            for (const auto& food : entry.foods) line_of_food[food] = entry.item_id;
        }
    }
    for (const auto& [item_id, lines] : lines_per_item) EXPECT_EQ(lines, 1) << item_id;
    for (const auto& [food_id, grams] : plan_totals(plan)) {
        ASSERT_EQ(line_of_food.count(food_id), 1U) << food_id;
        EXPECT_EQ(line_of_food[food_id], purchases.items[purchases.foods.at(food_id).item].id);
    }

    double priced_total = 0.0;
    int priced = 0;
    for (const auto& entry : list.items) {
        const PurchasedItem& item = *purchases.find_item(entry.item_id);
        // Bought ≥ needed, and never a whole package more than needed.
        EXPECT_GE(entry.buy.grams, entry.needed_g - 1e-9) << entry.item_id;
        const auto package =
            std::find_if(item.packages.begin(), item.packages.end(), [&](const PurchasePackage& p) {
                return entry.buy.kind == BuyKind::Items ? p.count == 1
                                                        : p.label == entry.buy.package;
            });
        ASSERT_NE(package, item.packages.end()) << entry.item_id;
        EXPECT_DOUBLE_EQ(entry.buy.grams, entry.buy.count * package->grams_as_bought);
        EXPECT_LT(entry.buy.grams - package->grams_as_bought, entry.needed_g) << entry.item_id;
        // The cost is the packages' price.
        ASSERT_EQ(entry.buy.cost_usd.has_value(), package->price_usd.has_value());
        if (package->price_usd) {
            EXPECT_NEAR(*entry.buy.cost_usd, entry.buy.count * *package->price_usd, 1e-9);
            priced_total += *entry.buy.cost_usd;
            ++priced;
        }
        if (entry.eaten_cost_usd && entry.buy.cost_usd) {
            EXPECT_LE(*entry.eaten_cost_usd, *entry.buy.cost_usd + 1e-9) << entry.item_id;
        }
    }
    EXPECT_NEAR(list.total_cost_usd, priced_total, 1e-9);
    EXPECT_EQ(list.prices_known, priced);
    EXPECT_LE(list.eaten_cost_usd, list.total_cost_usd + 1e-9);
}

INSTANTIATE_TEST_SUITE_P(SeededPlans, PurchasedListProperties, ::testing::Range(1U, 41U));

}  // namespace
}  // namespace mealplan

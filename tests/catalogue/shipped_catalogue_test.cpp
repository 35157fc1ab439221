// Checks of the shipped data/foods.json against known SR28 values and what the product
// promises a user (coverage of the aisles and of vitamin D and B12 on a vegan diet).

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "catalogue/catalogue.hpp"

namespace mealplan {
namespace {

const Catalogue& shipped() {
    static const Catalogue catalogue = [] {
        auto result = load_catalogue(std::string(MEALPLAN_DATA_DIR) + "/foods.json");
        if (!result) {
            ADD_FAILURE() << to_string(result.problems().front());
            return Catalogue{};
        }
        return std::move(result).value();
    }();
    return catalogue;
}

std::optional<double> value_of(const std::string& id, Nutrient nutrient) {
    const Food* food = shipped().find(id);
    if (food == nullptr) {
        ADD_FAILURE() << "food " << id << " is not in data/foods.json";
        return std::nullopt;
    }
    return food->per_100g[index(nutrient)];
}

TEST(ShippedCatalogue, HoldsKnownSr28Values) {
    EXPECT_EQ(value_of("11457", Nutrient::MagnesiumMg), 79.0);  // spinach, raw
    EXPECT_EQ(value_of("11457", Nutrient::CalciumMg), 99.0);
    EXPECT_EQ(value_of("15236", Nutrient::VitaminDUg), 11.0);    // Atlantic salmon, farmed, raw
    EXPECT_EQ(value_of("12061", Nutrient::MagnesiumMg), 270.0);  // almonds
    EXPECT_EQ(value_of("12014", Nutrient::MagnesiumMg), 592.0);  // pumpkin seed kernels
    EXPECT_EQ(value_of("14209", Nutrient::CaffeineMg), 40.0);    // coffee, brewed
}

TEST(ShippedCatalogue, MissingValuesStayUnknown) {
    // SR28 has no vitamin B12 row for grilled UV-exposed portabella mushrooms.
    EXPECT_FALSE(value_of("11939", Nutrient::VitaminB12Ug).has_value());
    EXPECT_TRUE(value_of("11939", Nutrient::VitaminDUg).has_value());
}

TEST(ShippedCatalogue, IsAGroceryStoreWorthOfFoods) {
    EXPECT_GE(shipped().foods.size(), 250u);
    std::map<std::string, int> per_aisle;
    for (const auto& food : shipped().foods) ++per_aisle[food.aisle];
    for (const auto aisle : aisles_in_store_order()) {
        EXPECT_GE(per_aisle[std::string(aisle)], 5) << aisle;
    }
}

TEST(ShippedCatalogue, HeadlineNutrientsHaveExcellentSources) {
    for (const auto nutrient : headline_nutrients()) {
        const auto excellent =
            std::count_if(shipped().foods.begin(), shipped().foods.end(), [&](const Food& food) {
                const auto it = food.sources.find(nutrient);
                return it != food.sources.end() && it->second == SourceLevel::Excellent;
            });
        EXPECT_GE(excellent, 5) << info(nutrient).key;
    }
}

/// Amount of `nutrient` in two reference servings of each of the `count` richest vegan
/// foods accepted by `include`: what a day of ordinary vegan eating can reach.
double vegan_day_reach(
    Nutrient nutrient, std::size_t count,
    bool (*include)(const Food&) = [](const Food&) { return true; }) {
    std::vector<double> per_two_servings;
    for (const auto& food : shipped().foods) {
        const auto value = food.per_100g[index(nutrient)];
        if (!food.diets.count(Diet::Vegan) || !value || !include(food)) continue;
        per_two_servings.push_back(*value * food.serving_grams * 2.0 / 100.0);
    }
    std::sort(per_two_servings.rbegin(), per_two_servings.rend());
    double total = 0.0;
    for (std::size_t i = 0; i < std::min(count, per_two_servings.size()); ++i)
        total += per_two_servings[i];
    return total;
}

TEST(ShippedCatalogue, VeganCanReachVitaminDAndB12) {
    // Adult RDAs: vitamin D 15 µg, B12 2.4 µg.
    EXPECT_GE(vegan_day_reach(Nutrient::VitaminDUg, 1), 15.0);  // UV-exposed mushrooms
    EXPECT_GE(vegan_day_reach(Nutrient::VitaminB12Ug, 1), 2.4);
    // Without mushrooms: fortified plant milk, juice and cereal alone.
    const auto not_mushroom = [](const Food& food) {
        return food.usda_description.find("Mushroom") == std::string::npos;
    };
    EXPECT_GE(vegan_day_reach(Nutrient::VitaminDUg, 3, not_mushroom), 15.0);
}

TEST(ShippedCatalogue, CountableFoodsListTheirWholeItemFirst) {
    const Food* egg = shipped().find("01123");
    ASSERT_NE(egg, nullptr);
    ASSERT_TRUE(egg->countable);
    EXPECT_EQ(egg->portions.front().measure, "large");
    EXPECT_DOUBLE_EQ(egg->portions.front().grams, 50.0);
    for (const auto& food : shipped().foods) {
        if (food.countable) {
            EXPECT_FALSE(food.portions.empty()) << food.id;
        }
    }
}

}  // namespace
}  // namespace mealplan

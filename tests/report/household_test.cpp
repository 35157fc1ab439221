#include "report/household.hpp"

#include <gtest/gtest.h>

#include "../fixtures/sr28-sample/sr28_sample_catalogue.hpp"

namespace mealplan {
namespace {

const Food& food(const FoodId& id) {
    static const Catalogue catalogue = testing::sr28_sample_catalogue();
    for (const auto& candidate : catalogue.foods) {
        if (candidate.id == id) return candidate;
    }
    throw std::logic_error("no such fixture food " + id);
}

TEST(HouseholdMeasure, UsesTheUsdaPortionsAPersonMeasuresWith) {
    EXPECT_EQ(household_measure(food("08120"), 40), "½ cup");  // oats: 1 cup = 81 g
    EXPECT_EQ(household_measure(food("12061"), 28), "1 oz");   // almonds: 1 oz = 28.35 g
    EXPECT_EQ(household_measure(food("01082"), 244), "1 cup");
    EXPECT_EQ(household_measure(food("01123"), 100), "2 large");  // eggs: 1 large = 50 g
    EXPECT_EQ(household_measure(food("09040"), 118), "1 medium");
    EXPECT_EQ(household_measure(food("01082"), 366), "1½ cup");
}

TEST(HouseholdMeasure, IsEmptyWhenNoPortionComesWithinTenPercent) {
    Food odd;
    odd.portions = {{1.0, "cup", 100.0}};
    EXPECT_EQ(household_measure(odd, 1250), "");  // 12.5 cups: beyond what people count
    EXPECT_EQ(household_measure(odd, 0), "");
    EXPECT_EQ(household_measure(Food{}, 50), "");
}

TEST(HouseholdMeasure, LeavesDashesAndPinchesOut) {
    Food salt;
    salt.portions = {{1.0, "dash", 0.4}, {1.0, "tsp", 6.0}};
    EXPECT_EQ(household_measure(salt, 0.5), "");
    EXPECT_EQ(household_measure(salt, 6.0), "1 tsp");
}

TEST(QuantityText, WritesFractionsAsPeopleDo) {
    EXPECT_EQ(quantity_text(0.5), "½");
    EXPECT_EQ(quantity_text(1.5), "1½");
    EXPECT_EQ(quantity_text(1.0 / 3.0), "⅓");
    EXPECT_EQ(quantity_text(0.75), "¾");
    EXPECT_EQ(quantity_text(2.0), "2");
    EXPECT_EQ(quantity_text(0.4), "0.4");
}

}  // namespace
}  // namespace mealplan

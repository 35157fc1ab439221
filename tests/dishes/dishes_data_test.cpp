// The shipped data/dishes.json against the shipped data/foods.json: what a user relies on
// when they plan from the defaults.

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "catalogue/catalogue.hpp"
#include "dishes/dishes_json.hpp"

namespace mealplan {
namespace {

struct ShippedData {
    Catalogue catalogue;
    std::vector<Dish> dishes;
};

const ShippedData& shipped() {
    static const ShippedData data = [] {
        ShippedData loaded;
        auto catalogue = load_catalogue(std::string(MEALPLAN_DATA_DIR) + "/foods.json");
        if (!catalogue) throw std::runtime_error(to_string(catalogue.problems().front()));
        loaded.catalogue = std::move(catalogue).value();
        auto dishes =
            load_dishes(std::string(MEALPLAN_DATA_DIR) + "/dishes.json", loaded.catalogue);
        if (!dishes) {
            std::string all;
            for (const auto& problem : dishes.problems()) all += to_string(problem) + "\n";
            throw std::runtime_error(all);
        }
        loaded.dishes = std::move(dishes).value();
        return loaded;
    }();
    return data;
}

const Dish& dish(const std::string& id) {
    for (const auto& candidate : shipped().dishes) {
        if (candidate.id == id) return candidate;
    }
    throw std::logic_error("no shipped dish " + id);
}

double per_serving(const Dish& dish, Nutrient nutrient) {
    double amount = 0.0;
    for (const auto& ingredient : dish.ingredients) {
        const Food* food = shipped().catalogue.find(ingredient.food_id);
        if (food != nullptr && food->per_100g[index(nutrient)]) {
            amount += ingredient.grams / 100.0 * *food->per_100g[index(nutrient)];
        }
    }
    return amount;
}

TEST(ShippedDishes, LoadWithEveryIngredientInTheCatalogue) {
    ASSERT_NO_THROW(shipped());
    EXPECT_GE(shipped().dishes.size(), 80U);
    for (const auto& dish : shipped().dishes) {
        for (const auto& ingredient : dish.ingredients) {
            EXPECT_NE(shipped().catalogue.find(ingredient.food_id), nullptr)
                << dish.id << " " << ingredient.food_id;
        }
    }
}

TEST(ShippedDishes, EverySlotHasEnoughDishesWithVegetarianAndVeganChoices) {
    std::map<MealSlot, int> all;
    std::map<MealSlot, int> vegetarian;
    std::map<MealSlot, int> vegan;
    for (const auto& dish : shipped().dishes) {
        for (const auto slot : dish.slots) {
            ++all[slot];
            if (dish.diets.count(Diet::Vegetarian) != 0) ++vegetarian[slot];
            if (dish.diets.count(Diet::Vegan) != 0) ++vegan[slot];
        }
    }
    EXPECT_GE(all[MealSlot::Breakfast], 15);
    EXPECT_GE(all[MealSlot::Lunch], 20);
    EXPECT_GE(all[MealSlot::Dinner], 25);
    EXPECT_GE(all[MealSlot::Snack], 15);
    for (const auto slot :
         {MealSlot::Breakfast, MealSlot::Lunch, MealSlot::Dinner, MealSlot::Snack}) {
        EXPECT_GE(vegan[slot], 4) << to_string(slot);
        EXPECT_GE(vegetarian[slot], 8) << to_string(slot);  // vegan dishes count as vegetarian
    }
}

TEST(ShippedDishes, EveryServingHasSaneEnergyForEachOfItsSlots) {
    const std::map<MealSlot, std::pair<double, double>> kcal_range{
        {MealSlot::Breakfast, {300, 500}},
        {MealSlot::Lunch, {400, 650}},
        {MealSlot::Dinner, {450, 750}},
        {MealSlot::Snack, {150, 300}},
    };
    for (const auto& dish : shipped().dishes) {
        const double kcal = serving_energy_kcal(dish, shipped().catalogue);
        for (const auto slot : dish.slots) {
            const auto [low, high] = kcal_range.at(slot);
            EXPECT_GE(kcal, low) << dish.id << " as " << to_string(slot);
            EXPECT_LE(kcal, high) << dish.id << " as " << to_string(slot);
        }
    }
}

TEST(ShippedDishes, SpanManyCuisines) {
    std::set<std::string> cuisines;
    for (const auto& dish : shipped().dishes) cuisines.insert(dish.cuisine);
    for (const auto* cuisine : {"American", "Mexican", "Italian", "Indian", "Chinese", "Japanese",
                                "Mediterranean", "Middle Eastern", "Thai"}) {
        EXPECT_EQ(cuisines.count(cuisine), 1U) << cuisine;
    }
}

TEST(ShippedDishes, TagsAreDerivedFromTheRealIngredients) {
    // Overnight oats are made with cow's milk.
    const Dish& oats = dish("overnight-oats-almonds-blueberries");
    EXPECT_EQ(oats.diets.count(Diet::Vegan), 0U);
    EXPECT_EQ(oats.diets.count(Diet::Vegetarian), 1U);
    EXPECT_EQ(oats.allergens.count(Allergen::Milk), 1U);
    EXPECT_EQ(oats.allergens.count(Allergen::TreeNuts), 1U);
    const Dish& sardines = dish("sardines-on-toast");
    EXPECT_EQ(sardines.diets.count(Diet::Pescatarian), 1U);
    EXPECT_EQ(sardines.diets.count(Diet::Vegetarian), 0U);
    EXPECT_EQ(sardines.allergens.count(Allergen::Fish), 1U);
    EXPECT_EQ(dish("spaghetti-bolognese").diets, std::set<Diet>{Diet::Omnivore});
    EXPECT_EQ(dish("tofu-vegetable-stir-fry").diets.count(Diet::Vegan), 1U);
}

TEST(ShippedDishes, HeadlineNutrientsHaveDishesThatAreExcellentSources) {
    // "Excellent source" (21 CFR 101.54): at least 20 % of the Daily Value per serving.
    for (const Nutrient nutrient : headline_nutrients()) {
        const double threshold = *info(nutrient).daily_value * 0.2;
        int excellent = 0;
        int vegan_excellent = 0;
        for (const auto& dish : shipped().dishes) {
            if (per_serving(dish, nutrient) < threshold) continue;
            ++excellent;
            if (dish.diets.count(Diet::Vegan) != 0) ++vegan_excellent;
        }
        EXPECT_GE(excellent, 5) << info(nutrient).key;
        // Plant sources exist for all but vitamin D and B12 without fortification; the
        // shipped fortified soy milk and cereals cover those too.
        EXPECT_GE(vegan_excellent, 1) << info(nutrient).key;
    }
}

}  // namespace
}  // namespace mealplan

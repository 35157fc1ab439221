#pragma once
// A small catalogue for the shopping tests. Foods, NDB numbers and household portions
// (amount, measure, grams) are USDA SR28 (WEIGHT.txt); the package sizes are common US
// retail net weights (10 oz bag = SR28's own "package (10 oz)" weight); there are no
// prices here: each test that needs one sets it, as an input to the cost arithmetic.
// Portions of countable foods start with the item a shop sells (SR28 lists apples'
// "cup, quartered" first), which is the catalogue's contract for countable foods.

#include "catalogue/catalogue.hpp"

namespace mealplan::testing {

inline Food make_food(FoodId id, std::string name, std::string aisle, std::vector<Portion> portions,
                      std::vector<Package> packages, bool countable) {
    Food food;
    food.id = std::move(id);
    food.name = std::move(name);
    food.aisle = std::move(aisle);
    food.portions = std::move(portions);
    food.packages = std::move(packages);
    food.countable = countable;
    return food;
}

inline Catalogue shopping_test_catalogue() {
    Catalogue catalogue;
    catalogue.source = "USDA SR28 portions; US retail package sizes";
    auto& foods = catalogue.foods;
    foods.push_back(make_food(
        "11457", "Spinach, raw", "produce",
        {{1, "cup", 30}, {1, "bunch", 340}, {1, "leaf", 10.0}, {1, "package (10 oz)", 284}},
        {{"10 oz bag", 284, {}}, {"6 oz bag", 170, {}}}, false));
    foods.push_back(make_food("09003", "Apples, raw, with skin", "produce",
                              {{1, "medium (3\" dia)", 182},
                               {1, "cup, quartered or chopped", 125},
                               {1, "cup slices", 109},
                               {1, "large (3-1/4\" dia)", 223},
                               {1, "small (2-3/4\" dia)", 149}},
                              {}, true));
    foods.push_back(make_food("09037", "Avocados, raw, all commercial varieties", "produce",
                              {{1, "avocado, NS as to Florida or California", 201},
                               {1, "cup, cubes", 150},
                               {1, "cup, pureed", 230}},
                              {}, true));
    foods.push_back(make_food("01123", "Egg, whole, raw, fresh", "dairy and eggs",
                              {{1, "large", 50},
                               {1, "extra large", 56},
                               {1, "jumbo", 63},
                               {1, "cup (4.86 large eggs)", 243},
                               {1, "medium", 44},
                               {1, "small", 38}},
                              {{"dozen large", 600, {}}, {"half dozen large", 300, {}}}, true));
    foods.push_back(make_food("01082", "Milk, lowfat, fluid, 1% milkfat", "dairy and eggs",
                              {{1, "cup", 244}, {1, "fl oz", 30.5}, {1, "quart", 976}},
                              {{"quart", 976, {}}, {"half gallon", 1952, {}}, {"gallon", 3904, {}}},
                              false));
    foods.push_back(make_food("08120", "Oats, regular and quick, dry", "grains and pasta",
                              {{1, "cup", 81}, {0.333, "cup", 27}},
                              {{"18 oz canister", 510, {}}, {"42 oz canister", 1191, {}}}, false));
    foods.push_back(make_food("12061", "Nuts, almonds", "nuts and seeds",
                              {{1, "cup, whole", 143},
                               {1, "cup, sliced", 92},
                               {1, "oz (23 whole kernels)", 28.35},
                               {1, "almond", 1.2}},
                              {}, false));
    foods.push_back(make_food("15236", "Fish, salmon, Atlantic, farmed, raw", "fish and seafood",
                              {{3, "oz", 85}, {0.5, "fillet", 198}}, {}, false));
    foods.push_back(make_food("18075", "Bread, whole-wheat", "bakery",
                              {{1, "slice", 32}, {1, "oz", 28.35}}, {{"16 oz loaf", 454, {}}},
                              false));
    foods.push_back(make_food("16018", "Beans, black turtle, canned", "legumes", {{1, "cup", 240}},
                              {{"15 oz can", 425, {}}}, false));
    foods.push_back(make_food("04053", "Oil, olive", "oils and condiments",
                              {{1, "tablespoon", 13.5}, {1, "cup", 216}, {1, "tsp", 4.5}},
                              {{"500 ml bottle", 457, {}}}, false));
    return catalogue;
}

}  // namespace mealplan::testing

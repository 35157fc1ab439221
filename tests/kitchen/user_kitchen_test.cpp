// A person's own foods: added from the SR28 table as the importer builds the shipped ones,
// layered over the catalogue, all or nothing, never losing another run's change, and not
// removed while a dish of theirs uses them.

#include "kitchen/user_kitchen.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <thread>

#include "kitchen/recipe_import.hpp"
#include "kitchen_fixture.hpp"

namespace mealplan::kitchen {
namespace {

using ::testing::HasSubstr;
using testing::shipped_kitchen;

class UserFoods : public testing::TemporaryHome {
  protected:
    Result<std::vector<Food>> add(const std::vector<std::string>& ids,
                                  std::string_view aisle = {}) {
        return add_foods(home_, ids, aisle, shipped_kitchen().sources());
    }
};

TEST_F(UserFoods, AddsAnSr28FoodWithItsPortionsAndDerivedTags) {
    const auto added = add({"16144", "15076"});
    ASSERT_TRUE(added.ok()) << to_string(added.problems().front());
    ASSERT_EQ(added->size(), 2u);
    const Food& lentils = added->at(0);
    EXPECT_EQ(lentils.name, "Lentils, pink or red, raw");
    EXPECT_EQ(lentils.aisle, "legumes");
    EXPECT_TRUE(lentils.diets.count(Diet::Vegan));
    EXPECT_TRUE(lentils.allergens.empty());
    EXPECT_FALSE(lentils.portions.empty());
    // Dry legumes: the 130 g RACC of prepared beans, from dry at the ERS yield 2.4692.
    EXPECT_NEAR(lentils.serving_grams, 130.0 / 2.4692, 0.01);
    const Food& salmon = added->at(1);  // Fish, salmon, Atlantic, wild, raw
    EXPECT_EQ(salmon.aisle, "fish and seafood");
    EXPECT_TRUE(salmon.allergens.count(Allergen::Fish));
    EXPECT_FALSE(salmon.diets.count(Diet::Vegetarian));
    EXPECT_TRUE(salmon.diets.count(Diet::Pescatarian));

    const auto layered = layer_catalogue(shipped_kitchen().catalogue, home_);
    ASSERT_TRUE(layered.ok());
    EXPECT_EQ(layered->foods.size(), shipped_kitchen().catalogue.foods.size() + 2);
    ASSERT_NE(layered->find("16144"), nullptr);
}

TEST_F(UserFoods, AnAisleGivenReplacesTheDerivedOne) {
    const auto added = add({"16144"}, "canned");
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added->front().aisle, "canned");
}

TEST_F(UserFoods, RefusesUnknownRepeatedAndPresentFoodsAndWritesNothing) {
    const auto refused = add({"16144", "99999", "11090", "16144", "1614"});
    ASSERT_FALSE(refused.ok());
    ASSERT_EQ(refused.problems().size(), 4u);
    EXPECT_THAT(refused.problems()[0].what, HasSubstr("not in the SR28 table"));
    EXPECT_THAT(refused.problems()[1].what, HasSubstr("shipped catalogue"));
    EXPECT_THAT(refused.problems()[2].what, HasSubstr("twice"));
    EXPECT_THAT(refused.problems()[3].what, HasSubstr("not an NDB number"));
    EXPECT_FALSE(std::filesystem::exists(user_foods_path(home_)));

    ASSERT_TRUE(add({"16144"}).ok());
    const auto again = add({"16144"});
    ASSERT_FALSE(again.ok());
    EXPECT_THAT(again.problems().front().what, HasSubstr("already one of your foods"));
}

TEST_F(UserFoods, TwoRunsAtOnceLoseNeitherChange) {
    // Each thread adds its own foods one by one; the home's lock makes every
    // read-modify-write whole, so all of them are there at the end.
    const std::vector<std::string> first{"16144", "15076", "20035", "16056"};
    const std::vector<std::string> second{"11080", "09001", "09012", "09035"};
    const auto run = [&](const std::vector<std::string>& ids) {
        for (const auto& id : ids) {
            const auto added = add_foods(home_, {id}, {}, shipped_kitchen().sources());
            (void)added;
        }
    };
    std::thread a(run, first);
    std::thread b(run, second);
    a.join();
    b.join();
    const auto user = load_user_foods(home_);
    ASSERT_TRUE(user.ok());
    for (const auto& id : first) EXPECT_NE(user->find(id), nullptr) << id;
    for (const auto& id : second) EXPECT_NE(user->find(id), nullptr) << id;
    EXPECT_EQ(user->foods.size(), first.size() + second.size());
}

TEST_F(UserFoods, RemovingAFoodADishUsesIsRefusedNamingTheDish) {
    const auto recipe =
        std::filesystem::path(MEALPLAN_TEST_DIR) / "fixtures/recipes/red-lentil-soup.cook";
    const auto& kitchen = shipped_kitchen();
    ASSERT_TRUE(import_recipes(home_, {recipe}, kitchen.sources(), kitchen.dishes, {}).ok());
    const auto refused = remove_food(home_, "16144", kitchen.catalogue);
    ASSERT_FALSE(refused.ok());
    EXPECT_THAT(refused.problems().front().what, HasSubstr("red-lentil-soup"));
    ASSERT_TRUE(remove_dish(home_, "red-lentil-soup", kitchen.catalogue).ok());
    const auto removed = remove_food(home_, "16144", kitchen.catalogue);
    ASSERT_TRUE(removed.ok()) << to_string(removed.problems().front());
    EXPECT_EQ(removed->id, "16144");
    EXPECT_FALSE(remove_food(home_, "16144", kitchen.catalogue).ok());
    EXPECT_FALSE(remove_food(home_, "11090", kitchen.catalogue).ok());  // shipped
}

TEST_F(UserFoods, AFoodTheShippedCatalogueGainedIsAProblemNamingTheFix) {
    ASSERT_TRUE(add({"16144"}).ok());
    Catalogue shipped = shipped_kitchen().catalogue;
    shipped.foods.push_back(*load_user_foods(home_)->find("16144"));
    const auto layered = layer_catalogue(shipped, home_);
    ASSERT_FALSE(layered.ok());
    EXPECT_THAT(layered.problems().front().what, HasSubstr("mealplan foods remove 16144"));
}

}  // namespace
}  // namespace mealplan::kitchen

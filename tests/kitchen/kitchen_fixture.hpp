#pragma once
// The shipped data a person's kitchen is built from (catalogue, dishes, SR28 table, spec,
// kitchen rules), loaded once, and a fresh temporary user home per test.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "catalogue/catalogue.hpp"
#include "dishes/dishes_json.hpp"
#include "kitchen/user_kitchen.hpp"
#include "usda/catalogue_spec.hpp"
#include "usda/kitchen_rules.hpp"
#include "usda/sr28_table.hpp"

namespace mealplan::kitchen::testing {

struct ShippedKitchen {
    Catalogue catalogue;
    std::vector<Dish> dishes;
    std::vector<usda::Sr28TableFood> table;
    usda::CatalogueSpec spec;
    usda::KitchenRules rules;

    FoodSources sources() const { return {&table, &rules, &spec, &catalogue}; }
};

inline const ShippedKitchen& shipped_kitchen() {
    static const ShippedKitchen kitchen = [] {
        const std::filesystem::path data(MEALPLAN_DATA_DIR);
        ShippedKitchen loaded;
        loaded.catalogue = load_catalogue(data / "foods.json").value();
        loaded.dishes = load_dishes(data / "dishes.json", loaded.catalogue).value();
        loaded.table = usda::load_sr28_table(data / "sr28" / "sr28-foods.tsv.gz").value();
        loaded.spec = usda::load_catalogue_spec(data / "catalogue-spec.json").value();
        loaded.rules =
            usda::load_kitchen_rules(data / "kitchen-rules.json", loaded.spec.racc_categories)
                .value();
        return loaded;
    }();
    return kitchen;
}

/// A user home of its own for each test, removed afterwards; never the person's real one.
class TemporaryHome : public ::testing::Test {
  protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        home_ = std::filesystem::temp_directory_path() /
                (std::string("mealplan-home-") + info->test_suite_name() + "-" + info->name());
        std::filesystem::remove_all(home_);
    }
    void TearDown() override { std::filesystem::remove_all(home_); }

    std::filesystem::path home_;
};

}  // namespace mealplan::kitchen::testing

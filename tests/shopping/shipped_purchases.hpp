#pragma once
// The shipped catalogue and purchase data (data/foods.json, data/purchases.json), loaded
// once, for the tests of lists by purchased item.

#include <stdexcept>
#include <string>

#include "catalogue/catalogue.hpp"
#include "shopping/purchases.hpp"

namespace mealplan::testing {

inline const Catalogue& shipped_catalogue() {
    static const Catalogue catalogue = [] {
        auto loaded = load_catalogue(std::string(MEALPLAN_DATA_DIR) + "/foods.json");
        if (!loaded) throw std::runtime_error(to_string(loaded.problems().front()));
        return std::move(*loaded);
    }();
    return catalogue;
}

inline const Purchases& shipped_purchases() {
    static const Purchases purchases = [] {
        auto loaded =
            load_purchases(std::string(MEALPLAN_DATA_DIR) + "/purchases.json", shipped_catalogue());
        if (!loaded) throw std::runtime_error(to_string(loaded.problems().front()));
        return std::move(*loaded);
    }();
    return purchases;
}

}  // namespace mealplan::testing

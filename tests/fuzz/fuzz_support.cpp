#include "fuzz_support.hpp"

#include <cstdio>

namespace mealplan::fuzz {

const Catalogue& shipped_catalogue() {
    static const Catalogue catalogue = [] {
        auto loaded = load_catalogue(std::string(MEALPLAN_DATA_DIR) + "/foods.json");
        if (!loaded.ok()) broken_promise("the shipped catalogue does not load");
        return std::move(loaded).value();
    }();
    return catalogue;
}

void broken_promise(const std::string& what) {
    std::fprintf(stderr, "fuzz target: %s\n", what.c_str());
    std::abort();
}

}  // namespace mealplan::fuzz

#pragma once
// Shared setup for the DRI tests: the shipped table (data/dri.json), loaded once.

#include <gtest/gtest.h>

#include "dri/dri_table.hpp"

namespace mealplan::testing {

/// data/dri.json as shipped; fails the calling test when it does not load.
inline const DriTable& shipped_dri() {
    static const DriTable table = [] {
        auto loaded = load_dri(std::string(MEALPLAN_DATA_DIR) + "/dri.json");
        if (!loaded) {
            ADD_FAILURE() << "data/dri.json does not load: "
                          << to_string(loaded.problems().front());
            return DriTable{};
        }
        return std::move(loaded).value();
    }();
    return table;
}

}  // namespace mealplan::testing

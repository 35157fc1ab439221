#pragma once
// Where the shipped data/ directory is, so that `mealplan` works from any working
// directory without options.

#include <filesystem>

namespace mealplan {

/// The directory holding foods.json, dishes.json and dri.json. Looked up in order:
/// $MEALPLAN_DATA_DIR; data/ beside or above the executable (build/release/mealplan in a
/// checkout, ../share/mealplan when installed); the source tree the program was
/// built from. Returns the last candidate even when none exists, so the error that
/// follows names a real path.
std::filesystem::path find_data_dir();

}  // namespace mealplan

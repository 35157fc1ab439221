#pragma once
// Shared pieces of the fuzz targets: each target is one LLVMFuzzerTestOneInput that feeds
// arbitrary bytes to one reader. The same sources build a libFuzzer binary
// (MEALPLAN_FUZZ=ON, clang) and a replay program that runs the committed corpus in every
// ordinary test build, so a crash found once stays fixed.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "catalogue/catalogue.hpp"

namespace mealplan::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// The shipped catalogue, loaded once: readers that resolve food ids need a real one.
const Catalogue& shipped_catalogue();

/// Stops the run loudly: a reader broke one of its own promises (e.g. what it wrote
/// cannot be read back). libFuzzer records the input; the replay test fails.
[[noreturn]] void broken_promise(const std::string& what);

}  // namespace mealplan::fuzz

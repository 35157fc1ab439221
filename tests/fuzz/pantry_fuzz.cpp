// Fuzzes the pantry reader (JSON or CSV) and its conversion to grams of catalogue foods.
#include "fuzz_support.hpp"
#include "shopping/pantry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mealplan;
    const auto text = fuzz::as_text(data, size);
    // The reader picks JSON or CSV by the file name; try both on every input.
    for (const char* label : {"pantry.json", "pantry.csv"}) {
        const auto lines = parse_pantry(text, label);
        if (lines.ok()) (void)pantry_grams(*lines, fuzz::shipped_catalogue());
    }
    return 0;
}

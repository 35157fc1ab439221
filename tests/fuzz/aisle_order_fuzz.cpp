// Fuzzes the --aisles reader (one aisle per line, or a JSON list).
#include "fuzz_support.hpp"
#include "shopping/aisle_order.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mealplan;
    const auto text = fuzz::as_text(data, size);
    for (const char* label : {"aisles.txt", "aisles.json"}) (void)parse_aisle_order(text, label);
    return 0;
}

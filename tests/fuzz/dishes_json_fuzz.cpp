// Fuzzes the dishes reader (data/dishes.json) against the shipped catalogue.
#include "dishes/dishes_json.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mealplan;
    (void)parse_dishes(fuzz::as_text(data, size), "dishes.json", fuzz::shipped_catalogue());
    return 0;
}

// Fuzzes the purchases.json reader against the shipped catalogue.
#include "fuzz_support.hpp"
#include "shopping/purchases.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mealplan;
    (void)parse_purchases(fuzz::as_text(data, size), "purchases.json", fuzz::shipped_catalogue());
    return 0;
}

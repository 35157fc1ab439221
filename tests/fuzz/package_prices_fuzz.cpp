// Fuzzes the --prices CSV reader against the shipped catalogue.
#include "fuzz_support.hpp"
#include "shopping/package_prices.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mealplan;
    (void)parse_package_prices(fuzz::as_text(data, size), "prices.csv", fuzz::shipped_catalogue());
    return 0;
}

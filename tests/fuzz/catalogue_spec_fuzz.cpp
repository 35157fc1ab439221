// Fuzzes the catalogue selection spec reader (data/catalogue-spec.json).
#include "fuzz_support.hpp"
#include "usda/catalogue_spec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)mealplan::usda::parse_catalogue_spec(mealplan::fuzz::as_text(data, size),
                                               "catalogue-spec.json");
    return 0;
}

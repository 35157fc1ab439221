// Fuzzes the cost-anchors.json reader.
#include "fuzz_support.hpp"
#include "shopping/cost_anchors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mealplan;
    (void)parse_cost_anchors(fuzz::as_text(data, size), "cost-anchors.json");
    return 0;
}

// Fuzzes the saved-plan reader (plan JSON read back whole), the input of `report --plan`.
#include "fuzz_support.hpp"
#include "report/saved_plan.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)mealplan::parse_saved_plan(mealplan::fuzz::as_text(data, size), "plan.json");
    return 0;
}

// Fuzzes the plan JSON reader (mealplan.plan/1), the input of `shopping-list --plan`.
#include "fuzz_support.hpp"
#include "plan/plan_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)mealplan::parse_plan_json(mealplan::fuzz::as_text(data, size), "plan.json");
    return 0;
}

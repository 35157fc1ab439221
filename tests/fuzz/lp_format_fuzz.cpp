// Fuzzes the CPLEX LP reader; an accepted model must read back unchanged (names aside)
// from what the writer makes of it, as write_lp promises.
#include "../solver/model_comparison.hpp"
#include "fuzz_support.hpp"
#include "solver/lp_format.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mealplan;
    const auto reading = solver::parse_lp(fuzz::as_text(data, size), "model.lp");
    if (!reading.ok()) return 0;
    const auto again = solver::parse_lp(solver::write_lp(*reading.model), "rewritten.lp");
    if (!again.ok()) fuzz::broken_promise("a written LP model does not read back");
    const std::string difference =
        solver::testing::model_difference(*reading.model, *again.model, false);
    if (!difference.empty()) {
        fuzz::broken_promise("a written LP model reads back changed: " + difference);
    }
    return 0;
}

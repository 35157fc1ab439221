// Fuzzes the CPLEX LP reader; an accepted model must read back from what the writer makes
// of it, with the same shape.
#include "fuzz_support.hpp"
#include "solver/lp_format.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mealplan;
    const auto reading = solver::parse_lp(fuzz::as_text(data, size), "model.lp");
    if (!reading.ok()) return 0;
    const auto again = solver::parse_lp(solver::write_lp(*reading.model), "rewritten.lp");
    if (!again.ok()) fuzz::broken_promise("a written LP model does not read back");
    if (again.model->variable_count() != reading.model->variable_count() ||
        again.model->row_count() != reading.model->row_count()) {
        fuzz::broken_promise("a written LP model reads back with another shape");
    }
    return 0;
}

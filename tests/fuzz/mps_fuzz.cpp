// Fuzzes the MPS reader, fixed or free format by the first byte; an accepted model must
// read back from what the writer makes of it, with the same shape.
#include "fuzz_support.hpp"
#include "solver/mps.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mealplan;
    if (size == 0) return 0;
    const auto format = data[0] % 2 == 0 ? solver::MpsFormat::Fixed : solver::MpsFormat::Free;
    const auto reading = solver::parse_mps(fuzz::as_text(data + 1, size - 1), "model.mps", format);
    if (!reading.ok()) return 0;
    const auto again = solver::parse_mps(solver::write_mps(*reading.model), "rewritten.mps",
                                         solver::MpsFormat::Free);
    if (!again.ok()) fuzz::broken_promise("a written MPS model does not read back");
    if (again.model->variable_count() != reading.model->variable_count() ||
        again.model->row_count() != reading.model->row_count()) {
        fuzz::broken_promise("a written MPS model reads back with another shape");
    }
    return 0;
}

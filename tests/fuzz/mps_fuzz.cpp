// Fuzzes the MPS reader, fixed or free format by the first byte; an accepted model must
// read back unchanged (names aside) from what the writer makes of it, as write_mps
// promises: a row's terms in column order (MPS lists coefficients by column), a ranged
// row's upper side as lower + (upper − lower) (MPS stores the width), and a width at the
// file's infinity (1e30) or beyond as an infinite upper side.
#include <algorithm>
#include <cmath>

#include "../solver/model_comparison.hpp"
#include "fuzz_support.hpp"
#include "solver/mps.hpp"

namespace {

// The model as the MPS writer and reader give it back: terms by column, ranged rows
// through their width.
mealplan::solver::Model as_written(mealplan::solver::Model model) {
    for (auto& row : model.rows) {
        std::stable_sort(row.terms.begin(), row.terms.end(),
                         [](const auto& a, const auto& b) { return a.variable < b.variable; });
        if (std::isfinite(row.lower) && std::isfinite(row.upper) && row.lower != row.upper) {
            const double width = row.upper - row.lower;
            row.upper = width >= 1e30 ? mealplan::solver::kInfinity : row.lower + width;
        }
    }
    return model;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mealplan;
    if (size == 0) return 0;
    const auto format = data[0] % 2 == 0 ? solver::MpsFormat::Fixed : solver::MpsFormat::Free;
    const auto reading = solver::parse_mps(fuzz::as_text(data + 1, size - 1), "model.mps", format);
    if (!reading.ok()) return 0;
    const auto again = solver::parse_mps(solver::write_mps(*reading.model), "rewritten.mps",
                                         solver::MpsFormat::Free);
    if (!again.ok()) fuzz::broken_promise("a written MPS model does not read back");
    const std::string difference =
        solver::testing::model_difference(as_written(*reading.model), *again.model, false);
    if (!difference.empty()) {
        fuzz::broken_promise("a written MPS model reads back changed: " + difference);
    }
    return 0;
}

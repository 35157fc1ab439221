#include "integer_rows.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

namespace mealplan::solver {
namespace {

// Doubles up to 2^53 hold every integer exactly; beyond it "integer" says nothing.
constexpr double kLargestExactInteger = 9007199254740992.0;
// Relative noise in a bound read from a file or computed, below any meaningful step.
constexpr double kBoundNoise = 1e-9;

}  // namespace

bool is_integer_row(const Model& model, const Row& row) {
    if (row.terms.empty()) return false;
    for (const Term& term : row.terms) {
        if (model.variables[term.variable].type == VariableType::Continuous) return false;
        const double magnitude = std::abs(term.coefficient);
        if (magnitude > kLargestExactInteger || magnitude != std::floor(magnitude)) return false;
    }
    return true;
}

bool integer_row_has_no_value(const Row& row) {
    std::int64_t divisor = 0;
    for (const Term& term : row.terms) {
        divisor = std::gcd(divisor, static_cast<std::int64_t>(std::abs(term.coefficient)));
    }
    if (divisor == 0) return row.lower > 0.0 || row.upper < 0.0;
    if (!std::isfinite(row.lower) || !std::isfinite(row.upper)) return false;
    const auto step = static_cast<double>(divisor);
    // The smallest multiple of the gcd at or above the lower bound, against the upper bound;
    // the slack of kBoundNoise keeps a bound written as 4.0000000001 from counting as above 4.
    const double lowest = std::ceil(row.lower / step - kBoundNoise) * step;
    if (std::abs(lowest) > kLargestExactInteger) return false;
    return lowest > row.upper + kBoundNoise * std::max(1.0, std::abs(row.upper));
}

}  // namespace mealplan::solver

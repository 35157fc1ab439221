#include "solver/branch_and_bound.hpp"

namespace mealplan::solver {

SolveResult solve_mip(const Model&, const SolveOptions&, std::chrono::steady_clock::time_point) {
    SolveResult result;
    result.status = SolveStatus::NumericalError;
    return result;
}

}  // namespace mealplan::solver

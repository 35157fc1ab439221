#pragma once
// The check the solve tests share: a result that says optimal, with a solution of the
// model's size, the expected objective and a bound that agrees. Each test adds its own
// check of the values against the model.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "solver/solve.hpp"

namespace mealplan::solver::testing {

/// Whether `result` is optimal with a solution of `variables` values whose objective is
/// within `tolerance` of `objective`, and a bound within 1e-4 (relative) of it; a failure
/// names the first thing wrong.
inline ::testing::AssertionResult optimal_with_objective(const SolveResult& result,
                                                         std::size_t variables, double objective,
                                                         double tolerance) {
    if (result.call_status != CallStatus::Ok || result.model_status != ModelStatus::Optimal) {
        return ::testing::AssertionFailure() << "status " << to_string(result.call_status) << "/"
                                             << to_string(result.model_status);
    }
    if (!result.has_solution) return ::testing::AssertionFailure() << "no solution";
    if (result.values.size() != variables) {
        return ::testing::AssertionFailure()
               << result.values.size() << " values for " << variables << " variables";
    }
    if (std::abs(result.objective - objective) > tolerance) {
        return ::testing::AssertionFailure()
               << "objective " << result.objective << ", expected " << objective;
    }
    if (std::abs(result.bound - objective) > 1e-4 * std::max(1.0, std::abs(objective))) {
        return ::testing::AssertionFailure()
               << "bound " << result.bound << ", expected " << objective;
    }
    return ::testing::AssertionSuccess();
}

}  // namespace mealplan::solver::testing

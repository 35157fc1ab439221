#pragma once
// Shared checks of the cut separator tests: a cut is valid when, for every assignment of
// the integer columns, the least value its left-hand side can take over the rest of the
// model still reaches its right-hand side. That least value comes from an LP solved with
// the project's simplex.

#include <gtest/gtest.h>

#include <utility>
#include <vector>

#include "lp/simplex.hpp"
#include "mip/cuts.hpp"
#include "solver/model.hpp"

namespace mealplan::solver::cut_checks {

inline std::vector<double> bounds_of(const Model& model, bool upper) {
    std::vector<double> bounds;
    for (const Variable& variable : model.variables) {
        bounds.push_back(upper ? variable.upper : variable.lower);
    }
    return bounds;
}

/// The least value of the cut's left-hand side over the points of `model` whose columns
/// in `fixed` take the given values; +infinity when there is no such point.
inline double least_cut_activity(const Model& model,
                                 const std::vector<std::pair<int, double>>& fixed, const Cut& cut) {
    Model restricted = model;
    for (Variable& variable : restricted.variables) variable.cost = 0.0;
    for (const auto& [column, value] : fixed) {
        restricted.variables[column].lower = restricted.variables[column].upper = value;
    }
    for (const Term& term : cut.terms) {
        restricted.variables[term.variable].cost += term.coefficient;
    }
    Simplex lp(restricted);
    const LpStatus status = lp.solve();
    if (status == LpStatus::Infeasible) return kInfinity;
    if (status == LpStatus::Unbounded) return -kInfinity;
    EXPECT_EQ(status, LpStatus::Optimal);
    return lp.objective();
}

}  // namespace mealplan::solver::cut_checks

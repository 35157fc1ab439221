#pragma once
// A simplex basis of a model, as a solve reports it and a later solve can start from: one
// status per variable and one per row. A re-solve after a small change to the model (bounds
// changed, a few variables fixed, rows or variables added at the end) starts from the last
// basis instead of the slack basis and so needs only the few simplex iterations the change
// calls for.

#include <cstdint>
#include <vector>

namespace mealplan::solver {

/// Where a variable, or a row's activity, sits in a basis.
enum class BasisStatus : std::uint8_t {
    Basic,    ///< in the basis: its value follows from the others
    AtLower,  ///< nonbasic at its lower bound (a row: its activity at the row's lower side)
    AtUpper,  ///< nonbasic at its upper bound (a row: at its upper side)
    Free,     ///< nonbasic without a finite bound, at zero
};

struct LpBasis {
    std::vector<BasisStatus> variables;  ///< one per variable of the model
    std::vector<BasisStatus> rows;       ///< one per row of the model
    bool empty() const { return variables.empty() && rows.empty(); }
};

}  // namespace mealplan::solver

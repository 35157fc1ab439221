#pragma once
// Checks of a candidate point against the ORIGINAL model (not the solver's scaled copy):
// the final word on whether a solution may be reported.

#include <vector>

#include "solver/model.hpp"

namespace mealplan::solver {

/// Largest violation of a row or variable bound by `values`, each measured relative to
/// max(1, |bound|); with check_integrality also the distance of integer variables from the
/// nearest integer, and rows of integer terms only (integer_rows.hpp) are measured
/// absolutely at the rounded point. `values` must have one entry per variable.
double max_violation(const Model& model, const std::vector<double>& values, bool check_integrality);

/// c·x + offset in the model's own sense.
double objective_value(const Model& model, const std::vector<double>& values);

}  // namespace mealplan::solver

#pragma once
// Rows whose every term is an integer coefficient on an integer variable. At an integer
// point such a row's activity is an exact integer, so it is held to its bounds absolutely
// (a relative tolerance would accept 100000002 for 100000001), and the gcd of its
// coefficients says which values it can take at all.

#include "solver/model.hpp"

namespace mealplan::solver {

/// Whether `row` has terms and each is an integer coefficient (|a| ≤ 2^53) on an integer or
/// binary variable of `model`.
bool is_integer_row(const Model& model, const Row& row);

/// Whether an integer row can take no value in [lower, upper]: its activity at an integer
/// point is a multiple of the gcd of its coefficients, and no such multiple lies in the
/// range (2x + 4y = 100000001). `row` must satisfy is_integer_row.
bool integer_row_has_no_value(const Row& row);

}  // namespace mealplan::solver

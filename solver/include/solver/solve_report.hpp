#pragma once
// What `mealplan solve` prints: a solve's result as text for a person or as JSON
// (schema mealplan.solve/1) for a program, and the option registry as a table.

#include <string>
#include <string_view>

#include "solver/model.hpp"
#include "solver/solve.hpp"

namespace mealplan::solver {

/// The one word a report gives for a result: the call status when the call failed
/// ("numerical_error"), else the model status ("optimal", "iteration_limit", …).
std::string_view status_word(const SolveResult& result);

/// The result of solving `model` (read from `file`) as text: the problem's size, status,
/// objective, bound, gap, time and counts, and with `with_values` the nonzero values.
std::string render_solve_text(const Model& model, const SolveResult& result,
                              const std::string& file, bool with_values);

/// The same as a JSON document (schema mealplan.solve/1), with every value by name.
std::string render_solve_json(const Model& model, const SolveResult& result,
                              const std::string& file);

/// Every registered option with its default, range and description, one per line, for
/// `mealplan solve --help`.
std::string render_option_table();

}  // namespace mealplan::solver

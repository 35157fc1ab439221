#pragma once
// CPLEX LP files: the readable exchange format that glpsol (--lp) and cbc also read.
//
// The writer produces a file both glpsol and cbc read as exactly the model:
// - Every variable appears in the objective (with 0 when it has no cost), so the reader
//   sees the variables in the model's order.
// - Names are made LP-legal (letters, digits, '_' and '.', not starting with a digit or
//   '.', no section keyword), deterministically and uniquely; '~' never appears in them
//   and is kept for the writer's two helper variables:
// - A ranged row `L ≤ a·x ≤ U` is written `a·x − ~r_k = 0` with `L ≤ ~r_k ≤ U` (neither
//   reader takes `L <= a·x <= U`); the reader folds such a variable back into the row.
// - The objective offset c is written `+ c ~offset` with `~offset = 1` (glpsol rejects a
//   constant in the objective); the reader folds it back into the offset.
// - A binary with bounds other than [0, 1] is written as a general integer with bounds.
// - Infinite row sides with no LP keyword (a free row) are written as ±1e30, which the
//   reader reads as infinite.
//
// The reader also takes `L <= a·x <= U` rows, constants on either side, `>=`/`=>`/`<`,
// comments (`\`), bounds in every form (`x free`, `-inf <= x <= 3`, `3 >= x`, `x = 2`,
// `x >= -infinity`), General/Generals/Integers, Binary/Binaries, and rejects
// semi-continuous, SOS and quadratic parts with a message.

#include <string>
#include <string_view>

#include "solver/model_reading.hpp"
#include "solver/model.hpp"

namespace mealplan::solver {

/// Parses LP text. `source` names the file in messages ("file.lp:12: …"). Reports every
/// problem found with its line; the model is set only when there is none.
ModelReading parse_lp(std::string_view text, const std::string& source);

/// Reads an LP file (gzip-compressed or not).
ModelReading read_lp_file(const std::string& path);

/// The model as LP text (see above). read(write(m)) == m up to names.
std::string write_lp(const Model& model);

/// The LP-legal name the writer uses for `name` before making it unique.
std::string lp_legal_name(const std::string& name);

}  // namespace mealplan::solver

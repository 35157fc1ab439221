#pragma once
// MPS files, the solvers' common exchange format, in its fixed and free forms.
//
// Conventions (those of glpsol and COIN-OR where they agree; where they differ, said so):
// - The first N row is the objective; further N rows are dropped with a warning.
// - An RHS entry on the objective row is minus the objective offset (CPLEX, COIN-OR and
//   HiGHS; glpsol instead adds it unchanged, so its objective differs by twice the value).
// - RANGES R on a row with right-hand side b: L row → [b−|R|, b]; G row → [b, b+|R|];
//   E row → [b, b+R] when R > 0, [b+R, b] when R < 0.
// - Integer columns of a MARKER INTORG/INTEND block start with bounds [0, 1] (glpsol and
//   COIN-OR do the same, as MIPLIB expects); each BOUNDS entry then changes only its side.
// - BOUNDS UP with a negative value on a column whose lower bound was not set makes the
//   lower bound −∞, with a warning (CPLEX and COIN-OR; glpsol keeps 0 and rejects the model).
// - BOUNDS kinds UP LO FX FR MI PL BV LI UI are read; SC (semi-continuous) is rejected.
// - Values with |v| ≥ 1e30 are infinite. Only the first RHS, RANGES and BOUNDS vector is
//   used; entries of other vectors are ignored with a warning.
// - Fixed format takes fields from their columns (2-3, 5-12, 15-22, 25-36, 40-47, 50-61),
//   so names may contain spaces; free format splits on whitespace.

#include <string>
#include <string_view>

#include "solver/model_reading.hpp"
#include "solver/model.hpp"

namespace mealplan::solver {

enum class MpsFormat { Fixed, Free };

/// Parses MPS text. `source` names the file in messages ("file.mps:123: …"). Reports every
/// problem found, each with its line; the model is set only when there is none.
ModelReading parse_mps(std::string_view text, const std::string& source, MpsFormat format);

/// Reads an MPS file (gzip-compressed or not).
ModelReading read_mps_file(const std::string& path, MpsFormat format);

/// The model as free-format MPS text. Names are made legal (no spaces, unique, nonempty);
/// reading the text back gives the same model up to those names, with each row's terms in
/// column order (MPS lists coefficients by column; a file whose column continued after
/// other columns may have had them in another order), and a ranged row's upper side up to
/// the rounding of U − L, as MPS stores the range's width (a width of 1e30 or more, the
/// file's infinity, reads back as an infinite upper side). Integer variables are
/// written in MARKER blocks with explicit bounds, binaries as BV, the offset as an RHS on
/// the objective, the sense as OBJSENSE MAX when maximising, free rows as G rows with
/// right-hand side −1e30.
std::string write_mps(const Model& model);

}  // namespace mealplan::solver

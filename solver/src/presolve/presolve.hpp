#pragma once
// Presolve: a smaller model with the same optimum, and the records to map its solutions
// back (postsolve.hpp). The reductions, repeated while they find something:
//   - fixed variables (bounds met), empty ones, and dominated ones (moving them towards a
//     bound never hurts a row or the objective) leave the model at a bound;
//   - empty rows, and rows no point within the bounds can violate, are dropped;
//   - rows with one term become bounds on their variable;
//   - a continuous variable alone in an equality row whose bounds the row implies is
//     substituted out with the row;
//   - rows that are multiples of another are merged into it;
//   - for a MILP, integer bounds are tightened from the rows (domain propagation), which
//     fixes more variables and makes more rows redundant.
// Presolve is exact up to the tolerance: it never drops a solution of the model, and it
// proves infeasibility only when a row or bound is violated by more than the tolerance.

#include "presolve/postsolve.hpp"
#include "solver/model.hpp"
#include "solver/options.hpp"

namespace mealplan::solver {

struct PresolveSettings {
    /// Violations up to this (relative to max(1, |side|)) are not infeasibility, and bound
    /// changes smaller than it are not made.
    double tolerance = 1e-9;
    double integrality_tolerance = 1e-6;
    /// Keep what postsolve needs for duals (an LP).
    bool keep_duals = true;
    /// Rounds of all reductions at most.
    int maximum_passes = 8;
    PropagationOptions propagation;
};

/// How many times each reduction applied.
struct PresolveCounts {
    int fixed_columns = 0;
    int dominated_columns = 0;
    int redundant_rows = 0;
    int singleton_rows = 0;
    int free_column_singletons = 0;
    int duplicate_rows = 0;
    int tightened_bounds = 0;
    int passes = 0;
};

struct Presolved {
    bool infeasible = false;  ///< presolve proved that no point satisfies the model
    Model model;              ///< the reduced model (when not infeasible)
    Postsolve postsolve;
    PresolveCounts counts;
};

/// Presolves `model` (valid). Integer variables are kept integer and, with the model's
/// integrality, their bounds rounded inward.
Presolved presolve(const Model& model, const PresolveSettings& settings);

/// The settings for a solve with `options` of a model with or without integers.
PresolveSettings presolve_settings(const SolveOptions& options, bool has_integers);

}  // namespace mealplan::solver

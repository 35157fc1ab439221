#pragma once
// Mixed-integer rounding (MIR) cuts on single rows, with variable upper bounds.
//
// A row side Σ a_j x_j ≤ b is first rewritten over nonnegative variables: each integer
// x becomes its distance z from the nearer bound, and each continuous x its distance s
// from the nearer bound, or, when another row says x ≤ u·y for a binary y (a variable
// upper bound, as in fixed-charge network flows), x = u·y − s. Dividing
// Σ ã_j z_j + Σ c_k s_k ≤ β by a δ taken from the integer coefficients and rounding gives
//   Σ (⌊ã_j/δ⌋ + max(0, f_j − f₀)/(1 − f₀)) z_j + Σ_{c_k<0} c_k s_k / (δ(1 − f₀)) ≤ ⌊β/δ⌋
// (f₀ = frac(β/δ), f_j = frac(ã_j/δ)), valid at every point of the row with z integer.
// On fixed-charge structures (fixnet6, egout, khb05250) these are the flow cover-like
// cuts that Gomory cuts find only weakly.

#include <vector>

#include "mip/cuts.hpp"
#include "solver/model.hpp"
#include "solver/options.hpp"

namespace mealplan::solver {

/// MIR cuts violated by the point `values`, at most one per row side of `model`, derived
/// with the column bounds `lower`/`upper` (which must hold for the whole search), within
/// the mir_* and general limits of `options`.
std::vector<Cut> separate_mir_cuts(const Model& model, const std::vector<double>& lower,
                                   const std::vector<double>& upper,
                                   const std::vector<double>& values,
                                   const CutOptions& options = {});

}  // namespace mealplan::solver

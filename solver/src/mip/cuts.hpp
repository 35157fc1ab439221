#pragma once
// What every cut separator shares: the Cut itself, the limits that keep cuts numerically
// safe and cheap for the LP, the accumulator that turns a derived inequality into a
// checked Cut, and the selection of the cuts a round adds.

#include <vector>

#include "solver/model.hpp"
#include "solver/options.hpp"

namespace mealplan::solver {

/// The cut  Σ terms ≥ lower  on the model's variables.
struct Cut {
    std::vector<Term> terms;
    double lower = 0.0;
    double efficacy = 0.0;  ///< distance of the LP point from the cut, (lower − a·x*) / ‖a‖
};

/// Collects a cut's coefficients on the columns: a dense array plus the list of touched
/// entries, so that each candidate costs only its own nonzeros to clear.
class CutAccumulator {
  public:
    explicit CutAccumulator(int columns) : coefficient_(columns, 0.0), touched_(columns, 0) {}

    void add(int column, double value);

    /// Turns the collected inequality  Σ c_j x_j ≥ lower  into a Cut scaled to a largest
    /// coefficient of 1; false when it is numerically unsafe, too dense or not violated
    /// enough at `values` (by the limits in `options`). Tiny coefficients are dropped with the
    /// right-hand side relaxed by the most their term could contribute within
    /// `column_lower`/`column_upper`. Resets the accumulator either way.
    bool finish(double lower, const std::vector<double>& column_lower,
                const std::vector<double>& column_upper, const std::vector<double>& values,
                const CutOptions& options, Cut& cut);

  private:
    std::vector<double> coefficient_;
    std::vector<char> touched_;
    std::vector<int> indices_;
};

/// Picks at most `count` cuts, most effective first, skipping any more parallel (cosine)
/// than `maximum_parallelism` to one already picked (they would cut off the same thing and
/// make the LP degenerate).
std::vector<Cut> select_cuts(std::vector<Cut> cuts, int count,
                             double maximum_parallelism = CutOptions{}.maximum_parallelism);

}  // namespace mealplan::solver

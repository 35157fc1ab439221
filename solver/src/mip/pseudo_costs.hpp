#pragma once
// Pseudo-costs: for each integer column and direction (0 down, 1 up), the average gain of
// the LP objective per unit the column was moved by branching or strong branching. They
// let the search guess which branch matters without solving it.

#include <vector>

namespace mealplan::solver {

class PseudoCosts {
  public:
    explicit PseudoCosts(int columns);

    /// The average gain per unit of `column` in `direction`; without an observation the
    /// average over all observed columns in that direction, or 1 when there is none.
    double estimate(int column, int direction) const;
    /// Records one observation (ignored when not finite; negative gains count as 0).
    void record(int column, int direction, double gain_per_unit);
    /// Whether both directions of `column` have at least `observations` observations.
    bool reliable(int column, int observations) const;

  private:
    std::vector<double> sum_[2];
    std::vector<int> count_[2];
    // The sum of the observed columns' averages and their number, per direction, kept up
    // to date so that the estimate of an unobserved column costs nothing.
    double sum_of_means_[2] = {0.0, 0.0};
    int observed_[2] = {0, 0};
};

}  // namespace mealplan::solver

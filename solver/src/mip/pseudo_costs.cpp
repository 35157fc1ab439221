#include "mip/pseudo_costs.hpp"

#include <algorithm>
#include <cmath>

namespace mealplan::solver {

PseudoCosts::PseudoCosts(int columns) {
    for (int direction = 0; direction < 2; ++direction) {
        sum_[direction].assign(columns, 0.0);
        count_[direction].assign(columns, 0);
    }
}

double PseudoCosts::estimate(int column, int direction) const {
    if (count_[direction][column] > 0) {
        return sum_[direction][column] / count_[direction][column];
    }
    const int observed = observed_[direction];
    return observed > 0 ? sum_of_means_[direction] / observed : 1.0;
}

void PseudoCosts::record(int column, int direction, double gain_per_unit) {
    if (!std::isfinite(gain_per_unit)) return;
    double& sum = sum_[direction][column];
    int& count = count_[direction][column];
    if (count > 0) {
        sum_of_means_[direction] -= sum / count;
    } else {
        ++observed_[direction];
    }
    sum += std::max(0.0, gain_per_unit);
    ++count;
    sum_of_means_[direction] += sum / count;
}

bool PseudoCosts::reliable(int column, int observations) const {
    return std::min(count_[0][column], count_[1][column]) >= observations;
}

}  // namespace mealplan::solver

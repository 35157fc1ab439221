#include "mip/pseudo_costs.hpp"

#include <algorithm>
#include <cmath>

namespace mealplan::solver {

PseudoCosts::PseudoCosts(int columns, const std::vector<int>& integers) : integers_(integers) {
    for (int direction = 0; direction < 2; ++direction) {
        sum_[direction].assign(columns, 0.0);
        count_[direction].assign(columns, 0);
    }
}

double PseudoCosts::estimate(int column, int direction) const {
    if (count_[direction][column] > 0) {
        return sum_[direction][column] / count_[direction][column];
    }
    double sum = 0.0;
    long long count = 0;
    for (const int j : integers_) {
        if (count_[direction][j] > 0) {
            sum += sum_[direction][j] / count_[direction][j];
            ++count;
        }
    }
    return count > 0 ? sum / static_cast<double>(count) : 1.0;
}

void PseudoCosts::record(int column, int direction, double gain_per_unit) {
    if (!std::isfinite(gain_per_unit)) return;
    sum_[direction][column] += std::max(0.0, gain_per_unit);
    ++count_[direction][column];
}

bool PseudoCosts::reliable(int column, int observations) const {
    return std::min(count_[0][column], count_[1][column]) >= observations;
}

}  // namespace mealplan::solver

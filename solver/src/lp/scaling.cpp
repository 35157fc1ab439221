#include "lp/scaling.hpp"

#include <algorithm>
#include <cmath>

namespace mealplan::solver {
namespace {

double nearest_power_of_two(double value) {
    if (!(value > 0.0) || !std::isfinite(value)) return 1.0;
    return std::exp2(std::round(std::log2(value)));
}

}  // namespace

Scaling compute_scaling(const Eigen::SparseMatrix<double, Eigen::ColMajor, int>& matrix) {
    const int rows = static_cast<int>(matrix.rows());
    const int columns = static_cast<int>(matrix.cols());
    Scaling scaling{std::vector<double>(rows, 1.0), std::vector<double>(columns, 1.0)};
    constexpr double kHuge = 1e300;

    for (int pass = 0; pass < 6; ++pass) {
        std::vector<double> row_min(rows, kHuge), row_max(rows, 0.0);
        for (int j = 0; j < columns; ++j) {
            for (Eigen::SparseMatrix<double>::InnerIterator it(matrix, j); it; ++it) {
                const double value = std::abs(it.value()) * scaling.column[j];
                if (value == 0.0) continue;
                row_min[it.row()] = std::min(row_min[it.row()], value);
                row_max[it.row()] = std::max(row_max[it.row()], value);
            }
        }
        for (int i = 0; i < rows; ++i) {
            if (row_max[i] > 0.0) scaling.row[i] = 1.0 / std::sqrt(row_min[i] * row_max[i]);
        }
        for (int j = 0; j < columns; ++j) {
            double column_min = kHuge, column_max = 0.0;
            for (Eigen::SparseMatrix<double>::InnerIterator it(matrix, j); it; ++it) {
                const double value = std::abs(it.value()) * scaling.row[it.row()];
                if (value == 0.0) continue;
                column_min = std::min(column_min, value);
                column_max = std::max(column_max, value);
            }
            if (column_max > 0.0) scaling.column[j] = 1.0 / std::sqrt(column_min * column_max);
        }
    }
    for (double& factor : scaling.row) factor = nearest_power_of_two(factor);
    for (int j = 0; j < columns; ++j) {
        double column_max = 0.0;
        for (Eigen::SparseMatrix<double>::InnerIterator it(matrix, j); it; ++it) {
            column_max = std::max(column_max, std::abs(it.value()) * scaling.row[it.row()]);
        }
        scaling.column[j] = column_max > 0.0 ? nearest_power_of_two(1.0 / column_max) : 1.0;
    }
    return scaling;
}

}  // namespace mealplan::solver

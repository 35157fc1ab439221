#include "lp/scaling.hpp"

#include <gtest/gtest.h>

#include <Eigen/Dense>
#include <cmath>

namespace mealplan::solver {
namespace {

TEST(Scaling, FactorsArePowersOfTwoAndNarrowTheRange) {
    Eigen::MatrixXd dense(3, 3);
    dense << 1000, 0.5, 0,  //
        2000, 0, 0.001,     //
        0, 3, 0.004;
    const Eigen::SparseMatrix<double> matrix = dense.sparseView();
    const Scaling scaling = compute_scaling(matrix);
    double smallest = 1e300, largest = 0;
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(std::exp2(std::round(std::log2(scaling.row[i]))), scaling.row[i]);
        for (int j = 0; j < 3; ++j) {
            if (dense(i, j) == 0) continue;
            const double scaled = std::abs(dense(i, j)) * scaling.row[i] * scaling.column[j];
            smallest = std::min(smallest, scaled);
            largest = std::max(largest, scaled);
        }
    }
    EXPECT_LT(largest / smallest, 2e6 / 0.001 / 100);  // much narrower than the original
    EXPECT_LE(largest, 2.0);
}

TEST(Scaling, EmptyRowsAndColumnsKeepUnitFactors) {
    Eigen::SparseMatrix<double> matrix(2, 2);
    matrix.insert(0, 0) = 8.0;
    matrix.makeCompressed();
    const Scaling scaling = compute_scaling(matrix);
    EXPECT_EQ(scaling.row[1], 1.0);
    EXPECT_EQ(scaling.column[1], 1.0);
}

}  // namespace
}  // namespace mealplan::solver

#pragma once
// Row and column scaling of the constraint matrix, so that the simplex works on entries close
// to 1 and its absolute tolerances mean the same thing on every row and column.

#include <Eigen/SparseCore>
#include <vector>

namespace mealplan::solver {

/// Scaled entry = row[i] · a_ij · column[j]. Every factor is a power of two, so scaling and
/// unscaling are exact in floating point.
struct Scaling {
    std::vector<double> row;
    std::vector<double> column;
};

/// Geometric-mean scaling (a few alternating row/column passes), then one equilibration pass
/// that brings the largest entry of every column to about 1. Empty rows and columns get 1.
Scaling compute_scaling(const Eigen::SparseMatrix<double, Eigen::ColMajor, int>& matrix);

}  // namespace mealplan::solver

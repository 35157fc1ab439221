#include "lp/basis_factor.hpp"

#include <Eigen/Dense>
#include <cmath>

namespace mealplan::solver {

bool BasisFactor::factorize(const SparseMatrix& basis) {
    etas_.clear();
    dependent_positions_.clear();
    replacement_rows_.clear();
    size_ = static_cast<int>(basis.rows());
    if (size_ == 0) {
        ++generation_;
        return true;
    }
    lu_ = std::make_unique<Eigen::SparseLU<SparseMatrix, Eigen::COLAMDOrdering<int>>>();
    lu_->isSymmetric(false);
    lu_->analyzePattern(basis);
    lu_->factorize(basis);
    if (lu_->info() != Eigen::Success) {
        find_dependent_columns(basis);
        if (dependent_positions_.empty()) dependent_positions_.push_back(0);
        return false;
    }
    ++generation_;
    return true;
}

void BasisFactor::find_dependent_columns(const SparseMatrix& basis) {
    // Rare path: a dense full-pivoting LU gives the rank and, through its permutations, a set
    // of independent columns and the rows left uncovered; their logicals complete the basis.
    const Eigen::MatrixXd dense(basis);
    Eigen::FullPivLU<Eigen::MatrixXd> lu(dense);
    lu.setThreshold(1e-9);
    const int rank = static_cast<int>(lu.rank());
    const int m = static_cast<int>(dense.rows());
    const auto& column_order = lu.permutationQ().indices();
    const auto& row_order = lu.permutationP().indices();
    // P·B·Q = L·U: row i of B goes to position P(i); the uncovered rows are those mapped to
    // positions ≥ rank.
    std::vector<int> row_at(m);
    for (int i = 0; i < m; ++i) row_at[row_order[i]] = i;
    for (int k = rank; k < m; ++k) {
        dependent_positions_.push_back(column_order[k]);
        replacement_rows_.push_back(row_at[k]);
    }
}

void BasisFactor::ftran(Eigen::VectorXd& rhs) const {
    if (size_ == 0) return;
    rhs = lu_->solve(rhs);
    for (const Eta& eta : etas_) {
        double& pivot_value = rhs[eta.position];
        if (pivot_value == 0.0) continue;
        pivot_value /= eta.pivot;
        const double multiplier = pivot_value;
        for (std::size_t k = 0; k < eta.indices.size(); ++k) {
            rhs[eta.indices[k]] -= eta.values[k] * multiplier;
        }
    }
}

void BasisFactor::btran(Eigen::VectorXd& rhs) const {
    if (size_ == 0) return;
    for (auto it = etas_.rbegin(); it != etas_.rend(); ++it) {
        double sum = 0.0;
        for (std::size_t k = 0; k < it->indices.size(); ++k) {
            sum += it->values[k] * rhs[it->indices[k]];
        }
        rhs[it->position] = (rhs[it->position] - sum) / it->pivot;
    }
    rhs = lu_->transpose().solve(rhs);
}

void BasisFactor::update(int position, const Eigen::VectorXd& column) {
    Eta eta;
    eta.position = position;
    eta.pivot = column[position];
    for (int i = 0; i < column.size(); ++i) {
        if (i != position && column[i] != 0.0) {
            eta.indices.push_back(i);
            eta.values.push_back(column[i]);
        }
    }
    etas_.push_back(std::move(eta));
}

void BasisFactor::truncate_updates(int count) {
    if (count < update_count()) etas_.resize(count);
}

}  // namespace mealplan::solver

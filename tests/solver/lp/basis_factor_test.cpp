#include "lp/basis_factor.hpp"

#include <gtest/gtest.h>

#include <Eigen/Dense>
#include <random>

namespace mealplan::solver {
namespace {

BasisFactor::SparseMatrix to_sparse(const Eigen::MatrixXd& dense) {
    return dense.sparseView();
}

TEST(BasisFactor, FtranAndBtranSolveAfterUpdates) {
    std::mt19937 random(7);
    std::uniform_real_distribution<double> value(-1.0, 1.0);
    const int n = 6;
    Eigen::MatrixXd basis = Eigen::MatrixXd::Identity(n, n) * 3.0;
    for (int k = 0; k < 8; ++k) basis(random() % n, random() % n) += value(random);
    BasisFactor factor;
    ASSERT_TRUE(factor.factorize(to_sparse(basis)));
    for (int update = 0; update < 5; ++update) {
        Eigen::VectorXd entering(n);
        for (int i = 0; i < n; ++i) entering[i] = value(random);
        const int position = update % n;
        entering[position] += 2.0;
        Eigen::VectorXd column = entering;
        factor.ftran(column);
        factor.update(position, column);
        basis.col(position) = entering;
    }
    Eigen::VectorXd rhs(n);
    for (int i = 0; i < n; ++i) rhs[i] = value(random);
    Eigen::VectorXd x = rhs, y = rhs;
    factor.ftran(x);
    factor.btran(y);
    EXPECT_LT((basis * x - rhs).norm(), 1e-10);
    EXPECT_LT((basis.transpose() * y - rhs).norm(), 1e-10);
}

TEST(BasisFactor, TruncateReturnsToTheEarlierBasis) {
    const int n = 3;
    Eigen::MatrixXd basis = Eigen::MatrixXd::Identity(n, n);
    BasisFactor factor;
    ASSERT_TRUE(factor.factorize(to_sparse(basis)));
    Eigen::VectorXd column(n);
    column << 1.0, 2.0, 0.5;
    factor.update(1, column);
    factor.truncate_updates(0);
    Eigen::VectorXd rhs(n);
    rhs << 1.0, 2.0, 3.0;
    Eigen::VectorXd x = rhs;
    factor.ftran(x);
    EXPECT_LT((x - rhs).norm(), 1e-14);
}

TEST(BasisFactor, SingularBasisNamesDependentColumnsAndRows) {
    Eigen::MatrixXd basis(3, 3);
    basis << 1, 2, 0,  //
        2, 4, 0,       //
        0, 0, 1;
    BasisFactor factor;
    EXPECT_FALSE(factor.factorize(to_sparse(basis)));
    ASSERT_EQ(factor.dependent_positions().size(), 1u);
    ASSERT_EQ(factor.replacement_rows().size(), 1u);
    // Replacing the dependent column by the unit column of the uncovered row is regular.
    basis.col(factor.dependent_positions()[0]) =
        Eigen::VectorXd::Unit(3, factor.replacement_rows()[0]);
    EXPECT_TRUE(factor.factorize(to_sparse(basis)));
}

}  // namespace
}  // namespace mealplan::solver

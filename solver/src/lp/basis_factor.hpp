#pragma once
// The factorised simplex basis: a sparse LU of the basis matrix (Eigen::SparseLU) followed by
// a product-form file of eta columns, one per basis change since the last factorisation.
// The eta file is append-only, so a caller can remember its length and later truncate it to
// return to an earlier basis without refactorising (used by strong branching).

#include <Eigen/SparseCore>
#include <Eigen/SparseLU>
#include <memory>
#include <vector>

namespace mealplan::solver {

class BasisFactor {
  public:
    using SparseMatrix = Eigen::SparseMatrix<double, Eigen::ColMajor, int>;

    /// Factorises the square basis matrix. Returns false when it is (numerically) singular;
    /// then dependent_positions() lists the basis positions whose columns should be replaced
    /// and replacement_rows() the rows whose logical columns make the basis regular again.
    bool factorize(const SparseMatrix& basis);
    const std::vector<int>& dependent_positions() const { return dependent_positions_; }
    const std::vector<int>& replacement_rows() const { return replacement_rows_; }

    /// Solves B x = rhs in place (FTRAN).
    void ftran(Eigen::VectorXd& rhs) const;
    /// Solves Bᵀ y = rhs in place (BTRAN).
    void btran(Eigen::VectorXd& rhs) const;

    /// Records that the column whose FTRAN is `column` replaced basis position `position`.
    void update(int position, const Eigen::VectorXd& column);

    int update_count() const { return static_cast<int>(etas_.size()); }
    /// Drops the etas recorded after the first `count`, returning to that earlier basis.
    void truncate_updates(int count);
    /// Incremented by every successful factorize(); lets callers notice a refactorisation.
    long long generation() const { return generation_; }

  private:
    struct Eta {
        int position = 0;
        double pivot = 1.0;
        std::vector<int> indices;  // rows other than position with nonzero entries
        std::vector<double> values;
    };

    void find_dependent_columns(const SparseMatrix& basis);

    std::unique_ptr<Eigen::SparseLU<SparseMatrix, Eigen::COLAMDOrdering<int>>> lu_;
    std::vector<Eta> etas_;
    std::vector<int> dependent_positions_;
    std::vector<int> replacement_rows_;
    long long generation_ = 0;
    int size_ = 0;
};

}  // namespace mealplan::solver

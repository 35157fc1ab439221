#pragma once
// A bounded-variable revised simplex for the LP relaxation of a Model.
//
// Every row i becomes the equality  a_i·x − s_i = 0  with a logical variable s_i that carries
// the row's bounds, so free, one-sided, ranged, fixed and equality rows and columns are all
// just bounds. The problem is scaled (powers of two) and solved as a minimisation.
//
// Dual simplex is the main algorithm (dual steepest edge pricing, bound-flipping ratio test
// with Harris tolerances, cost shifting and perturbation against degeneracy); it also
// re-optimises warm after bound changes, which is what branch and bound needs. When the
// starting basis is not dual feasible, variables that block dual feasibility because of a
// missing bound get a temporary box; the dual simplex solves the boxed problem and a primal
// simplex (composite phase 1 / phase 2) removes the box and cleans up. This keeps the dual
// simplex doing almost all of the work, needs no separate dual phase 1 problem, and the
// primal simplex also serves as the fallback that proves infeasibility or unboundedness
// independently of the box.
//
// simplex.cpp holds the data, the start, the values and the basis, and run() (which
// algorithm when); dual_simplex.cpp and primal_simplex.cpp hold the two loops, each
// iteration in named steps.

#include <Eigen/SparseCore>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <string_view>
#include <vector>

#include "lp/basis_factor.hpp"
#include "solver/basis.hpp"
#include "solver/model.hpp"
#include "solver/options.hpp"

namespace mealplan::solver {

enum class LpStatus {
    Optimal,
    Infeasible,
    Unbounded,
    IterationLimit,
    TimeLimit,
    Interrupted,
    NumericalError
};

/// Where a variable (structural or logical) sits relative to the basis: the public
/// BasisStatus, a row's status being that of its logical variable.
using VariableStatus = BasisStatus;

/// A basis: one status per structural variable, then one per row (its logical variable).
struct Basis {
    std::vector<VariableStatus> status;
};

/// The public form of `basis` for a model of `columns` variables.
LpBasis to_lp_basis(const Basis& basis, int columns);
/// The internal form of `basis` for a model of `columns` variables and `rows` rows:
/// variables it does not cover (added since) start at a bound, rows it does not cover are
/// basic; empty when it has more variables or rows than the model.
Basis from_lp_basis(const LpBasis& basis, int columns, int rows);

/// When a solve() call stops early (the tolerances are in SimplexOptions).
struct SimplexLimits {
    long long iteration_limit = -1;  ///< per solve() call; < 0: none
    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
    const std::atomic<bool>* interrupt = nullptr;
};

class Simplex {
  public:
    /// Copies the model's rows and columns (integrality is ignored) and starts from the slack
    /// basis. The model is not referenced afterwards.
    explicit Simplex(const Model& model, const SimplexOptions& options = {},
                     const SimplexLimits& limits = {});

    /// Solves from the current basis and bounds. Deterministic.
    LpStatus solve();

    /// Current bounds of a structural variable, in the model's units.
    double column_lower(int column) const;
    double column_upper(int column) const;
    /// Changes the bounds of a structural variable; the basis is kept (a warm start).
    void set_column_bounds(int column, double lower, double upper);

    int row_count() const { return rows_; }

    /// The objective as costs per column in the model's units, minimisation form (negated
    /// for a Maximize model).
    std::vector<double> minimisation_costs() const;
    /// Replaces the objective (costs as minimisation_costs() gives them). The basis is kept:
    /// the next solve() starts from it, with the primal simplex when it is no longer dual
    /// feasible. A snapshot does not cover the costs; set the old ones back before a restore.
    void set_minimisation_costs(const std::vector<double>& costs);

    /// Objective of the current point as a minimisation (negated for Maximize models),
    /// without the model's offset.
    double objective() const;
    /// Values of the structural variables in the model's units.
    std::vector<double> column_values() const;
    double column_value(int column) const;
    /// Row activities a_i·x in the model's units.
    std::vector<double> row_activities() const;
    /// Dual values of the rows and reduced costs of the columns, for the minimisation form.
    std::vector<double> row_duals() const;
    std::vector<double> reduced_costs() const;

    /// One row of the current tableau, for a basic structural column, in the model's units:
    /// fills `coefficients` (one entry per column, then one per row's logical, whose value is
    /// the row activity a_i·x) so that  x_column + Σ coefficients_k · v_k = 0  holds for
    /// every solution of the rows, where v_k are the nonbasic variables (basic entries are 0).
    /// Returns false when the column is not basic or the basis is not factorised. Gomory
    /// cuts are read off these rows.
    bool tableau_row(int column, std::vector<double>& coefficients) const;

    Basis basis() const;
    /// Installs a basis (e.g. a parent node's, or one from before a change of the model)
    /// and refactorises it. Its size must match (otherwise it is ignored). A basis with too
    /// many basic variables loses the last ones to a bound; one with too few gains the
    /// logicals of the first rows that lack them; dependent columns are then replaced as in
    /// any refactorisation, so every basis of the right size gives a regular one.
    void set_basis(const Basis& basis);

    long long iterations() const { return iterations_; }
    /// Iterations of the last solve() call only.
    long long last_iterations() const { return call_iterations_; }
    /// Iterations each later solve() call may take (< 0: no limit).
    void set_iteration_limit(long long limit) { limits_.iteration_limit = limit; }

    /// Everything needed to return to the current point cheaply after a few trial
    /// iterations (strong branching): the basis, values and eta-file length.
    struct Snapshot;
    Snapshot snapshot() const;
    void restore(const Snapshot& snapshot);

  private:
    using SparseMatrix = Eigen::SparseMatrix<double, Eigen::ColMajor, int>;
    using RowMatrix = Eigen::SparseMatrix<double, Eigen::RowMajor, int>;

    /// A nonbasic variable whose reduced cost sets a breakpoint of the dual ratio test.
    struct Breakpoint {
        int j;
        double ratio;      ///< |d_j / α_j|: the dual step at which d_j reaches zero
        double magnitude;  ///< |α_j|
    };
    /// The vectors one dual simplex iteration works with, kept across iterations.
    struct DualWorkspace {
        explicit DualWorkspace(int rows, int total)
            : rho(rows), alpha_row(total), column(rows), tau(rows), flip_delta(rows) {}
        Eigen::VectorXd rho;        ///< row r of B⁻¹
        Eigen::VectorXd alpha_row;  ///< row r of the tableau, for every variable
        Eigen::VectorXd column;     ///< the entering column, B⁻¹ a_q
        Eigen::VectorXd tau;        ///< B⁻¹ ρ, for the steepest-edge weights
        Eigen::VectorXd flip_delta;
        std::vector<Breakpoint> candidates;
        std::vector<Breakpoint> group;  ///< the Harris group the entering variable came from
        std::vector<int> flips;         ///< boxed variables passed by the ratio test
    };
    /// The primal ratio test's choice of the leaving row.
    struct PrimalStep {
        int row = -1;  ///< -1: no basic variable blocks
        double step = kInfinity;
        double largest = 0.0;  ///< |rate| of the chosen row
        double leaving_target = 0.0;
    };
    /// What refactor_to_recheck did.
    enum class Recheck { Done, Unavailable, Failed };

    // Construction.
    void load_matrix(const Model& model);
    void load_bounds_and_costs(const Model& model);
    void start_from_slack_basis();

    bool is_fixed(int j) const { return upper_[j] - lower_[j] <= 1e-12; }
    bool is_boxed(int j) const { return lower_[j] > -kInfinity && upper_[j] < kInfinity; }
    void load_column(int j, Eigen::VectorXd& out) const;
    double column_dot(int j, const Eigen::VectorXd& vector) const;
    void add_column(int j, double scale, Eigen::VectorXd& out) const;

    bool refactor();
    void compute_primal();
    void compute_dual();
    /// compute_dual() unless the duals were computed since the basis or the costs last
    /// changed: bound changes alone leave them as they are, so a warm re-solve computes
    /// them once instead of three times.
    void compute_dual_if_stale();
    /// Records that the basis or the costs changed (the duals are stale).
    void basis_or_costs_changed() { ++state_version_; }
    void place_nonbasic(int j);
    double max_primal_infeasibility() const;
    int count_dual_infeasibilities(bool flip_boxed);
    bool limits_reached(LpStatus& status);
    /// Refactorises when the eta file has reached the refactor interval, recomputing the
    /// values (and with `recompute_duals` the duals); false when the basis is singular.
    bool refactor_if_due(bool recompute_duals);
    /// Refactorises once to double-check a conclusion drawn from updated values (not
    /// again until an iteration succeeds): Unavailable when the factorisation is fresh.
    Recheck refactor_to_recheck(bool& fresh_check, bool recompute_duals);
    /// Moves the leaving variable out of the basis at position r and the entering one in.
    void replace_basic(int r, int entering, double leaving_value, VariableStatus leaving_status,
                       const Eigen::VectorXd& column);

    LpStatus run();
    bool verify();
    void perturb_costs();
    void restore_costs();
    void compute_pivot_row(const Eigen::VectorXd& rho, Eigen::VectorXd& alpha) const;

    // The dual simplex (dual_simplex.cpp), one iteration's steps in order.
    LpStatus dual_simplex();
    int choose_leaving_row() const;
    void compute_tableau_row(int r, DualWorkspace& work) const;
    void collect_breakpoints(double direction, DualWorkspace& work) const;
    int bound_flipping_ratio_test(double slope, DualWorkspace& work) const;
    double update_duals(int entering, int leaving, DualWorkspace& work);
    void apply_bound_flips(DualWorkspace& work);
    double update_primal(int entering, int leaving, bool to_lower, double pivot,
                         const Eigen::VectorXd& column);
    void update_dual_weights(int r, double pivot, DualWorkspace& work);
    void track_dual_degeneracy(double theta_dual, int& degenerate_run, bool& perturbed);

    // The primal simplex (primal_simplex.cpp), one iteration's steps in order.
    LpStatus primal_simplex();
    bool price_composite(Eigen::VectorXd& y) const;
    int choose_entering_column(const Eigen::VectorXd& y, bool phase_one);
    bool primal_target(int p, double rate, double& target) const;
    PrimalStep primal_ratio_test(double direction, const Eigen::VectorXd& column) const;
    void flip_entering(int entering, double direction, double range, const Eigen::VectorXd& column);

    SimplexOptions options_;
    SimplexLimits limits_;
    int rows_ = 0;
    int columns_ = 0;
    int total_ = 0;
    double sense_ = 1.0;
    SparseMatrix matrix_;  // scaled, rows_ × columns_
    RowMatrix row_matrix_;
    std::vector<double> row_scale_, column_scale_;
    std::vector<double> original_cost_;  // scaled, minimisation; logicals 0
    std::vector<double> cost_;           // working costs (perturbed/shifted)
    std::vector<double> lower_, upper_;  // scaled working bounds
    std::vector<double> x_, d_;
    std::vector<VariableStatus> status_;
    std::vector<int> head_;      // basic variable at each position
    std::vector<int> position_;  // position of each basic variable, -1 if nonbasic
    std::vector<double> dse_weight_;
    BasisFactor factor_;
    bool factor_valid_ = false;
    bool costs_modified_ = false;
    bool bland_ = false;
    long long iterations_ = 0;
    long long call_iterations_ = 0;
    long long state_version_ = 0;  // counts changes of the basis and the costs
    long long dual_version_ = -1;  // state_version_ when d_ was last computed
};

struct Simplex::Snapshot {
    std::vector<double> x, d, cost, dse_weight, lower, upper;
    std::vector<VariableStatus> status;
    std::vector<int> head;
    int eta_count = 0;
    long long generation = 0;
    bool costs_modified = false;
    bool duals_fresh = false;
};

std::string_view to_string(LpStatus status);

}  // namespace mealplan::solver

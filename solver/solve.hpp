#pragma once
// solve(): the one entry point of the solver. Two separate answers, as in HiGHS: whether
// the call could run at all (an invalid model is reported through validate()), and what
// the solve found (SolveStatus). Infeasible and unbounded are results, not errors.

#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "solver/model.hpp"

namespace mealplan::solver {

enum class SolveStatus {
    Optimal,         ///< proven optimal within the gap tolerances
    Infeasible,      ///< no point satisfies rows, bounds and integrality
    Unbounded,       ///< the objective improves without limit (LP relaxation feasible)
    TimeLimit,       ///< stopped by the time limit; best solution (if any) and bound reported
    NodeLimit,       ///< stopped by the node limit; likewise
    Interrupted,     ///< stopped by SolveOptions::interrupt; likewise
    NumericalError,  ///< the factorisation or the tolerances broke down
    InvalidModel,    ///< validate() found problems; nothing was solved
};

std::string_view to_string(SolveStatus status);  ///< "optimal", "time_limit", …

struct SolveOptions {
    double time_limit_seconds = kInfinity;
    long long node_limit = -1;   ///< < 0: none
    double relative_gap = 1e-4;  ///< |primal − dual| / max(1, |primal|)
    double absolute_gap = 1e-9;
    double feasibility_tolerance = 1e-7;  ///< row and bound violations
    double integrality_tolerance = 1e-6;
    /// 0 silent; 1 a summary line per phase; 2 progress lines; 3 debugging detail.
    int verbosity = 0;
    std::function<void(const std::string&)> log;  ///< receives log lines; stderr if empty
    /// When set and becomes true (e.g. from a SIGINT handler) the solve stops at the next
    /// check and returns Interrupted with the best solution so far.
    const std::atomic<bool>* interrupt = nullptr;
    /// An optional starting solution (one value per variable) for MILPs; used as the
    /// first incumbent when it is feasible.
    std::vector<double> initial_solution;
};

struct SolveResult {
    SolveStatus status = SolveStatus::NumericalError;
    bool has_solution = false;   ///< values/objective hold a feasible point
    std::vector<double> values;  ///< one per variable, when has_solution
    double objective = 0.0;      ///< of `values`, including the offset, in the model's sense
    double bound = 0.0;          ///< best proven bound on the optimum (dual bound)
    double gap = 0.0;            ///< relative gap between objective and bound
    long long simplex_iterations = 0;
    long long nodes = 0;
    double seconds = 0.0;
    std::vector<std::string> problems;  ///< filled for InvalidModel
};

/// Solves an LP or MILP. Deterministic: the same model and options give the same result.
SolveResult solve(const Model& model, const SolveOptions& options = {});

}  // namespace mealplan::solver

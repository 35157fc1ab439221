#pragma once
// solve(): the one entry point of the solver. Two separate answers, as in HiGHS
// (HighsStatus and HighsModelStatus): whether the call worked (CallStatus), and what the
// solve found out about the model (ModelStatus). Infeasible and unbounded are results,
// not errors.

#include <string>
#include <string_view>
#include <vector>

#include "solver/basis.hpp"
#include "solver/model.hpp"
#include "solver/options.hpp"

namespace mealplan::solver {

/// Did the call work?
enum class CallStatus {
    Ok,              ///< the solve ran to one of its ends; ModelStatus says which
    InvalidModel,    ///< validate(Model) found problems; nothing was solved
    InvalidOptions,  ///< validate(SolveOptions) found problems; nothing was solved
    NumericalError,  ///< the factorisation or the tolerances broke down; a solution, if
                     ///< any, is feasible but its optimality unproven
    InternalError,   ///< the solver could not go on (e.g. out of memory); see `problems`
};

/// What did the solve find out about the model?
enum class ModelStatus {
    NotSolved,       ///< nothing is known (the call failed or was refused)
    Optimal,         ///< proven optimal within the gap tolerances
    Infeasible,      ///< no point satisfies rows, bounds and integrality
    Unbounded,       ///< the objective improves without limit (LP relaxation feasible)
    TimeLimit,       ///< stopped by the time limit; best solution (if any) and bound reported
    NodeLimit,       ///< stopped by the node limit; likewise
    IterationLimit,  ///< stopped by the simplex iteration limit; likewise
    Interrupted,     ///< stopped by SolveOptions::interrupt; likewise
};

std::string_view to_string(CallStatus status);   ///< "ok", "numerical_error", …
std::string_view to_string(ModelStatus status);  ///< "optimal", "iteration_limit", …

struct SolveResult {
    CallStatus call_status = CallStatus::Ok;
    ModelStatus model_status = ModelStatus::NotSolved;
    bool has_solution = false;   ///< values/objective hold a feasible point
    std::vector<double> values;  ///< one per variable, when has_solution
    double objective = 0.0;      ///< of `values`, including the offset, in the model's sense
    double bound = 0.0;          ///< best proven bound on the optimum (dual bound)
    double gap = 0.0;            ///< relative gap between objective and bound
    /// For a model without integers solved to optimality: the dual value of each row and the
    /// reduced cost of each variable, in the model's sense (the change of the objective per
    /// unit of the row's binding side or of the variable), so that reduced_costs = cost −
    /// Aᵀ·row_duals. Empty otherwise.
    std::vector<double> row_duals;
    std::vector<double> reduced_costs;
    /// The optimal basis of the LP, or for a MILP that of its root relaxation (before cuts),
    /// for SolveOptions::initial_basis of a later solve. Empty when none was reached.
    LpBasis basis;
    long long simplex_iterations = 0;
    long long nodes = 0;
    double seconds = 0.0;
    /// What made the call fail: the model's or the options' problems, or the internal error.
    std::vector<std::string> problems;
};

/// Solves an LP or MILP. Deterministic: the same model and options give the same result.
/// Sets both statuses on every path; throws nothing of its own (an exception inside the
/// solver becomes CallStatus::InternalError), only what the log callback throws.
SolveResult solve(const Model& model, const SolveOptions& options = {});

}  // namespace mealplan::solver

#pragma once
// Branch and bound for models with integer variables, on top of the warm-started dual
// simplex (lp/simplex.hpp). The root LP is tightened by rounds of cuts (cut_rounds.hpp);
// every node propagates bounds (domain_propagation.hpp) and, once a solution is known,
// tightens integer bounds by reduced costs (reduced_cost_tightening.hpp); nodes are taken
// best bound first with a dive below each (node_queue.hpp), branching on reliability
// pseudo-costs (branching.hpp), with the primal heuristics looking for solutions on the
// way (primal_heuristics.hpp).

#include <chrono>

#include "solver/model.hpp"
#include "solver/options.hpp"
#include "solver/solve.hpp"

namespace mealplan::solver {

/// Solves a MILP (the model must be valid and have integer variables). Stops at `deadline`,
/// a limit or the interrupt flag with the best incumbent and an honest bound. Sets both
/// statuses; not the time taken. With a finite `objective_cutoff` (the model's sense, with
/// the offset) only solutions better than it are searched for (a sub-MIP's parent's
/// incumbent); finding none is reported as infeasible.
SolveResult solve_mip(const Model& model, const SolveOptions& options,
                      std::chrono::steady_clock::time_point deadline,
                      double objective_cutoff = kInfinity);

}  // namespace mealplan::solver

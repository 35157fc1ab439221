#include "mip/branch_and_bound.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <string>

#include "mip/branching.hpp"
#include "mip/cut_rounds.hpp"
#include "mip/node_queue.hpp"
#include "mip/primal_heuristics.hpp"
#include "mip/reduced_cost_tightening.hpp"
#include "mip/search_state.hpp"

namespace mealplan::solver {
namespace {

// The search loop: takes nodes from the queue, solves each node's LP under its bounds,
// and prunes, records a solution or branches. Every path that ends the search goes
// through finish(), which reports the incumbent against an honest bound.
class BranchAndBound {
  public:
    BranchAndBound(const Model& model, const SolveOptions& options,
                   std::chrono::steady_clock::time_point deadline, double objective_cutoff)
        : search_(model, options, deadline) {
        if (std::isfinite(objective_cutoff))
            search_.incumbent.set_external_cutoff(objective_cutoff);
    }

    SolveResult run();

  private:
    /// The search's result with both statuses and `bound` (minimisation form) as the
    /// dual bound, never weaker than the incumbent.
    SolveResult finish(CallStatus call_status, ModelStatus model_status, double bound) const;
    /// The root's bounds (integers rounded inward), the initial solution and the root LP.
    /// Returns a result when the search ends before any node.
    std::optional<SolveResult> start();
    /// What solving a node's LP led to: the end of the search, or an optimal LP to search
    /// below (`solved`), or neither (the node is dropped).
    struct NodeSolve {
        std::optional<SolveResult> end;
        bool solved = false;
    };

    /// Solves one node; returns a result when it ends the search.
    std::optional<SolveResult> process(Node node, bool continuing_dive, double open_bound);
    /// The node's bounds, propagated, and its LP solved warm; at the root, the cut rounds.
    NodeSolve solve_node_lp(const Node& node, bool continuing_dive, double open_bound);
    /// Below a node with a fractional LP optimum: heuristics, reduced-cost tightening and
    /// branching.
    void search_below(Node& node, Simplex& lp, const std::vector<double>& values,
                      const std::vector<int>& fractional, double objective);
    /// Logs (at verbosity 1) what each primal heuristic did and found.
    void log_heuristics() const;
    /// Records that a node whose bound reaches the cutoff was pruned.
    void prune(double bound);
    /// Creates the two children of `node` on `column` and queues them, diving into one.
    void branch(const Node& node, Simplex& lp, int column, double value, double objective);

    SearchState search_;
    NodeQueue queue_;
    std::vector<double> root_lower_, root_upper_;
    std::vector<double> lower_, upper_;   // the bounds of the node being solved
    double unsolved_bound_ = kInfinity;   // nodes dropped after a numerical failure
    double tolerance_bound_ = kInfinity;  // nodes pruned within the gap tolerance
    bool root_done_ = false;
    long long next_id_ = 1;
};

void BranchAndBound::log_heuristics() const {
    const Incumbent& incumbent = search_.incumbent;
    if (!search_.log.enabled(1)) return;
    std::string line = "mip: heuristics (calls/solutions/iterations/nodes):";
    for (std::size_t k = 0; k < kSolutionSources; ++k) {
        const auto source = static_cast<SolutionSource>(k);
        const SourceTally& tally = search_.tallies[k];
        const long long found = incumbent.solutions_by(source);
        if (tally.calls == 0 && found == 0) continue;
        line += " " + std::string(to_string(source)) + " " + std::to_string(tally.calls) + "/" +
                std::to_string(found) + "/" + std::to_string(tally.iterations) + "/" +
                std::to_string(tally.nodes);
    }
    search_.log(1, line);
    if (incumbent.has_solution()) {
        search_.log(1, "mip: first solution after " + std::to_string(incumbent.first_seconds()) +
                           " s, the last by " + std::string(to_string(incumbent.source())) +
                           " after " + std::to_string(incumbent.best_seconds()) + " s");
    }
}

SolveResult BranchAndBound::finish(CallStatus call_status, ModelStatus model_status,
                                   double bound) const {
    log_heuristics();
    const Incumbent& incumbent = search_.incumbent;
    SolveResult result;
    result.call_status = call_status;
    result.model_status = model_status;
    result.nodes = search_.nodes;
    result.simplex_iterations = search_.iterations;
    result.has_solution = incumbent.has_solution();
    if (incumbent.has_solution()) {
        result.values = incumbent.values();
        result.objective = incumbent.in_model_sense(incumbent.value());
        bound = std::min(bound, incumbent.value());
    }
    result.bound = incumbent.in_model_sense(bound);
    if (!search_.root_basis.status.empty()) {
        result.basis = to_lp_basis(search_.root_basis, search_.model.variable_count());
    }
    if (incumbent.has_solution()) {
        result.gap = std::isfinite(bound) ? std::abs(incumbent.value() - bound) /
                                                std::max(1.0, std::abs(result.objective))
                                          : kInfinity;
    } else {
        result.gap = kInfinity;
    }
    return result;
}

std::optional<SolveResult> BranchAndBound::start() {
    const Model& model = search_.model;
    const SolveOptions& options = search_.options;
    const int n = model.variable_count();
    root_lower_.resize(n);
    root_upper_.resize(n);
    for (int j = 0; j < n; ++j) {
        root_lower_[j] = model.variables[j].lower;
        root_upper_[j] = model.variables[j].upper;
    }
    for (const int j : search_.integers) {
        root_lower_[j] = std::ceil(root_lower_[j] - options.integrality_tolerance);
        root_upper_[j] = std::floor(root_upper_[j] + options.integrality_tolerance);
    }
    if (!options.initial_solution.empty()) {
        search_.incumbent.offer(options.initial_solution, search_.nodes, SolutionSource::Start);
    }
    ModelStatus stop_status = ModelStatus::NotSolved;
    if (search_.stop_requested(stop_status)) {
        return finish(CallStatus::Ok, stop_status, -kInfinity);
    }
    if (!search_.propagator->propagate(root_lower_, root_upper_, {})) {
        return finish(
            CallStatus::Ok,
            search_.incumbent.has_solution() ? ModelStatus::Optimal : ModelStatus::Infeasible,
            kInfinity);
    }
    search_.lp = std::make_unique<Simplex>(model, options.simplex, search_.lp_limits);
    if (!options.initial_basis.empty()) {
        search_.lp->set_basis(from_lp_basis(options.initial_basis, n, model.row_count()));
    }
    search_.applied_lower.resize(n);
    search_.applied_upper.resize(n);
    for (int j = 0; j < n; ++j) {
        search_.applied_lower[j] = search_.lp->column_lower(j);
        search_.applied_upper[j] = search_.lp->column_upper(j);
    }
    search_.apply_bounds(*search_.lp, root_lower_, root_upper_);
    Node root;
    root.id = 0;
    queue_.dive_into(std::move(root));
    return std::nullopt;
}

void BranchAndBound::prune(double bound) {
    if (search_.incumbent.has_solution() && bound < search_.incumbent.value()) {
        tolerance_bound_ = std::min(tolerance_bound_, bound);
    }
}

SolveResult BranchAndBound::run() {
    if (auto early = start()) return *early;
    while (!queue_.empty()) {
        const double open_bound = queue_.lowest_bound(unsolved_bound_);
        const Incumbent& incumbent = search_.incumbent;
        if (incumbent.has_solution() &&
            open_bound >= incumbent.value() - incumbent.prune_tolerance()) {
            return finish(CallStatus::Ok, ModelStatus::Optimal,
                          std::min(open_bound, tolerance_bound_));
        }
        ModelStatus stop_status = ModelStatus::NotSolved;
        if (search_.stop_requested(stop_status)) {
            return finish(CallStatus::Ok, stop_status, std::min(open_bound, tolerance_bound_));
        }
        bool continuing_dive = false;
        Node node = queue_.pop(continuing_dive);
        if (node.bound >= incumbent.cutoff()) {
            prune(node.bound);
            continue;
        }
        if (auto end = process(std::move(node), continuing_dive, open_bound)) return *end;
    }
    const Incumbent& incumbent = search_.incumbent;
    if (!incumbent.has_solution()) {
        if (unsolved_bound_ < kInfinity) {
            return finish(CallStatus::NumericalError, ModelStatus::NotSolved, unsolved_bound_);
        }
        return finish(CallStatus::Ok, ModelStatus::Infeasible, unsolved_bound_);
    }
    // Nodes lost to numerical trouble leave the optimum unproven; say so.
    const bool proven = unsolved_bound_ >= incumbent.value() - incumbent.prune_tolerance();
    return finish(proven ? CallStatus::Ok : CallStatus::NumericalError,
                  proven ? ModelStatus::Optimal : ModelStatus::NotSolved,
                  std::min(tolerance_bound_, unsolved_bound_));
}

std::optional<SolveResult> BranchAndBound::process(Node node, bool continuing_dive,
                                                   double open_bound) {
    NodeSolve solve = solve_node_lp(node, continuing_dive, open_bound);
    if (!solve.solved) return solve.end;
    Simplex& lp = *search_.lp;  // the cut rounds at the root replace the LP
    const double objective = lp.objective();
    if (objective >= search_.incumbent.cutoff()) {
        prune(objective);
        return std::nullopt;
    }
    const std::vector<double> values = lp.column_values();
    std::vector<int> fractional;
    for (const int j : search_.integers) {
        if (std::abs(values[j] - std::round(values[j])) > search_.options.integrality_tolerance) {
            fractional.push_back(j);
        }
    }
    if (fractional.empty()) {
        if (!search_.incumbent.offer(values, search_.nodes, SolutionSource::Tree)) {
            // Integral but rejected by the check on the original rows: explore no
            // further here, but keep its bound honest.
            unsolved_bound_ = std::min(unsolved_bound_, objective);
        }
        return std::nullopt;
    }
    search_below(node, lp, values, fractional, objective);
    return std::nullopt;
}

BranchAndBound::NodeSolve BranchAndBound::solve_node_lp(const Node& node, bool continuing_dive,
                                                        double open_bound) {
    Simplex& lp = *search_.lp;
    lower_ = root_lower_;
    upper_ = root_upper_;
    std::vector<int> changed;
    for (const BoundChange& change : node.changes) {
        lower_[change.column] = std::max(lower_[change.column], change.lower);
        upper_[change.column] = std::min(upper_[change.column], change.upper);
        changed.push_back(change.column);
    }
    ++search_.nodes;
    if (!search_.propagator->propagate(lower_, upper_, changed)) return {};
    search_.apply_bounds(lp, lower_, upper_);
    if (!continuing_dive && node.basis) lp.set_basis(*node.basis);
    const LpStatus status = search_.solve(lp);
    const bool has_solution = search_.incumbent.has_solution();
    if (status == LpStatus::Infeasible) {
        if (root_done_) return {};
        return {finish(CallStatus::Ok,
                       has_solution ? ModelStatus::Optimal : ModelStatus::Infeasible, kInfinity)};
    }
    if (status == LpStatus::Unbounded && !root_done_) {
        return {finish(CallStatus::Ok, ModelStatus::Unbounded, -kInfinity)};
    }
    if (status != LpStatus::Optimal) {
        if (status == LpStatus::TimeLimit || status == LpStatus::Interrupted) {
            return {finish(
                CallStatus::Ok,
                status == LpStatus::TimeLimit ? ModelStatus::TimeLimit : ModelStatus::Interrupted,
                std::min(std::min(open_bound, node.bound), tolerance_bound_))};
        }
        unsolved_bound_ = std::min(unsolved_bound_, node.bound);
        if (root_done_) return {};
        return {finish(CallStatus::NumericalError, ModelStatus::NotSolved, -kInfinity)};
    }
    const double objective = lp.objective();
    if (node.branch_column >= 0 && node.branch_distance > 0.0) {
        search_.pseudo_costs.record(node.branch_column, node.branch_up ? 1 : 0,
                                    (objective - node.bound) / node.branch_distance);
    }
    if (!root_done_) {
        root_done_ = true;
        search_.root_basis = lp.basis();
        search_.log(2, "mip: root LP " +
                           std::to_string(search_.incumbent.in_model_sense(objective)) + " after " +
                           std::to_string(search_.iterations) + " iterations");
        if (objective < search_.incumbent.cutoff()) add_root_cuts(search_);
    }
    return {std::nullopt, true};
}

void BranchAndBound::search_below(Node& node, Simplex& lp, const std::vector<double>& values,
                                  const std::vector<int>& fractional, double objective) {
    run_primal_heuristics(search_, lp, {values, lower_, upper_, root_lower_, root_upper_});
    if (objective >= search_.incumbent.cutoff()) return;
    std::vector<BoundChange> tightened =
        tighten_by_reduced_costs(search_, lp, objective, values, lower_, upper_);
    if (node.depth == 0) {
        // At the root the tightening holds for the whole search.
        root_lower_ = lower_;
        root_upper_ = upper_;
        tightened.clear();
    }
    node.changes.insert(node.changes.end(), tightened.begin(), tightened.end());
    const int column =
        choose_branch(search_, lp, node.depth, values, fractional, objective, lower_, upper_);
    branch(node, lp, column, values[column], objective);
}

void BranchAndBound::branch(const Node& node, Simplex& lp, int column, double value,
                            double objective) {
    const bool store_basis =
        queue_.open_count() < static_cast<std::size_t>(search_.options.mip.stored_bases);
    auto basis = store_basis ? std::make_shared<const Basis>(lp.basis()) : nullptr;
    Node down, up;
    down.id = next_id_++;
    up.id = next_id_++;
    for (Node* child : {&down, &up}) {
        child->depth = node.depth + 1;
        child->bound = objective;
        child->changes = node.changes;
        child->basis = basis;
        child->branch_column = column;
    }
    down.changes.push_back({column, lower_[column], std::floor(value)});
    down.branch_distance = value - std::floor(value);
    up.changes.push_back({column, std::ceil(value), upper_[column]});
    up.branch_up = true;
    up.branch_distance = std::ceil(value) - value;
    // Dive towards the nearer integer (up on a tie, which for a choice among a few options
    // decides more at once).
    const bool prefer_up = up.branch_distance <= down.branch_distance;
    queue_.push(std::move(prefer_up ? down : up));
    queue_.dive_into(std::move(prefer_up ? up : down));
    if (search_.log.enabled(2) && search_.nodes % 100 == 0) {
        const Incumbent& incumbent = search_.incumbent;
        search_.log(2, "mip: nodes " + std::to_string(search_.nodes) + " open " +
                           std::to_string(queue_.open_count()) + " incumbent " +
                           (incumbent.has_solution()
                                ? std::to_string(incumbent.in_model_sense(incumbent.value()))
                                : std::string("none")));
    }
}

}  // namespace

SolveResult solve_mip(const Model& model, const SolveOptions& options,
                      std::chrono::steady_clock::time_point deadline, double objective_cutoff) {
    BranchAndBound search(model, options, deadline, objective_cutoff);
    return search.run();
}

}  // namespace mealplan::solver

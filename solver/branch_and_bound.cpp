#include "solver/branch_and_bound.hpp"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>

#include "solver/cover_cuts.hpp"
#include "solver/domain_propagation.hpp"
#include "solver/gomory_cuts.hpp"
#include "solver/mir_cuts.hpp"
#include "solver/simplex.hpp"
#include "solver/solution_check.hpp"

namespace mealplan::solver {
namespace {

// Branching, heuristics and strong branching limits. Counts, never times, so that the
// search is deterministic.
constexpr int kReliability = 2;              // observations before a pseudo-cost is trusted
constexpr int kStrongCandidates = 6;         // strong-branched candidates per node at most
constexpr long long kStrongIterations = 25;  // dual simplex iterations per strong branch
constexpr int kStrongDepth = 12;             // deeper nodes trust the pseudo-costs
constexpr int kRepairEvery = 64;             // nodes between fix-and-resolve attempts
constexpr int kDiveDepthLimit = 400;
constexpr int kDiveEvery = 256;  // nodes between LP-guided dives
constexpr std::size_t kMaxStoredBases = 20000;
// Root cutting planes: rounds of Gomory, cover and MIR cuts until a round lifts the bound too
// little.
constexpr int kCutRounds = 20;
constexpr int kCutsPerRound = 50;
constexpr int kCutStallRounds = 3;          // rounds in a row with too little gain
constexpr double kCutStallFraction = 0.01;  // "too little": of the gain so far

struct BoundChange {
    int column = 0;
    double lower = -kInfinity;
    double upper = kInfinity;
};

struct Node {
    long long id = 0;
    int depth = 0;
    double bound = -kInfinity;  // the parent's LP objective (minimisation form)
    std::vector<BoundChange> changes;
    std::shared_ptr<const Basis> basis;
    int branch_column = -1;
    bool branch_up = false;
    double branch_distance = 0.0;
};

// Heap order: smallest bound first, then oldest.
struct WorseNode {
    bool operator()(const Node& a, const Node& b) const {
        return a.bound > b.bound || (a.bound == b.bound && a.id > b.id);
    }
};

class BranchAndBound {
  public:
    BranchAndBound(const Model& model, const SolveOptions& options,
                   std::chrono::steady_clock::time_point deadline)
        : model_(model),
          options_(options),
          deadline_(deadline),
          sense_(model.sense == ObjectiveSense::Maximize ? -1.0 : 1.0),
          cut_model_(model) {
        propagator_.emplace(model_);
        for (int j = 0; j < model.variable_count(); ++j) {
            if (model.variables[j].type != VariableType::Continuous) integers_.push_back(j);
        }
        pseudo_sum_[0].assign(model.variable_count(), 0.0);
        pseudo_sum_[1].assign(model.variable_count(), 0.0);
        pseudo_count_[0].assign(model.variable_count(), 0);
        pseudo_count_[1].assign(model.variable_count(), 0);
        // With integer costs on integer variables only, every objective value is an integer
        // (up to the offset), so a node must beat the incumbent by a whole unit.
        integral_objective_ = true;
        for (const Variable& variable : model.variables) {
            if (variable.cost == 0.0) continue;
            if (variable.type == VariableType::Continuous ||
                variable.cost != std::round(variable.cost)) {
                integral_objective_ = false;
            }
        }
    }

    SolveResult run();

  private:
    bool stop_requested(SolveStatus& status) const;
    void log(int level, const std::string& line) const;
    double cutoff() const;
    double prune_tolerance() const;
    bool try_incumbent(const std::vector<double>& values);
    void try_rounding(const std::vector<double>& values);
    void apply_bounds(Simplex& lp, const std::vector<double>& lower,
                      const std::vector<double>& upper);
    void fix_and_resolve(Simplex& lp, const std::vector<double>& values);
    void add_root_cuts(std::unique_ptr<Simplex>& lp, const SimplexOptions& simplex_options);
    bool rebuild_lp(std::unique_ptr<Simplex>& lp, Model model, Basis basis,
                    const SimplexOptions& simplex_options);
    void dive(Simplex& lp, const std::vector<double>& lower, const std::vector<double>& upper);
    int choose_branch(Simplex& lp, int depth, const std::vector<double>& values,
                      const std::vector<int>& fractional, double objective,
                      const std::vector<double>& lower, const std::vector<double>& upper);
    std::vector<BoundChange> tighten_by_reduced_costs(const Simplex& lp, double objective,
                                                      const std::vector<double>& values,
                                                      std::vector<double>& lower,
                                                      std::vector<double>& upper) const;
    double pseudo_cost(int column, int direction) const;
    void record_pseudo_cost(int column, int direction, double gain_per_unit);
    double objective_in_model_sense(double minimisation_value) const {
        return sense_ * minimisation_value + model_.objective_offset;
    }

    const Model& model_;
    const SolveOptions& options_;
    std::chrono::steady_clock::time_point deadline_;
    double sense_;
    // The model the LP and the propagation work on: the original rows plus the root's cuts.
    // Candidate solutions are always checked against the original model_.
    Model cut_model_;
    std::optional<DomainPropagator> propagator_;
    std::vector<int> integers_;
    std::vector<double> root_lower_, root_upper_;
    std::vector<double> applied_lower_, applied_upper_;  // bounds currently in the LP
    std::vector<double> pseudo_sum_[2];
    std::vector<int> pseudo_count_[2];
    bool integral_objective_ = false;
    bool has_incumbent_ = false;
    std::vector<double> incumbent_;
    double incumbent_value_ = kInfinity;  // minimisation form, without the offset
    long long nodes_ = 0;
    long long iterations_ = 0;
    long long strong_iterations_ = 0;
};

bool BranchAndBound::stop_requested(SolveStatus& status) const {
    if (options_.interrupt != nullptr && options_.interrupt->load(std::memory_order_relaxed)) {
        status = SolveStatus::Interrupted;
        return true;
    }
    if (options_.node_limit >= 0 && nodes_ >= options_.node_limit) {
        status = SolveStatus::NodeLimit;
        return true;
    }
    if (std::chrono::steady_clock::now() >= deadline_) {
        status = SolveStatus::TimeLimit;
        return true;
    }
    return false;
}

void BranchAndBound::log(int level, const std::string& line) const {
    if (options_.verbosity < level) return;
    if (options_.log) {
        options_.log(line);
    } else {
        std::cerr << line << '\n';
    }
}

double BranchAndBound::prune_tolerance() const {
    const double incumbent = objective_in_model_sense(incumbent_value_);
    return std::max(options_.absolute_gap,
                    options_.relative_gap * std::max(1.0, std::abs(incumbent)));
}

// Nodes whose bound reaches this value cannot contain a better enough solution.
double BranchAndBound::cutoff() const {
    if (!has_incumbent_) return kInfinity;
    double value = incumbent_value_ - prune_tolerance();
    if (integral_objective_) value = std::max(value, incumbent_value_ - 1.0 + 1e-6);
    return value;
}

bool BranchAndBound::try_incumbent(const std::vector<double>& values) {
    if (static_cast<int>(values.size()) != model_.variable_count()) return false;
    std::vector<double> candidate = values;
    for (const int j : integers_) candidate[j] = std::round(candidate[j]);
    if (max_violation(model_, candidate, true) > options_.feasibility_tolerance) {
        candidate = values;
        if (max_violation(model_, candidate, true) > options_.feasibility_tolerance) return false;
    }
    const double value = sense_ * (objective_value(model_, candidate) - model_.objective_offset);
    if (has_incumbent_ && value >= incumbent_value_ - 1e-12 * std::max(1.0, std::abs(value))) {
        return false;
    }
    has_incumbent_ = true;
    incumbent_ = std::move(candidate);
    incumbent_value_ = value;
    log(2, "mip: incumbent " + std::to_string(objective_in_model_sense(value)) + " at node " +
               std::to_string(nodes_));
    return true;
}

void BranchAndBound::try_rounding(const std::vector<double>& values) {
    std::vector<double> rounded = values;
    for (const int j : integers_) rounded[j] = std::round(rounded[j]);
    if (max_violation(model_, rounded, true) <= options_.feasibility_tolerance) {
        try_incumbent(rounded);
    }
}

void BranchAndBound::apply_bounds(Simplex& lp, const std::vector<double>& lower,
                                  const std::vector<double>& upper) {
    for (const int j : integers_) {
        if (lower[j] != applied_lower_[j] || upper[j] != applied_upper_[j]) {
            lp.set_column_bounds(j, lower[j], upper[j]);
            applied_lower_[j] = lower[j];
            applied_upper_[j] = upper[j];
        }
    }
}

// Fixes every integer variable at its rounded LP value and re-optimises the continuous
// ones: a quick repair when only the continuous part (e.g. slacks) needs to move.
void BranchAndBound::fix_and_resolve(Simplex& lp, const std::vector<double>& values) {
    const auto snapshot = lp.snapshot();
    for (const int j : integers_) {
        const double value =
            std::clamp(std::round(values[j]), applied_lower_[j], applied_upper_[j]);
        lp.set_column_bounds(j, value, value);
    }
    lp.set_iteration_limit(std::max<long long>(1000, 2 * model_.row_count()));
    const LpStatus status = lp.solve();
    iterations_ += lp.last_iterations();
    if (status == LpStatus::Optimal && lp.objective() < cutoff()) try_incumbent(lp.column_values());
    lp.set_iteration_limit(-1);
    lp.restore(snapshot);
}

// Up-diving guided by the LP: repeatedly raise the lower bound of the integer variable
// with the largest fractional part to its ceiling (for a "choose one" row this picks the
// option the LP likes most), propagate and re-solve, until the LP solution is integral.
// A dead end is retried once in the other direction before the dive gives up.
void BranchAndBound::dive(Simplex& lp, const std::vector<double>& node_lower,
                          const std::vector<double>& node_upper) {
    const auto snapshot = lp.snapshot();
    const std::vector<double> saved_lower = applied_lower_, saved_upper = applied_upper_;
    std::vector<double> lower = node_lower, upper = node_upper;
    lp.set_iteration_limit(std::max<long long>(2000, 4 * model_.row_count()));
    auto step = [&](int column, bool up, double value) {
        std::vector<double> trial_lower = lower, trial_upper = upper;
        if (up) {
            trial_lower[column] = std::ceil(value);
        } else {
            trial_upper[column] = std::floor(value);
        }
        if (!propagator_->propagate(trial_lower, trial_upper, {column})) return false;
        apply_bounds(lp, trial_lower, trial_upper);
        const LpStatus status = lp.solve();
        iterations_ += lp.last_iterations();
        if (status != LpStatus::Optimal || lp.objective() >= cutoff()) return false;
        lower = std::move(trial_lower);
        upper = std::move(trial_upper);
        return true;
    };
    for (int depth = 0; depth < kDiveDepthLimit; ++depth) {
        SolveStatus ignored;
        if (stop_requested(ignored)) break;
        const std::vector<double> values = lp.column_values();
        int best = -1;
        double best_fraction = -1.0;
        for (const int j : integers_) {
            const double fraction = values[j] - std::floor(values[j]);
            const bool fractional =
                std::abs(values[j] - std::round(values[j])) > options_.integrality_tolerance;
            if (fractional && fraction > best_fraction) {
                best_fraction = fraction;
                best = j;
            }
        }
        if (best < 0) {
            try_incumbent(values);
            break;
        }
        if (!step(best, true, values[best]) && !step(best, false, values[best])) break;
    }
    lp.set_iteration_limit(-1);
    lp.restore(snapshot);
    applied_lower_ = saved_lower;
    applied_upper_ = saved_upper;
}

// Replaces the LP by one built from `model`, warm-started from `basis`, and re-optimises.
// Keeps the old LP (and returns false) when the new one does not reach an optimum.
bool BranchAndBound::rebuild_lp(std::unique_ptr<Simplex>& lp, Model model, Basis basis,
                                const SimplexOptions& simplex_options) {
    auto rebuilt = std::make_unique<Simplex>(model, simplex_options);
    rebuilt->set_basis(basis);
    const LpStatus status = rebuilt->solve();
    iterations_ += rebuilt->last_iterations();
    if (status != LpStatus::Optimal) return false;
    lp = std::move(rebuilt);
    cut_model_ = std::move(model);
    return true;
}

// Rounds of Gomory, knapsack cover and MIR cuts at the root. Each round adds the most effective
// violated cuts as rows (their logicals join the basis, so the dual simplex re-optimises warm); the
// loop stops when rounds keep lifting the bound by little, and cuts left slack at the end are
// dropped again so that every node's LP stays small.
void BranchAndBound::add_root_cuts(std::unique_ptr<Simplex>& lp,
                                   const SimplexOptions& simplex_options) {
    for (const int j : integers_) {
        cut_model_.variables[j].lower = applied_lower_[j];
        cut_model_.variables[j].upper = applied_upper_[j];
    }
    const double start = lp->objective();
    double objective = start;
    int stalls = 0, cuts_added = 0, rounds = 0;
    for (; rounds < kCutRounds && stalls < kCutStallRounds; ++rounds) {
        SolveStatus ignored;
        if (stop_requested(ignored)) break;
        std::vector<Cut> candidates =
            separate_gomory_cuts(cut_model_, *lp, applied_lower_, applied_upper_);
        const std::vector<double> values = lp->column_values();
        for (std::vector<Cut> more :
             {separate_cover_cuts(model_, applied_lower_, applied_upper_, values),
              separate_mir_cuts(model_, applied_lower_, applied_upper_, values)}) {
            std::move(more.begin(), more.end(), std::back_inserter(candidates));
        }
        const std::vector<Cut> cuts = select_cuts(std::move(candidates), kCutsPerRound);
        if (cuts.empty()) break;
        Model with_cuts = cut_model_;
        for (const Cut& cut : cuts) {
            with_cuts.add_row("cut" + std::to_string(cuts_added++), cut.lower, kInfinity,
                              cut.terms);
        }
        Basis basis = lp->basis();
        basis.status.resize(basis.status.size() + cuts.size(), VariableStatus::Basic);
        if (!rebuild_lp(lp, std::move(with_cuts), std::move(basis), simplex_options)) {
            log(2, "mip: the LP with this round's cuts did not solve; the round is dropped");
            break;
        }
        const double gain = lp->objective() - objective;
        objective = lp->objective();
        log(2, "mip: cut round " + std::to_string(rounds + 1) + ": " + std::to_string(cuts.size()) +
                   " cuts, bound " + std::to_string(objective_in_model_sense(objective)));
        const bool stalled = gain <= std::max(1e-9 * std::max(1.0, std::abs(objective)),
                                              kCutStallFraction * (objective - start));
        stalls = stalled ? stalls + 1 : 0;
    }

    // Drop the cuts whose rows are slack at the final vertex (their logicals are basic).
    const int original_rows = model_.row_count();
    const std::vector<double> activity = lp->row_activities();
    const Basis basis = lp->basis();
    Model kept = cut_model_;
    kept.rows.resize(original_rows);
    Basis kept_basis;
    kept_basis.status.assign(basis.status.begin(),
                             basis.status.begin() + model_.variable_count() + original_rows);
    for (int i = original_rows; i < cut_model_.row_count(); ++i) {
        const Row& row = cut_model_.rows[i];
        const bool slack = basis.status[model_.variable_count() + i] == VariableStatus::Basic &&
                           activity[i] > row.lower + 1e-6 * std::max(1.0, std::abs(row.lower));
        if (slack) continue;
        kept.rows.push_back(row);
        kept_basis.status.push_back(basis.status[model_.variable_count() + i]);
    }
    const int kept_cuts = kept.row_count() - original_rows;
    if (kept.row_count() < cut_model_.row_count()) {
        rebuild_lp(lp, std::move(kept), std::move(kept_basis), simplex_options);
    }
    propagator_.emplace(cut_model_);
    log(1, "mip: " + std::to_string(rounds) + " rounds of cuts lift the root bound from " +
               std::to_string(objective_in_model_sense(start)) + " to " +
               std::to_string(objective_in_model_sense(lp->objective())) + "; " +
               std::to_string(kept_cuts) + " of " + std::to_string(cuts_added) + " cuts kept");
}

// Reduced-cost bound tightening: an integer variable at its lower bound with reduced cost
// d > 0 raises the objective by d per unit it moves up, so in this subtree it can move at
// most (cutoff − objective) / d units before no better solution is possible (and likewise
// down from an upper bound). Tightens `lower`/`upper` and returns the changes.
std::vector<BoundChange> BranchAndBound::tighten_by_reduced_costs(
    const Simplex& lp, double objective, const std::vector<double>& values,
    std::vector<double>& lower, std::vector<double>& upper) const {
    std::vector<BoundChange> changes;
    const double room = cutoff() - objective;
    if (!has_incumbent_ || !(room >= 0.0) || !std::isfinite(room)) return changes;
    const std::vector<double> reduced = lp.reduced_costs();
    constexpr double kReducedCostTolerance = 1e-7;
    for (const int j : integers_) {
        const double d = reduced[j];
        if (std::abs(d) <= kReducedCostTolerance) continue;
        const double steps = std::floor(room / std::abs(d) + 1e-9);
        if (d > 0.0 && values[j] <= lower[j] + options_.integrality_tolerance) {
            const double limit = lower[j] + steps;
            if (limit < upper[j]) {
                upper[j] = limit;
                changes.push_back({j, lower[j], limit});
            }
        } else if (d < 0.0 && values[j] >= upper[j] - options_.integrality_tolerance) {
            const double limit = upper[j] - steps;
            if (limit > lower[j]) {
                lower[j] = limit;
                changes.push_back({j, limit, upper[j]});
            }
        }
    }
    return changes;
}

double BranchAndBound::pseudo_cost(int column, int direction) const {
    if (pseudo_count_[direction][column] > 0) {
        return pseudo_sum_[direction][column] / pseudo_count_[direction][column];
    }
    // No observation yet: the average over all variables observed in this direction.
    double sum = 0.0;
    long long count = 0;
    for (const int j : integers_) {
        if (pseudo_count_[direction][j] > 0) {
            sum += pseudo_sum_[direction][j] / pseudo_count_[direction][j];
            ++count;
        }
    }
    return count > 0 ? sum / static_cast<double>(count) : 1.0;
}

void BranchAndBound::record_pseudo_cost(int column, int direction, double gain_per_unit) {
    if (!std::isfinite(gain_per_unit)) return;
    pseudo_sum_[direction][column] += std::max(0.0, gain_per_unit);
    ++pseudo_count_[direction][column];
}

// Reliability branching: pseudo-cost product scores, with strong branching (a few dual
// simplex iterations per side, warm from this node) for candidates whose pseudo-costs
// are not yet reliable.
int BranchAndBound::choose_branch(Simplex& lp, int depth, const std::vector<double>& values,
                                  const std::vector<int>& fractional, double objective,
                                  const std::vector<double>& lower,
                                  const std::vector<double>& upper) {
    constexpr double kEpsilon = 1e-6;
    struct Candidate {
        int column;
        double score;
    };
    std::vector<Candidate> candidates;
    for (const int j : fractional) {
        const double down = values[j] - std::floor(values[j]);
        const double up = 1.0 - down;
        const double score = std::max(pseudo_cost(j, 0) * down, kEpsilon) *
                             std::max(pseudo_cost(j, 1) * up, kEpsilon);
        candidates.push_back({j, score});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });

    // Strong branching may use about half of all simplex iterations, and only near the root.
    const bool budget =
        depth <= kStrongDepth && strong_iterations_ <= (iterations_ - strong_iterations_) + 5000;
    int strong_done = 0;
    int best = candidates.front().column;
    double best_score = -1.0;
    for (Candidate& candidate : candidates) {
        const int j = candidate.column;
        const bool reliable = std::min(pseudo_count_[0][j], pseudo_count_[1][j]) >= kReliability;
        if (!reliable && budget && strong_done < kStrongCandidates) {
            ++strong_done;
            const auto snapshot = lp.snapshot();
            double gains[2] = {0.0, 0.0};
            for (int direction = 0; direction < 2; ++direction) {
                const double value = values[j];
                if (direction == 0) {
                    lp.set_column_bounds(j, lower[j], std::floor(value));
                } else {
                    lp.set_column_bounds(j, std::ceil(value), upper[j]);
                }
                lp.set_iteration_limit(kStrongIterations);
                const LpStatus status = lp.solve();
                strong_iterations_ += lp.last_iterations();
                iterations_ += lp.last_iterations();
                const double distance =
                    direction == 0 ? value - std::floor(value) : std::ceil(value) - value;
                if (status == LpStatus::Infeasible) {
                    gains[direction] = kInfinity;
                } else if (status == LpStatus::Optimal || status == LpStatus::IterationLimit) {
                    gains[direction] = std::max(0.0, lp.objective() - objective);
                    record_pseudo_cost(j, direction, gains[direction] / distance);
                }
                lp.restore(snapshot);
            }
            lp.set_iteration_limit(-1);
            candidate.score = std::max(std::min(gains[0], 1e30), kEpsilon) *
                              std::max(std::min(gains[1], 1e30), kEpsilon);
        }
        if (candidate.score > best_score) {
            best_score = candidate.score;
            best = j;
        }
    }
    return best;
}

SolveResult BranchAndBound::run() {
    SolveResult result;
    const int n = model_.variable_count();
    root_lower_.resize(n);
    root_upper_.resize(n);
    for (int j = 0; j < n; ++j) {
        root_lower_[j] = model_.variables[j].lower;
        root_upper_[j] = model_.variables[j].upper;
    }
    for (const int j : integers_) {
        root_lower_[j] = std::ceil(root_lower_[j] - options_.integrality_tolerance);
        root_upper_[j] = std::floor(root_upper_[j] + options_.integrality_tolerance);
    }
    if (!options_.initial_solution.empty()) try_incumbent(options_.initial_solution);

    auto finish = [&](SolveStatus status, double bound) {
        result.status = status;
        result.nodes = nodes_;
        result.simplex_iterations = iterations_;
        result.has_solution = has_incumbent_;
        if (has_incumbent_) {
            result.values = incumbent_;
            result.objective = objective_in_model_sense(incumbent_value_);
            bound = std::min(bound, incumbent_value_);
        }
        result.bound = objective_in_model_sense(bound);
        if (has_incumbent_) {
            result.gap = std::isfinite(bound) ? std::abs(incumbent_value_ - bound) /
                                                    std::max(1.0, std::abs(result.objective))
                                              : kInfinity;
        } else {
            result.gap = kInfinity;
        }
        return result;
    };

    SolveStatus stop_status = SolveStatus::Optimal;
    if (stop_requested(stop_status)) return finish(stop_status, -kInfinity);
    if (!propagator_->propagate(root_lower_, root_upper_, {})) {
        return finish(has_incumbent_ ? SolveStatus::Optimal : SolveStatus::Infeasible, kInfinity);
    }

    SimplexOptions simplex_options;
    simplex_options.deadline = deadline_;
    simplex_options.interrupt = options_.interrupt;
    auto lp_holder = std::make_unique<Simplex>(model_, simplex_options);
    applied_lower_.resize(n);
    applied_upper_.resize(n);
    for (int j = 0; j < n; ++j) {
        applied_lower_[j] = lp_holder->column_lower(j);
        applied_upper_[j] = lp_holder->column_upper(j);
    }
    apply_bounds(*lp_holder, root_lower_, root_upper_);

    std::vector<Node> open;  // a binary heap ordered by WorseNode
    long long next_id = 1;
    Node root;
    root.id = 0;
    std::optional<Node> dive_next = std::move(root);
    double unsolved_bound = kInfinity;   // nodes dropped after a numerical failure
    double tolerance_bound = kInfinity;  // nodes pruned within the gap tolerance
    bool root_done = false;
    std::vector<double> lower, upper;

    while (true) {
        Simplex& lp = *lp_holder;  // the cut rounds at the root replace the LP
        if (!dive_next && open.empty()) break;
        double open_bound = std::min(unsolved_bound, dive_next ? dive_next->bound : kInfinity);
        if (!open.empty()) open_bound = std::min(open_bound, open.front().bound);
        if (has_incumbent_ && open_bound >= incumbent_value_ - prune_tolerance()) {
            return finish(SolveStatus::Optimal, std::min(open_bound, tolerance_bound));
        }
        if (stop_requested(stop_status)) {
            return finish(stop_status, std::min(open_bound, tolerance_bound));
        }
        const bool continuing_dive = dive_next.has_value();
        Node node;
        if (continuing_dive) {
            node = std::move(*dive_next);
            dive_next.reset();
        } else {
            std::pop_heap(open.begin(), open.end(), WorseNode{});
            node = std::move(open.back());
            open.pop_back();
        }
        if (node.bound >= cutoff()) {
            if (has_incumbent_ && node.bound < incumbent_value_) {
                tolerance_bound = std::min(tolerance_bound, node.bound);
            }
            continue;
        }

        lower = root_lower_;
        upper = root_upper_;
        std::vector<int> changed;
        for (const BoundChange& change : node.changes) {
            lower[change.column] = std::max(lower[change.column], change.lower);
            upper[change.column] = std::min(upper[change.column], change.upper);
            changed.push_back(change.column);
        }
        ++nodes_;
        if (!propagator_->propagate(lower, upper, changed)) continue;
        apply_bounds(lp, lower, upper);
        if (!continuing_dive && node.basis) lp.set_basis(*node.basis);
        const LpStatus status = lp.solve();
        iterations_ += lp.last_iterations();
        if (status == LpStatus::Infeasible) {
            if (!root_done)
                return finish(has_incumbent_ ? SolveStatus::Optimal : SolveStatus::Infeasible,
                              kInfinity);
            continue;
        }
        if (status == LpStatus::Unbounded && !root_done) {
            result = finish(SolveStatus::Unbounded, -kInfinity);
            result.bound = objective_in_model_sense(-kInfinity);
            return result;
        }
        if (status != LpStatus::Optimal) {
            if (status == LpStatus::TimeLimit || status == LpStatus::Interrupted) {
                open_bound = std::min(open_bound, node.bound);
                return finish(status == LpStatus::TimeLimit ? SolveStatus::TimeLimit
                                                            : SolveStatus::Interrupted,
                              std::min(open_bound, tolerance_bound));
            }
            unsolved_bound = std::min(unsolved_bound, node.bound);
            if (!root_done) return finish(SolveStatus::NumericalError, -kInfinity);
            continue;
        }
        double objective = lp.objective();
        if (node.branch_column >= 0 && node.branch_distance > 0.0) {
            record_pseudo_cost(node.branch_column, node.branch_up ? 1 : 0,
                               (objective - node.bound) / node.branch_distance);
        }
        if (!root_done) {
            root_done = true;
            log(2, "mip: root LP " + std::to_string(objective_in_model_sense(objective)) +
                       " after " + std::to_string(iterations_) + " iterations");
            if (objective < cutoff()) {
                add_root_cuts(lp_holder, simplex_options);
            }
        }
        Simplex& node_lp = *lp_holder;
        objective = node_lp.objective();
        if (objective >= cutoff()) {
            if (has_incumbent_ && objective < incumbent_value_) {
                tolerance_bound = std::min(tolerance_bound, objective);
            }
            continue;
        }
        const std::vector<double> values = node_lp.column_values();
        std::vector<int> fractional;
        for (const int j : integers_) {
            if (std::abs(values[j] - std::round(values[j])) > options_.integrality_tolerance) {
                fractional.push_back(j);
            }
        }
        if (fractional.empty()) {
            if (!try_incumbent(values)) {
                // Integral but rejected by the check on the original rows: explore no
                // further here, but keep its bound honest.
                unsolved_bound = std::min(unsolved_bound, objective);
            }
            continue;
        }
        try_rounding(values);
        if (nodes_ == 1 || nodes_ % kDiveEvery == 0) dive(node_lp, lower, upper);
        if (nodes_ == 1 || nodes_ % kRepairEvery == 0) fix_and_resolve(node_lp, values);
        if (objective >= cutoff()) continue;
        std::vector<BoundChange> tightened =
            tighten_by_reduced_costs(node_lp, objective, values, lower, upper);
        if (node.depth == 0) {
            // At the root the tightening holds for the whole search.
            root_lower_ = lower;
            root_upper_ = upper;
            tightened.clear();
        }
        node.changes.insert(node.changes.end(), tightened.begin(), tightened.end());

        const int column =
            choose_branch(node_lp, node.depth, values, fractional, objective, lower, upper);
        const double value = values[column];
        auto basis = open.size() < kMaxStoredBases ? std::make_shared<const Basis>(node_lp.basis())
                                                   : nullptr;
        Node down, up;
        down.id = next_id++;
        up.id = next_id++;
        for (Node* child : {&down, &up}) {
            child->depth = node.depth + 1;
            child->bound = objective;
            child->changes = node.changes;
            child->basis = basis;
            child->branch_column = column;
        }
        down.changes.push_back({column, lower[column], std::floor(value)});
        down.branch_distance = value - std::floor(value);
        up.changes.push_back({column, std::ceil(value), upper[column]});
        up.branch_up = true;
        up.branch_distance = std::ceil(value) - value;
        // Dive towards the nearer integer (up on a tie, which for a choice among a few
        // options decides more at once).
        const bool prefer_up = up.branch_distance <= down.branch_distance;
        Node& next = prefer_up ? up : down;
        Node& other = prefer_up ? down : up;
        open.push_back(std::move(other));
        std::push_heap(open.begin(), open.end(), WorseNode{});
        dive_next = std::move(next);
        if (options_.verbosity >= 2 && nodes_ % 100 == 0) {
            log(2, "mip: nodes " + std::to_string(nodes_) + " open " + std::to_string(open.size()) +
                       " incumbent " +
                       (has_incumbent_ ? std::to_string(objective_in_model_sense(incumbent_value_))
                                       : std::string("none")));
        }
    }
    if (!has_incumbent_) {
        return finish(
            unsolved_bound < kInfinity ? SolveStatus::NumericalError : SolveStatus::Infeasible,
            unsolved_bound);
    }
    // Nodes lost to numerical trouble leave the optimum unproven; say so.
    const bool proven = unsolved_bound >= incumbent_value_ - prune_tolerance();
    return finish(proven ? SolveStatus::Optimal : SolveStatus::NumericalError,
                  std::min(tolerance_bound, unsolved_bound));
}

}  // namespace

SolveResult solve_mip(const Model& model, const SolveOptions& options,
                      std::chrono::steady_clock::time_point deadline) {
    BranchAndBound search(model, options, deadline);
    return search.run();
}

}  // namespace mealplan::solver

#pragma once
// The best integer solution known so far, and what it means for the rest of the search:
// the cutoff above which a node cannot hold a better enough solution. Candidates are
// always checked against the original model, not the LP with its cuts.

#include <algorithm>
#include <chrono>
#include <vector>

#include "log.hpp"
#include "mip/solution_source.hpp"
#include "solver/model.hpp"
#include "solver/options.hpp"

namespace mealplan::solver {

class Incumbent {
  public:
    /// `integers` lists the integer columns; the model, list and options must outlive this.
    Incumbent(const Model& model, const std::vector<int>& integers, const SolveOptions& options,
              Logger log);

    /// Takes `values` (rounded on the integers when that is feasible) when it satisfies the
    /// model and beats the incumbent (and the external cutoff); `node` and `source` are for
    /// the log and the tallies. Returns whether it was taken.
    bool offer(const std::vector<double>& values, long long node, SolutionSource source);

    /// Only solutions whose objective (in the model's sense, with the offset) is better
    /// than `objective` are wanted: a sub-MIP looks for improvements on its parent's
    /// incumbent. Prunes as an incumbent of that value would.
    void set_external_cutoff(double objective);

    bool has_solution() const { return has_solution_; }
    /// Counts the solutions taken, so that a caller can tell whether a new one came.
    long long version() const { return version_; }
    /// What found the current solution, and when (first and current one).
    SolutionSource source() const { return source_; }
    double first_seconds() const { return first_seconds_; }
    double best_seconds() const { return best_seconds_; }
    /// Improving solutions `source` found.
    long long solutions_by(SolutionSource source) const {
        return solutions_by_source_[static_cast<std::size_t>(source)];
    }
    const std::vector<double>& values() const { return values_; }
    /// The incumbent's objective in minimisation form without the offset (+inf if none).
    double value() const { return value_; }

    /// How far above a node's bound the incumbent must be for the node to be worth solving.
    double prune_tolerance() const;
    /// The value the cutoff is measured from: the incumbent's or the external cutoff's,
    /// whichever is lower (+inf if neither).
    double reference_value() const { return std::min(value_, external_cutoff_); }
    /// Nodes whose bound reaches this value cannot contain a better enough solution.
    double cutoff() const;
    /// A minimisation-form value in the model's sense, with the offset.
    double in_model_sense(double minimisation_value) const {
        return sense_ * minimisation_value + model_.objective_offset;
    }

  private:
    const Model& model_;
    const std::vector<int>& integers_;
    const SolveOptions& options_;
    Logger log_;
    double sense_;
    bool integral_objective_ = true;
    bool has_solution_ = false;
    std::vector<double> values_;
    double value_ = kInfinity;
    double external_cutoff_ = kInfinity;  // minimisation form without the offset
    long long version_ = 0;
    SolutionSource source_ = SolutionSource::Start;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    double first_seconds_ = 0.0, best_seconds_ = 0.0;
    std::array<long long, kSolutionSources> solutions_by_source_{};
};

}  // namespace mealplan::solver

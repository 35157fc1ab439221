#pragma once
// The best integer solution known so far, and what it means for the rest of the search:
// the cutoff above which a node cannot hold a better enough solution. Candidates are
// always checked against the original model, not the LP with its cuts.

#include <vector>

#include "log.hpp"
#include "solver/model.hpp"
#include "solver/options.hpp"

namespace mealplan::solver {

class Incumbent {
  public:
    /// `integers` lists the integer columns; the model, list and options must outlive this.
    Incumbent(const Model& model, const std::vector<int>& integers, const SolveOptions& options,
              Logger log);

    /// Takes `values` (rounded on the integers when that is feasible) when it satisfies the
    /// model and beats the incumbent; `node` is for the log. Returns whether it was taken.
    bool offer(const std::vector<double>& values, long long node);

    bool has_solution() const { return has_solution_; }
    const std::vector<double>& values() const { return values_; }
    /// The incumbent's objective in minimisation form without the offset (+inf if none).
    double value() const { return value_; }

    /// How far above a node's bound the incumbent must be for the node to be worth solving.
    double prune_tolerance() const;
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
};

}  // namespace mealplan::solver

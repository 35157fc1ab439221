#pragma once
// Activity-based bound tightening on the rows of a model: from the bounds of the other
// variables in a row, each variable's contribution is limited, which can tighten its bounds
// (rounded for integer variables) or prove that no point satisfies the row.

#include <vector>

#include "solver/model.hpp"
#include "solver/options.hpp"

namespace mealplan::solver {

class DomainPropagator {
  public:
    /// Keeps a column-to-rows index of the model; the model must outlive the propagator.
    explicit DomainPropagator(const Model& model, const PropagationOptions& options = {});

    /// Tightens `lower`/`upper` (one entry per variable) in place. Integer bounds are
    /// rounded; continuous bounds are relaxed by the feasibility tolerance and only moved
    /// by at least a thousandth of their range. Callers give the LP the integer bounds
    /// only: the continuous ones serve to carry bounds through continuous variables.
    /// `changed` lists the variables whose bounds were changed before the call (all rows are
    /// examined when it is empty). Returns false when some row cannot be satisfied.
    bool propagate(std::vector<double>& lower, std::vector<double>& upper,
                   const std::vector<int>& changed) const;

  private:
    const Model& model_;
    PropagationOptions options_;
    std::vector<std::vector<int>> rows_of_column_;
    std::vector<std::vector<Term>> terms_;
};

}  // namespace mealplan::solver

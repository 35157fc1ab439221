#include "mip/cut_rounds.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>

#include "mip/cover_cuts.hpp"
#include "mip/cuts.hpp"
#include "mip/gomory_cuts.hpp"
#include "mip/mir_cuts.hpp"

namespace mealplan::solver {
namespace {

// A cut row whose activity exceeds its side by more than this (relative) is slack.
constexpr double kSlackTolerance = 1e-6;

// Replaces the LP by one built from `model`, warm-started from `basis`, and re-optimises.
// Keeps the old LP (and returns false) when the new one does not reach an optimum.
bool rebuild_lp(SearchState& search, Model model, Basis basis) {
    auto rebuilt = std::make_unique<Simplex>(model, search.options.simplex, search.lp_limits);
    rebuilt->set_basis(basis);
    const LpStatus status = search.solve(*rebuilt);
    if (status != LpStatus::Optimal) return false;
    search.lp = std::move(rebuilt);
    search.cut_model = std::move(model);
    return true;
}

// The violated cuts of all separators at the current LP point, the best of them.
std::vector<Cut> separate_round(const SearchState& search) {
    const CutOptions& options = search.options.cuts;
    std::vector<Cut> candidates = separate_gomory_cuts(
        search.cut_model, *search.lp, search.applied_lower, search.applied_upper, options);
    const std::vector<double> values = search.lp->column_values();
    for (std::vector<Cut> more :
         {separate_cover_cuts(search.model, search.applied_lower, search.applied_upper, values,
                              options.minimum_efficacy),
          separate_mir_cuts(search.model, search.applied_lower, search.applied_upper, values,
                            options)}) {
        std::move(more.begin(), more.end(), std::back_inserter(candidates));
    }
    return select_cuts(std::move(candidates), options.per_round, options.maximum_parallelism);
}

// Drops the cuts whose rows are slack at the final vertex (their logicals are basic).
// Returns how many cuts are kept.
int drop_slack_cuts(SearchState& search) {
    const Model& model = search.model;
    const int original_rows = model.row_count();
    const std::vector<double> activity = search.lp->row_activities();
    const Basis basis = search.lp->basis();
    Model kept = search.cut_model;
    kept.rows.resize(original_rows);
    Basis kept_basis;
    kept_basis.status.assign(basis.status.begin(),
                             basis.status.begin() + model.variable_count() + original_rows);
    for (int i = original_rows; i < search.cut_model.row_count(); ++i) {
        const Row& row = search.cut_model.rows[i];
        const bool slack =
            basis.status[model.variable_count() + i] == VariableStatus::Basic &&
            activity[i] > row.lower + kSlackTolerance * std::max(1.0, std::abs(row.lower));
        if (slack) continue;
        kept.rows.push_back(row);
        kept_basis.status.push_back(basis.status[model.variable_count() + i]);
    }
    const int kept_cuts = kept.row_count() - original_rows;
    if (kept.row_count() < search.cut_model.row_count()) {
        rebuild_lp(search, std::move(kept), std::move(kept_basis));
    }
    return kept_cuts;
}

}  // namespace

void add_root_cuts(SearchState& search) {
    const CutOptions& options = search.options.cuts;
    for (const int j : search.integers) {
        search.cut_model.variables[j].lower = search.applied_lower[j];
        search.cut_model.variables[j].upper = search.applied_upper[j];
    }
    const double start = search.lp->objective();
    double objective = start;
    int stalls = 0, cuts_added = 0, rounds = 0;
    for (; rounds < options.rounds && stalls < options.stall_rounds; ++rounds) {
        ModelStatus ignored;
        if (search.stop_requested(ignored)) break;
        const std::vector<Cut> cuts = separate_round(search);
        if (cuts.empty()) break;
        Model with_cuts = search.cut_model;
        for (const Cut& cut : cuts) {
            with_cuts.add_row("cut" + std::to_string(cuts_added++), cut.lower, kInfinity,
                              cut.terms);
        }
        Basis basis = search.lp->basis();
        basis.status.resize(basis.status.size() + cuts.size(), VariableStatus::Basic);
        if (!rebuild_lp(search, std::move(with_cuts), std::move(basis))) {
            search.log(2, "mip: the LP with this round's cuts did not solve; the round is dropped");
            break;
        }
        const double gain = search.lp->objective() - objective;
        objective = search.lp->objective();
        search.log(2, "mip: cut round " + std::to_string(rounds + 1) + ": " +
                          std::to_string(cuts.size()) + " cuts, bound " +
                          std::to_string(search.incumbent.in_model_sense(objective)));
        // The 1e-9 relative floor keeps rounds that only repair rounding from counting as
        // progress.
        const bool stalled = gain <= std::max(1e-9 * std::max(1.0, std::abs(objective)),
                                              options.stall_fraction * (objective - start));
        stalls = stalled ? stalls + 1 : 0;
    }
    const int kept_cuts = drop_slack_cuts(search);
    search.propagator.emplace(search.cut_model, search.options.propagation);
    search.log(1, "mip: " + std::to_string(rounds) + " rounds of cuts lift the root bound from " +
                      std::to_string(search.incumbent.in_model_sense(start)) + " to " +
                      std::to_string(search.incumbent.in_model_sense(search.lp->objective())) +
                      "; " + std::to_string(kept_cuts) + " of " + std::to_string(cuts_added) +
                      " cuts kept");
}

}  // namespace mealplan::solver

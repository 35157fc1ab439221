// Each primal heuristic on its own, from the root LP of a week-shaped model: it finds a
// point where it should, the point satisfies the model, the LP is left as it was found, and
// the same start gives the same point twice.

#include "mip/primal_heuristics.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <functional>
#include <memory>
#include <vector>

#include "choice_model.hpp"
#include "lp/simplex.hpp"
#include "mip/diving.hpp"
#include "mip/feasibility_pump.hpp"
#include "mip/local_search.hpp"
#include "mip/search_state.hpp"
#include "mip/sub_mip.hpp"
#include "solution_check.hpp"
#include "special_problems.hpp"

namespace mealplan::solver {
namespace {

constexpr double kFeasible = 1e-6;

// A search over a copy of `model` with its root LP solved, as the search loop has it when
// the root's heuristics run (before cuts).
class RootSearch {
  public:
    explicit RootSearch(Model stated, SolveOptions options = {})
        : model_(std::move(stated)),
          options_(std::move(options)),
          state_(model_, options_, std::chrono::steady_clock::now() + std::chrono::hours(1)) {
        const Model& model = model_;
        state_.lp = std::make_unique<Simplex>(model, options_.simplex, state_.lp_limits);
        const int n = model.variable_count();
        state_.applied_lower.resize(n);
        state_.applied_upper.resize(n);
        for (int j = 0; j < n; ++j) {
            state_.applied_lower[j] = state_.lp->column_lower(j);
            state_.applied_upper[j] = state_.lp->column_upper(j);
            lower_.push_back(model.variables[j].lower);
            upper_.push_back(model.variables[j].upper);
        }
        state_.nodes = 1;
        status_ = state_.solve(*state_.lp);
        values_ = state_.lp->column_values();
        objective_ = state_.lp->objective();
    }

    SearchState& state() { return state_; }
    Simplex& lp() { return *state_.lp; }
    LpStatus root_status() const { return status_; }
    const std::vector<double>& values() const { return values_; }
    const std::vector<double>& lower() const { return lower_; }
    const std::vector<double>& upper() const { return upper_; }
    HeuristicNode node() const { return {values_, lower_, upper_, lower_, upper_}; }

    /// Whether the LP still holds the root optimum: same objective and values after a
    /// re-solve that needs no iterations.
    ::testing::AssertionResult lp_unchanged() {
        const LpStatus status = state_.solve(*state_.lp);
        if (status != LpStatus::Optimal) return ::testing::AssertionFailure() << "not optimal";
        if (state_.lp->last_iterations() != 0) {
            return ::testing::AssertionFailure()
                   << state_.lp->last_iterations() << " iterations to re-solve the root";
        }
        if (std::abs(state_.lp->objective() - objective_) > 1e-9) {
            return ::testing::AssertionFailure()
                   << "objective " << state_.lp->objective() << " instead of " << objective_;
        }
        return ::testing::AssertionSuccess();
    }

    /// Whether the incumbent exists and satisfies the original model with integral values.
    ::testing::AssertionResult incumbent_feasible() const {
        if (!state_.incumbent.has_solution()) {
            return ::testing::AssertionFailure() << "no solution was found";
        }
        const double violation = max_violation(state_.model, state_.incumbent.values(), true);
        if (violation > kFeasible) {
            return ::testing::AssertionFailure()
                   << "the solution violates the model by " << violation;
        }
        return ::testing::AssertionSuccess();
    }

  private:
    Model model_;  // the search keeps references to the model and the options
    SolveOptions options_;
    SearchState state_;
    LpStatus status_ = LpStatus::Optimal;
    std::vector<double> values_, lower_, upper_;
    double objective_ = 0.0;
};

// A week-shaped model whose root LP is fractional, so the heuristics have work to do; 14
// items for 28 slots, so that each item in turn is a solution of the "at most twice" rows.
testing::ChoiceModelShape week_shape(unsigned seed = 3) {
    testing::ChoiceModelShape shape;
    shape.items = 14;
    shape.portions = 3;
    shape.resources = 10;
    shape.seed = seed;
    return shape;
}

Model week_model(unsigned seed = 3) {
    return testing::choice_model(week_shape(seed));
}

// A poor but feasible incumbent of a week-shaped model: in every slot the next item in
// turn at its smallest portion, the shortfalls re-solved.
void offer_poor_solution(RootSearch& root, const testing::ChoiceModelShape& shape) {
    std::vector<double> point(root.state().model.variable_count(), 0.0);
    const int per_group = shape.items * shape.portions;
    const int groups = shape.periods * shape.groups_per_period;
    for (int group = 0; group < groups; ++group) {
        const int period = group / shape.groups_per_period;
        const int slot = group % shape.groups_per_period;
        // Columns: per period, its groups' options, then its shortfalls.
        const int period_start = period * (shape.groups_per_period * per_group + shape.resources);
        const int item = group % shape.items;
        point[period_start + slot * per_group + item * shape.portions] = 1.0;
    }
    fix_and_resolve(root.state(), root.lp(), point, SolutionSource::Start);
}

// Runs `heuristic` from a fresh root of `model` and returns the incumbent's values (empty
// when it found none), after checking the point and the LP.
std::vector<double> run_from_root(const Model& model,
                                  const std::function<void(RootSearch&)>& heuristic) {
    RootSearch root(model);
    EXPECT_EQ(root.root_status(), LpStatus::Optimal);
    heuristic(root);
    EXPECT_TRUE(root.lp_unchanged());
    if (!root.state().incumbent.has_solution()) return {};
    EXPECT_TRUE(root.incumbent_feasible());
    return root.state().incumbent.values();
}

// Whether the root LP of `model` is fractional on an integer column (so that a heuristic
// that finds a point did something the LP alone did not).
bool root_is_fractional(const Model& model) {
    RootSearch root(model);
    for (const int j : root.state().integers) {
        const double value = root.values()[j];
        if (std::abs(value - std::round(value)) > 1e-6) return true;
    }
    return false;
}

TEST(PrimalHeuristics, WeekModelRootIsFractional) {
    EXPECT_TRUE(root_is_fractional(week_model()));
}

class Dives : public ::testing::TestWithParam<DiveRule> {};

// As the schedule runs them: a dive, and when it ends without a solution, repair of its
// last LP point.
TEST_P(Dives, FindFeasiblePointWithRepairAndRepeatIt) {
    const Model model = week_model();
    auto run = [&](RootSearch& root) {
        int depth = 0;
        const std::vector<double> last =
            dive(root.state(), root.lp(), root.lower(), root.upper(), GetParam(), 100000, depth);
        EXPECT_GT(depth, 0);
        if (root.state().incumbent.has_solution()) return;
        ASSERT_FALSE(last.empty()) << "a dive without a solution returns its last point";
        repair(root.state(), root.lp(), last);
    };
    const std::vector<double> first = run_from_root(model, run);
    ASSERT_FALSE(first.empty()) << "neither the dive nor repair found a solution";
    EXPECT_EQ(run_from_root(model, run), first);
}

INSTANTIATE_TEST_SUITE_P(EveryRuleButGuided, Dives,
                         ::testing::Values(DiveRule::Up, DiveRule::Fractional,
                                           DiveRule::Coefficient));

// On "choose one" rows, taking the option the LP likes most (up) or the one with fewest
// locks (coefficient) reaches a solution without help.
TEST(PrimalHeuristics, UpAndCoefficientDivesFindAPointThemselves) {
    for (const DiveRule rule : {DiveRule::Up, DiveRule::Coefficient}) {
        RootSearch root(week_model());
        int depth = 0;
        dive(root.state(), root.lp(), root.lower(), root.upper(), rule, 100000, depth);
        EXPECT_TRUE(root.incumbent_feasible()) << "rule " << static_cast<int>(rule);
        EXPECT_GE(root.state().incumbent.solutions_by(source_of(rule)), 1);
    }
}

TEST(PrimalHeuristics, GuidedDiveNeedsAnIncumbentAndFollowsIt) {
    const Model model = week_model();
    {
        RootSearch root(model);
        int depth = 0;
        dive(root.state(), root.lp(), root.lower(), root.upper(), DiveRule::Guided, 100000, depth);
        EXPECT_EQ(depth, 0);
        EXPECT_FALSE(root.state().incumbent.has_solution());
    }
    RootSearch root(model);
    offer_poor_solution(root, week_shape());
    ASSERT_TRUE(root.incumbent_feasible());
    const double poor = root.state().incumbent.value();
    int depth = 0;
    dive(root.state(), root.lp(), root.lower(), root.upper(), DiveRule::Guided, 100000, depth);
    EXPECT_GT(depth, 0);
    EXPECT_TRUE(root.lp_unchanged());
    ASSERT_TRUE(root.incumbent_feasible());
    // The dive stops at the cutoff, so a point it offers is better than the incumbent.
    if (root.state().incumbent.solutions_by(SolutionSource::GuidedDive) > 0) {
        EXPECT_LT(root.state().incumbent.value(), poor);
    }
}

TEST(PrimalHeuristics, FeasibilityPumpFindsAPointAndRepeatsIt) {
    const Model model = week_model();
    auto run = [](RootSearch& root) {
        feasibility_pump(root.state(), root.lp(), root.lower(), root.upper(), 100000);
        EXPECT_EQ(root.state().tally(SolutionSource::FeasibilityPump).calls, 1);
        EXPECT_GE(root.state().incumbent.solutions_by(SolutionSource::FeasibilityPump), 1);
    };
    const std::vector<double> first = run_from_root(model, run);
    ASSERT_FALSE(first.empty()) << "the pump found no solution";
    EXPECT_EQ(run_from_root(model, run), first);
}

TEST(PrimalHeuristics, FeasibilityPumpOnASetCover) {
    const Model model = special::set_cover();
    const std::vector<double> found = run_from_root(model, [](RootSearch& root) {
        feasibility_pump(root.state(), root.lp(), root.lower(), root.upper(), 100000);
    });
    EXPECT_FALSE(found.empty());
}

TEST(PrimalHeuristics, RensSolvesTheRoundingsOfTheLpPoint) {
    const Model model = week_model();
    auto run = [](RootSearch& root) {
        rens(root.state(), root.lp(), root.values(), root.lower(), root.upper());
        EXPECT_EQ(root.state().tally(SolutionSource::Rens).calls, 1);
        EXPECT_GT(root.state().tally(SolutionSource::Rens).nodes, 0);
    };
    const std::vector<double> first = run_from_root(model, run);
    ASSERT_FALSE(first.empty()) << "RENS found no solution";
    // Every integer it fixed keeps the LP's value; the others take its floor or ceiling.
    RootSearch root(model);
    for (const int j : root.state().integers) {
        EXPECT_GE(first[j], std::floor(root.values()[j] + 1e-6) - 1e-9);
        EXPECT_LE(first[j], std::ceil(root.values()[j] - 1e-6) + 1e-9);
    }
    EXPECT_EQ(run_from_root(model, run), first);
}

TEST(PrimalHeuristics, RensDoesNotRunWhenTooFewIntegersAreIntegral) {
    SolveOptions options;
    options.mip.rens_minimum_fixed = 1.0;  // every integer would have to be integral
    RootSearch root(week_model(), options);
    rens(root.state(), root.lp(), root.values(), root.lower(), root.upper());
    EXPECT_EQ(root.state().tally(SolutionSource::Rens).calls, 0);
    EXPECT_FALSE(root.state().incumbent.has_solution());
}

TEST(PrimalHeuristics, RinsImprovesOnAPoorIncumbent) {
    const Model model = week_model();
    auto run = [](RootSearch& root) {
        offer_poor_solution(root, week_shape());
        ASSERT_TRUE(root.incumbent_feasible());
        const double poor = root.state().incumbent.value();
        rins(root.state(), root.lp(), root.values(), root.lower(), root.upper());
        EXPECT_EQ(root.state().tally(SolutionSource::Rins).calls, 1);
        EXPECT_GE(root.state().incumbent.solutions_by(SolutionSource::Rins), 1);
        EXPECT_LT(root.state().incumbent.value(), poor);
        // The same LP point and incumbent fix the same variables: no second sub-MIP.
        rins(root.state(), root.lp(), root.values(), root.lower(), root.upper());
        const long long calls = root.state().tally(SolutionSource::Rins).calls;
        rins(root.state(), root.lp(), root.values(), root.lower(), root.upper());
        EXPECT_EQ(root.state().tally(SolutionSource::Rins).calls, calls);
    };
    const std::vector<double> first = run_from_root(model, run);
    ASSERT_FALSE(first.empty());
    EXPECT_EQ(run_from_root(model, run), first);
}

TEST(PrimalHeuristics, LocalSearchImprovesOnAPoorIncumbent) {
    const Model model = week_model();
    auto run = [](RootSearch& root) {
        offer_poor_solution(root, week_shape());
        ASSERT_TRUE(root.incumbent_feasible());
        const double poor = root.state().incumbent.value();
        local_search(root.state(), root.lp());
        EXPECT_GE(root.state().incumbent.solutions_by(SolutionSource::LocalSearch), 1);
        EXPECT_LT(root.state().incumbent.value(), poor);
    };
    const std::vector<double> first = run_from_root(model, run);
    ASSERT_FALSE(first.empty());
    EXPECT_EQ(run_from_root(model, run), first);
}

TEST(PrimalHeuristics, IteratedLocalSearchGoesBeyondLocalSearch) {
    const Model model = week_model();
    double local_optimum = 0.0;
    auto run = [&](RootSearch& root) {
        offer_poor_solution(root, week_shape());
        local_search(root.state(), root.lp());
        ASSERT_TRUE(root.incumbent_feasible());
        local_optimum = root.state().incumbent.value();
        // Local search again finds nothing: the point is a local optimum of its moves.
        local_search(root.state(), root.lp());
        EXPECT_EQ(root.state().incumbent.value(), local_optimum);
        EXPECT_TRUE(perturbation_search(root.state(), root.lp()));
        EXPECT_GE(root.state().incumbent.solutions_by(SolutionSource::Perturbation), 1);
        EXPECT_LT(root.state().incumbent.value(), local_optimum);
    };
    const std::vector<double> first = run_from_root(model, run);
    ASSERT_FALSE(first.empty());
    EXPECT_EQ(run_from_root(model, run), first);
}

TEST(PrimalHeuristics, RepairMakesTheRoundedLpPointFeasible) {
    const Model model = week_model();
    auto run = [](RootSearch& root) {
        // The LP point rounded is not a solution: repair has something to do.
        std::vector<double> rounded = root.values();
        for (const int j : root.state().integers) rounded[j] = std::round(rounded[j]);
        EXPECT_GT(max_violation(root.state().model, rounded, true), kFeasible);
        repair(root.state(), root.lp(), root.values());
        EXPECT_GE(root.state().incumbent.solutions_by(SolutionSource::Repair), 1);
    };
    const std::vector<double> first = run_from_root(model, run);
    ASSERT_FALSE(first.empty()) << "repair found no solution";
    EXPECT_EQ(run_from_root(model, run), first);
}

TEST(PrimalHeuristics, TheRootScheduleFindsAPointAndRepeatsIt) {
    const Model model = week_model(5);
    auto run = [](RootSearch& root) {
        run_primal_heuristics(root.state(), root.lp(), root.node());
    };
    const std::vector<double> first = run_from_root(model, run);
    ASSERT_FALSE(first.empty());
    EXPECT_EQ(run_from_root(model, run), first);
}

TEST(PrimalHeuristics, BudgetsOfZeroTurnTheHeuristicsOff) {
    SolveOptions options;
    options.mip.pump_rounds = 0;
    options.mip.rens_nodes = 0;
    options.mip.repair_moves = 0;
    options.mip.local_search_moves = 0;
    options.mip.perturbation_rounds = 0;
    RootSearch root(week_model(), options);
    feasibility_pump(root.state(), root.lp(), root.lower(), root.upper(), 100000);
    rens(root.state(), root.lp(), root.values(), root.lower(), root.upper());
    repair(root.state(), root.lp(), root.values());
    EXPECT_FALSE(root.state().incumbent.has_solution());
    offer_poor_solution(root, week_shape());
    ASSERT_TRUE(root.incumbent_feasible());
    EXPECT_FALSE(perturbation_search(root.state(), root.lp()));
    EXPECT_EQ(root.state().tally(SolutionSource::Rens).calls, 0);
}

}  // namespace
}  // namespace mealplan::solver

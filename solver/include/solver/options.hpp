#pragma once
// The solver's options, declared once each: a field with its default in one of the structs
// below, and one record in the registry (options.cpp) that gives it a name, a range and a
// description. The registry sets options from text with validation, lists them for
// `mealplan solve --help`, and checks a whole SolveOptions before a solve. Everything is a
// count or a tolerance, never a time, except the time limit: a solve is deterministic.

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "solver/basis.hpp"
#include "solver/model.hpp"

namespace mealplan::solver {

/// The bounded dual and primal simplex (solver/src/lp/).
struct SimplexOptions {
    double primal_tolerance = 1e-7;  ///< bound violations, on scaled values
    /// Tight on purpose: a reduced cost of 1e-7 times a long way to the next bound is a
    /// visible loss of objective on badly scaled models (Netlib pilot).
    double dual_tolerance = 1e-9;
    double pivot_tolerance = 1e-9;  ///< smaller pivots are never taken
    int refactor_interval = 80;     ///< eta updates between factorisations
    bool scale = true;              ///< geometric-mean and equilibration scaling
    /// Temporary bound given to a variable whose missing bound blocks dual feasibility.
    double artificial_box = 1e6;
    /// Degenerate iterations in a row before the costs are perturbed (dual simplex).
    int perturb_after = 50;
    /// Degenerate iterations in a row before Bland's rule (dual; a quarter of it primal).
    int bland_after = 2000;
};

/// Branch and bound: branching and primal heuristics (solver/src/mip/).
struct MipOptions {
    int reliability = 2;               ///< observations before a pseudo-cost is trusted
    int strong_candidates = 6;         ///< strong-branched candidates per node at most
    long long strong_iterations = 25;  ///< dual simplex iterations per strong branch
    int strong_depth = 12;             ///< deeper nodes trust the pseudo-costs
    int dive_every = 256;              ///< nodes between two dives below the root
    int dive_depth = 400;              ///< bound changes in one dive at most
    bool dive_up = true;               ///< dive rules (solver/src/mip/diving.hpp)
    bool dive_fractional = true;
    bool dive_coefficient = true;
    bool dive_guided = true;
    int pump_rounds = 30;                   ///< feasibility pump rounds at the root (0: none)
    long long rens_nodes = 500;             ///< node budget of RENS at the root (0: no RENS)
    double rens_minimum_fixed = 0.5;        ///< share of the integers RENS must fix to run
    int rins_every = 100;                   ///< nodes between two RINS (0: no RINS)
    long long rins_nodes = 200;             ///< node budget of one RINS
    double rins_minimum_fixed = 0.3;        ///< share of the integers RINS must fix to run
    long long local_search_moves = 100000;  ///< moves local search evaluates per call (0: none)
    long long repair_moves = 100000;        ///< moves repair evaluates per call (0: no repair)
    int perturbation_rounds = 20;           ///< kicks of iterated local search per call (0: none)
    int perturbation_calls = 10;  ///< root calls of iterated local search while it improves
    /// The dives, the feasibility pump and fix-and-resolve may spend this share of all the
    /// search's simplex iterations (sub-MIPs included), beyond the allowance.
    double heuristic_iteration_share = 0.5;
    long long heuristic_iteration_allowance = 20000;
    int fix_and_resolve_every = 64;  ///< nodes between fix-and-resolve repairs
    long long stored_bases = 20000;  ///< open nodes that keep their parent's basis
    /// Reduced costs this small never tighten a bound.
    double reduced_cost_tolerance = 1e-7;
};

/// Cutting planes at the root (solver/src/mip/cut_rounds.cpp and the separators).
struct CutOptions {
    int rounds = 20;               ///< rounds of Gomory, cover and MIR cuts at most
    int per_round = 50;            ///< cuts one round adds at most
    int stall_rounds = 3;          ///< rounds in a row with too little gain end the loop
    double stall_fraction = 0.01;  ///< "too little": this share of the gain so far
    /// Cuts whose largest and smallest coefficient differ more than this are refused.
    double maximum_dynamic_range = 1e6;
    double minimum_efficacy = 1e-5;  ///< distance of the LP point from the cut
    /// Cuts with more than maximum_density · columns + 10 terms are refused: a few dense
    /// rows make every simplex iteration of the search slower than their bound gain pays
    /// back (measured on MIPLIB 3: qnet1_o 2.1 s without cuts, 18 s with dense cuts,
    /// 1.3 s with this limit).
    double maximum_density = 0.05;
    /// Cuts more parallel than this (cosine) to one already picked are skipped: they cut
    /// off the same thing and make the LP degenerate.
    double maximum_parallelism = 0.999;
    /// Gomory rows whose basic value is within this of an integer are skipped: their cuts
    /// are weak and numerically delicate.
    double gomory_minimum_fraction = 0.01;
    int gomory_maximum_candidates = 500;  ///< fractional rows examined, most fractional first
    int mir_maximum_divisors = 8;         ///< divisors tried per MIR base inequality
    /// MIR roundings whose right-hand side is this close to an integer give weak, unsafe cuts.
    double mir_minimum_fraction = 0.001;
};

/// Activity-based bound propagation (solver/src/mip/domain_propagation.cpp).
struct PropagationOptions {
    double feasibility_tolerance = 1e-6;  ///< slack allowed on a row before it proves infeasibility
    int maximum_row_visits = 20;          ///< per row and call; stops slow convergent chains
};

/// Receives the solver's log lines (without a newline), those at or below the verbosity.
using LogCallback = std::function<void(const std::string& line)>;

struct SolveOptions {
    double time_limit_seconds = kInfinity;
    long long node_limit = -1;       ///< < 0: none
    long long iteration_limit = -1;  ///< simplex iterations of the whole solve; < 0: none
    double relative_gap = 1e-4;      ///< |primal − dual| / max(1, |primal|)
    double absolute_gap = 1e-9;
    double feasibility_tolerance = 1e-7;  ///< row and bound violations of a reported solution
    double integrality_tolerance = 1e-6;
    /// Simplify the model before solving (solver/src/presolve/); the answer is given for the
    /// model as stated.
    bool presolve = true;
    /// 0 silent; 1 a summary line per phase; 2 progress lines; 3 debugging detail.
    int verbosity = 0;
    SimplexOptions simplex;
    MipOptions mip;
    CutOptions cuts;
    PropagationOptions propagation;

    // What follows is not an option (it has no name and cannot be set from text): the
    // caller's own channels into one solve.

    /// Where log lines go; nothing is logged when empty.
    LogCallback log;
    /// When set and becomes true (e.g. from a SIGINT handler) the solve stops at the next
    /// check and reports ModelStatus::Interrupted with the best solution so far.
    const std::atomic<bool>* interrupt = nullptr;
    /// An optional starting solution (one value per variable) for MILPs; used as the
    /// first incumbent when it is feasible.
    std::vector<double> initial_solution;
    /// An optional starting basis (e.g. SolveResult::basis of an earlier solve of a model
    /// that differs a little) for the LP, or for a MILP's root relaxation. It must not have
    /// more variables or rows than the model; those it lacks start at a bound (variables)
    /// or basic (rows). A solve with a starting basis skips presolve, whose reduced model
    /// the basis would not fit.
    LpBasis initial_basis;
};

enum class OptionType { Boolean, Integer, Real };

/// One registered option: its name (`simplex.dual_tolerance`), the type and inclusive range
/// of its values, what it does, and its default (the value in SolveOptions{}).
struct OptionInfo {
    std::string_view name;
    OptionType type = OptionType::Real;
    double minimum = 0.0;
    double maximum = 0.0;
    std::string_view description;
    double default_value = 0.0;  ///< booleans as 0 or 1
};

/// Every registered option, in the order `mealplan solve --help` lists them.
const std::vector<OptionInfo>& option_registry();

/// The option's current value in `options` (booleans as 0 or 1); nullopt for an unknown name.
std::optional<double> option_value(const SolveOptions& options, std::string_view name);

/// A value as the registry writes it: "true"/"false", a whole number, "inf", or the
/// shortest decimal that reads back to the same double.
std::string format_option_value(OptionType type, double value);

/// "[0, 1]", "[1, 10000]", "true or false", "[0, inf]".
std::string format_option_range(const OptionInfo& option);

/// Sets the option `name` from `text` ("true", "25", "1e-6", "inf"). Returns the problem
/// (naming the option and its range) and leaves `options` unchanged when the name is
/// unknown or the value is not of the option's type or outside its range.
std::optional<std::string> set_option(SolveOptions& options, std::string_view name,
                                      std::string_view text);

/// Every registered option of `options` that is outside its range, one message each;
/// empty when all are valid. solve() refuses options with problems.
std::vector<std::string> validate(const SolveOptions& options);

}  // namespace mealplan::solver

#include "solver/options.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <string>
#include <type_traits>

namespace mealplan::solver {
namespace {

// Counts are capped here rather than at the type's limit so that every value converts to
// and from a double exactly.
constexpr double kLargestCount = 1e15;

// One registered option: what the public OptionInfo says, and how to read and write the
// field it names. Values travel as doubles: booleans as 0/1, counts exactly (≤ 2^53).
struct OptionRecord {
    OptionInfo info;
    double (*get)(const SolveOptions&);
    void (*set)(SolveOptions&, double);
};

template <typename T>
constexpr OptionType type_of() {
    if constexpr (std::is_same_v<T, bool>) {
        return OptionType::Boolean;
    } else if constexpr (std::is_integral_v<T>) {
        return OptionType::Integer;
    } else {
        return OptionType::Real;
    }
}

template <typename T>
T from_double(double value) {
    if constexpr (std::is_same_v<T, bool>) {
        return value != 0.0;
    } else {
        return static_cast<T>(value);
    }
}

// A top-level field of SolveOptions.
template <auto Field>
OptionRecord option(std::string_view name, double minimum, double maximum,
                    std::string_view description) {
    using T = std::remove_cvref_t<decltype(std::declval<SolveOptions&>().*Field)>;
    return {{name, type_of<T>(), minimum, maximum, description, 0.0},
            [](const SolveOptions& options) { return static_cast<double>(options.*Field); },
            [](SolveOptions& options, double value) { options.*Field = from_double<T>(value); }};
}

// A field of one of SolveOptions' groups (simplex, mip, cuts, propagation).
template <auto Group, auto Field>
OptionRecord option(std::string_view name, double minimum, double maximum,
                    std::string_view description) {
    using T = std::remove_cvref_t<decltype((std::declval<SolveOptions&>().*Group).*Field)>;
    return {
        {name, type_of<T>(), minimum, maximum, description, 0.0},
        [](const SolveOptions& options) { return static_cast<double>((options.*Group).*Field); },
        [](SolveOptions& options, double value) {
            (options.*Group).*Field = from_double<T>(value);
        }};
}

std::vector<OptionRecord> make_records() {
    using S = SolveOptions;
    std::vector<OptionRecord> records = {
        option<&S::time_limit_seconds>("time_limit", 0, kInfinity,
                                       "Stop after this many seconds of wall-clock time"),
        option<&S::node_limit>("node_limit", -1, kLargestCount,
                               "Stop after this many branch-and-bound nodes (-1: no limit)"),
        option<&S::iteration_limit>(
            "iteration_limit", -1, kLargestCount,
            "Stop after this many simplex iterations in all (-1: no limit)"),
        option<&S::relative_gap>(
            "relative_gap", 0, 1,
            "A MILP is optimal when |objective - bound| / max(1, |objective|) is this small"),
        option<&S::absolute_gap>("absolute_gap", 0, kInfinity,
                                 "A MILP is optimal when |objective - bound| is this small"),
        option<&S::feasibility_tolerance>(
            "feasibility_tolerance", 1e-12, 1e-3,
            "Largest row or bound violation of a reported solution (relative to the bound)"),
        option<&S::integrality_tolerance>(
            "integrality_tolerance", 1e-12, 1e-2,
            "Largest distance of an integer variable from an integer in a solution"),
        option<&S::presolve>("presolve", 0, 1,
                             "Simplify the model before solving (the answer is for the model "
                             "as stated)"),
        option<&S::verbosity>("verbosity", 0, 3,
                              "Log detail: 0 silent, 1 a summary line per phase, 2 progress, "
                              "3 debugging"),

        option<&S::simplex, &SimplexOptions::primal_tolerance>(
            "simplex.primal_tolerance", 1e-12, 1e-3,
            "Bound violation the simplex accepts "
            "(scaled values)"),
        option<&S::simplex, &SimplexOptions::dual_tolerance>(
            "simplex.dual_tolerance", 1e-14, 1e-3,
            "Reduced cost of the wrong sign the simplex accepts at an optimum"),
        option<&S::simplex, &SimplexOptions::pivot_tolerance>(
            "simplex.pivot_tolerance", 1e-14, 1e-3, "Smallest pivot the simplex takes"),
        option<&S::simplex, &SimplexOptions::refactor_interval>(
            "simplex.refactor_interval", 1, 10000,
            "Basis changes between two factorisations of the basis"),
        option<&S::simplex, &SimplexOptions::scale>(
            "simplex.scale", 0, 1, "Scale rows and columns by powers of two before solving"),
        option<&S::simplex, &SimplexOptions::artificial_box>(
            "simplex.artificial_box", 1, 1e15,
            "Temporary bound on variables whose missing bound blocks dual feasibility"),
        option<&S::simplex, &SimplexOptions::perturb_after>(
            "simplex.perturb_after", 1, 1e9,
            "Degenerate dual iterations in a row before the costs are perturbed"),
        option<&S::simplex, &SimplexOptions::bland_after>(
            "simplex.bland_after", 4, 1e9,
            "Degenerate iterations in a row before Bland's rule (dual; a quarter of it primal)"),

        option<&S::mip, &MipOptions::reliability>(
            "mip.reliability", 0, 1000,
            "Strong-branching observations before a pseudo-cost is trusted"),
        option<&S::mip, &MipOptions::strong_candidates>(
            "mip.strong_candidates", 0, 100000, "Candidates strong-branched per node at most"),
        option<&S::mip, &MipOptions::strong_iterations>(
            "mip.strong_iterations", 1, 1e9, "Dual simplex iterations per strong branch"),
        option<&S::mip, &MipOptions::strong_depth>("mip.strong_depth", 0, 1e9,
                                                   "Deepest node that strong-branches"),
        option<&S::mip, &MipOptions::dive_every>("mip.dive_every", 1, 1e9,
                                                 "Nodes between two dives below the root"),
        option<&S::mip, &MipOptions::dive_depth>("mip.dive_depth", 0, 1e9,
                                                 "Bound changes in one dive at most"),
        option<&S::mip, &MipOptions::dive_up>(
            "mip.dive_up", 0, 1, "Dive raising the variable with the largest fractional part"),
        option<&S::mip, &MipOptions::dive_fractional>(
            "mip.dive_fractional", 0, 1, "Dive rounding the variable nearest to an integer"),
        option<&S::mip, &MipOptions::dive_coefficient>(
            "mip.dive_coefficient", 0, 1,
            "Dive rounding the variable with the fewest rows it could violate"),
        option<&S::mip, &MipOptions::dive_guided>("mip.dive_guided", 0, 1,
                                                  "Dive rounding towards the incumbent's values"),
        option<&S::mip, &MipOptions::pump_rounds>(
            "mip.pump_rounds", 0, 1e6,
            "Feasibility pump rounds at the root while no solution is known (0: no pump)"),
        option<&S::mip, &MipOptions::rens_nodes>(
            "mip.rens_nodes", 0, kLargestCount,
            "Node budget of RENS, the sub-MIP around the root LP point (0: no RENS)"),
        option<&S::mip, &MipOptions::rens_minimum_fixed>(
            "mip.rens_minimum_fixed", 0, 1,
            "Share of the integer variables RENS must fix (integral at the LP point) to run"),
        option<&S::mip, &MipOptions::rins_every>(
            "mip.rins_every", 0, 1e9,
            "Nodes between two RINS sub-MIPs, where LP and incumbent agree (0: no RINS)"),
        option<&S::mip, &MipOptions::rins_nodes>("mip.rins_nodes", 1, kLargestCount,
                                                 "Node budget of one RINS sub-MIP"),
        option<&S::mip, &MipOptions::rins_minimum_fixed>(
            "mip.rins_minimum_fixed", 0, 1,
            "Share of the integer variables RINS must fix (LP and incumbent agree) to run"),
        option<&S::mip, &MipOptions::local_search_moves>(
            "mip.local_search_moves", 0, kLargestCount,
            "Moves (shifts and swaps) local search evaluates around each new incumbent (0: none)"),
        option<&S::mip, &MipOptions::repair_moves>(
            "mip.repair_moves", 0, kLargestCount,
            "Moves repair evaluates to make a rounded LP point feasible (0: no repair)"),
        option<&S::mip, &MipOptions::perturbation_rounds>(
            "mip.perturbation_rounds", 0, 1e9,
            "Rounds of iterated local search (kick, repair, improve) per call (0: none)"),
        option<&S::mip, &MipOptions::perturbation_calls>(
            "mip.perturbation_calls", 1, 1e6,
            "Calls of iterated local search at the root, repeated while each improves"),
        option<&S::mip, &MipOptions::heuristic_iteration_share>(
            "mip.heuristic_iteration_share", 0, 10,
            "Share of all simplex iterations the dives, the pump and repairs may spend"),
        option<&S::mip, &MipOptions::heuristic_iteration_allowance>(
            "mip.heuristic_iteration_allowance", 0, kLargestCount,
            "Simplex iterations the heuristics may spend beyond their share"),
        option<&S::mip, &MipOptions::fix_and_resolve_every>(
            "mip.fix_and_resolve_every", 1, 1e9,
            "Nodes between two fix-and-resolve repairs (integers fixed, the rest re-solved)"),
        option<&S::mip, &MipOptions::stored_bases>(
            "mip.stored_bases", 0, kLargestCount,
            "Open nodes that keep their parent's basis for a warm start"),
        option<&S::mip, &MipOptions::reduced_cost_tolerance>(
            "mip.reduced_cost_tolerance", 0, 1,
            "Reduced costs up to this size never tighten a bound"),

        option<&S::cuts, &CutOptions::rounds>("cuts.rounds", 0, 100000,
                                              "Rounds of root cuts at most (0: no cuts)"),
        option<&S::cuts, &CutOptions::per_round>("cuts.per_round", 0, 1e9,
                                                 "Cuts one round adds at most"),
        option<&S::cuts, &CutOptions::stall_rounds>(
            "cuts.stall_rounds", 1, 100000,
            "Rounds in a row that lift the bound too little before the cuts stop"),
        option<&S::cuts, &CutOptions::stall_fraction>(
            "cuts.stall_fraction", 0, 1,
            "A round lifts too little below this share of the gain of all rounds so far"),
        option<&S::cuts, &CutOptions::maximum_dynamic_range>(
            "cuts.maximum_dynamic_range", 1, 1e15,
            "Largest ratio of a cut's largest to its smallest coefficient"),
        option<&S::cuts, &CutOptions::minimum_efficacy>(
            "cuts.minimum_efficacy", 0, kInfinity,
            "Smallest distance of the LP point from a cut that is kept"),
        option<&S::cuts, &CutOptions::maximum_density>(
            "cuts.maximum_density", 0, 1, "Largest share of the columns in a cut (plus 10 terms)"),
        option<&S::cuts, &CutOptions::maximum_parallelism>(
            "cuts.maximum_parallelism", 0, 1,
            "Cuts more parallel than this (cosine) to a picked one are skipped"),
        option<&S::cuts, &CutOptions::gomory_minimum_fraction>(
            "cuts.gomory_minimum_fraction", 0, 0.5,
            "Gomory rows whose basic value is this close to an integer are skipped"),
        option<&S::cuts, &CutOptions::gomory_maximum_candidates>(
            "cuts.gomory_maximum_candidates", 0, 1e9,
            "Fractional rows one Gomory round examines at most"),
        option<&S::cuts, &CutOptions::mir_maximum_divisors>(
            "cuts.mir_maximum_divisors", 0, 1000, "Divisors tried per MIR base inequality"),
        option<&S::cuts, &CutOptions::mir_minimum_fraction>(
            "cuts.mir_minimum_fraction", 0, 0.5,
            "MIR roundings whose right-hand side is this close to an integer are skipped"),

        option<&S::propagation, &PropagationOptions::feasibility_tolerance>(
            "propagation.feasibility_tolerance", 0, 1e-2,
            "Slack a row is allowed before propagation declares it unsatisfiable"),
        option<&S::propagation, &PropagationOptions::maximum_row_visits>(
            "propagation.maximum_row_visits", 1, 1e9,
            "Visits of one row in one propagation at most"),
    };
    const SolveOptions defaults;
    for (OptionRecord& record : records) record.info.default_value = record.get(defaults);
    return records;
}

const std::vector<OptionRecord>& records() {
    static const std::vector<OptionRecord> all = make_records();
    return all;
}

const OptionRecord* find(std::string_view name) {
    for (const OptionRecord& record : records()) {
        if (record.info.name == name) return &record;
    }
    return nullptr;
}

std::optional<double> parse_value(OptionType type, std::string_view text) {
    if (type == OptionType::Boolean) {
        if (text == "true" || text == "on" || text == "1") return 1.0;
        if (text == "false" || text == "off" || text == "0") return 0.0;
        return std::nullopt;
    }
    if (text == "inf" || text == "+inf" || text == "infinity") return kInfinity;
    if (text == "-inf" || text == "-infinity") return -kInfinity;
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    double value = 0.0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || result.ec != std::errc() || result.ptr != text.data() + text.size() ||
        std::isnan(value)) {
        return std::nullopt;
    }
    if (type == OptionType::Integer && value != std::floor(value)) return std::nullopt;
    return value;
}

bool in_range(const OptionInfo& info, double value) {
    return value >= info.minimum && value <= info.maximum;
}

std::string kind_of(OptionType type) {
    switch (type) {
        case OptionType::Boolean:
            return "true or false";
        case OptionType::Integer:
            return "a whole number";
        case OptionType::Real:
            return "a number";
    }
    return "a value";
}

std::string out_of_range(const OptionInfo& info, const std::string& got) {
    std::string message = "option " + std::string(info.name) + " must be " + kind_of(info.type);
    if (info.type != OptionType::Boolean) message += " in " + format_option_range(info);
    return message + ", got " + got;
}

}  // namespace

const std::vector<OptionInfo>& option_registry() {
    static const std::vector<OptionInfo> infos = [] {
        std::vector<OptionInfo> list;
        for (const OptionRecord& record : records()) list.push_back(record.info);
        return list;
    }();
    return infos;
}

std::optional<double> option_value(const SolveOptions& options, std::string_view name) {
    const OptionRecord* record = find(name);
    if (record == nullptr) return std::nullopt;
    return record->get(options);
}

std::string format_option_value(OptionType type, double value) {
    if (type == OptionType::Boolean) return value != 0.0 ? "true" : "false";
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    if (type == OptionType::Integer) return std::to_string(static_cast<long long>(value));
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

std::string format_option_range(const OptionInfo& option) {
    if (option.type == OptionType::Boolean) return "true or false";
    return "[" + format_option_value(option.type, option.minimum) + ", " +
           format_option_value(option.type, option.maximum) + "]";
}

std::optional<std::string> set_option(SolveOptions& options, std::string_view name,
                                      std::string_view text) {
    const OptionRecord* record = find(name);
    if (record == nullptr) {
        return "unknown option " + std::string(name) +
               " (`mealplan solve --help` lists the options)";
    }
    const std::optional<double> value = parse_value(record->info.type, text);
    if (!value || !in_range(record->info, *value)) {
        return out_of_range(record->info, "'" + std::string(text) + "'");
    }
    record->set(options, *value);
    return std::nullopt;
}

std::vector<std::string> validate(const SolveOptions& options) {
    std::vector<std::string> problems;
    for (const OptionRecord& record : records()) {
        const double value = record.get(options);
        if (!in_range(record.info, value)) {
            problems.push_back(
                out_of_range(record.info, format_option_value(record.info.type, value)));
        }
    }
    return problems;
}

}  // namespace mealplan::solver

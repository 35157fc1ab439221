#include "mip/local_search.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "mip/primal_heuristics.hpp"

namespace mealplan::solver {
namespace {

// A move must lower the objective by more than this (relatively) to be made.
constexpr double kImprovement = 1e-9;
// A repair move must lower the weighted violation by more than this.
constexpr double kViolationDecrease = 1e-12;
// A perturbation changes between this many and twice as many choice rows (or integers).
constexpr std::size_t kFewestKicks = 2;

struct Entry {
    int index = 0;
    double value = 0.0;
};

// A continuous variable alone in its row: the range of its contribution a·z to the row
// and the cost per unit of that contribution.
struct Slack {
    double low = 0.0, high = 0.0;
    double unit_cost = 0.0;  // c / a
};

// A point of the model seen as the moves see it: the rows' activities without their
// slacks, which rows are choice rows, and what a move of a few integer variables does to
// the objective and to the rows' violations.
class Neighbourhood {
  public:
    Neighbourhood(const SearchState& search, std::vector<double> point);

    /// False when a slack could make the objective unbounded: then moves cannot be
    /// evaluated exactly, and neither local search nor repair runs.
    bool usable() const { return usable_; }
    const std::vector<double>& point() const { return point_; }
    const std::vector<int>& choice_rows() const { return choice_rows_; }
    const std::vector<Entry>& row(int i) const { return rows_[i]; }
    /// A choice row of column j, or -1.
    int choice_row_of(int j) const { return choice_row_of_[j]; }
    /// The column at 1 in choice row i, or -1.
    int chosen(int i) const;
    /// How far row i is from being satisfied (relative to its side), its slacks at their
    /// best; 0 when it is satisfied.
    double violation(int i) const { return violation_[i]; }
    /// Whether row i is violated by too much activity (rather than too little).
    bool above(int i) const { return activity_[i] + slack_low_[i] > search_->model.rows[i].upper; }

    /// The objective change of moving the columns by `deltas` (column, step), +inf when a
    /// row would be violated.
    double objective_change(const std::vector<Entry>& deltas);
    /// The change of Σ weight·violation over the rows the move touches.
    double violation_change(const std::vector<Entry>& deltas, const std::vector<double>& weights);
    /// Makes the move.
    void apply(const std::vector<Entry>& deltas);
    /// The objective (minimisation form, without the offset) of the point with every slack
    /// at its best; +inf when a row is violated.
    double objective() const;

  private:
    /// The cheapest cost of row i's slacks when the rest of the row has `activity`; +inf
    /// when they cannot satisfy it.
    double slack_cost(int i, double activity);
    double violation_at(int i, double activity) const;
    /// Collects the rows `deltas` touches and their activity changes.
    void touch(const std::vector<Entry>& deltas);

    const SearchState* search_;  // a pointer, so that a Neighbourhood can be assigned
    std::vector<double> point_;
    std::vector<double> cost_;  // minimisation form
    std::vector<std::vector<Entry>> rows_, columns_;
    std::vector<std::vector<Slack>> slacks_;
    std::vector<double> slack_low_, slack_high_;  // sums over each row's slacks
    std::vector<double> activity_;                // of each row without its slacks
    std::vector<double> slack_cost_now_, violation_;
    std::vector<int> choice_rows_, choice_row_of_;
    bool usable_ = true;
    std::vector<int> touched_;
    std::vector<double> change_;
    std::vector<char> is_touched_;
    std::vector<std::size_t> order_;  // scratch of slack_cost()
    std::vector<double> at_;
};

Neighbourhood::Neighbourhood(const SearchState& search, std::vector<double> point)
    : search_(&search), point_(std::move(point)) {
    const Model& model = search.model;
    const int n = model.variable_count(), m = model.row_count();
    const double sense = model.sense == ObjectiveSense::Maximize ? -1.0 : 1.0;
    for (const Variable& variable : model.variables) cost_.push_back(sense * variable.cost);
    rows_.resize(m);
    columns_.resize(n);
    for (int i = 0; i < m; ++i) {
        for (const Term& term : model.rows[i].terms) {
            if (term.coefficient == 0.0) continue;
            rows_[i].push_back({term.variable, term.coefficient});
            columns_[term.variable].push_back({i, term.coefficient});
        }
    }
    slacks_.resize(m);
    slack_low_.assign(m, 0.0);
    slack_high_.assign(m, 0.0);
    std::vector<char> slack(n, 0);
    for (int j = 0; j < n; ++j) {
        const Variable& variable = model.variables[j];
        if (variable.type != VariableType::Continuous || columns_[j].size() != 1) continue;
        const Entry& entry = columns_[j].front();
        const double a = entry.value;
        const Slack s{std::min(a * variable.lower, a * variable.upper),
                      std::max(a * variable.lower, a * variable.upper), cost_[j] / a};
        if ((s.unit_cost > 0.0 && std::isinf(s.low)) || (s.unit_cost < 0.0 && std::isinf(s.high))) {
            usable_ = false;
        }
        slacks_[entry.index].push_back(s);
        slack_low_[entry.index] += s.low;
        slack_high_[entry.index] += s.high;
        slack[j] = 1;
    }
    activity_.assign(m, 0.0);
    choice_row_of_.assign(n, -1);
    for (int i = 0; i < m; ++i) {
        bool choice = !rows_[i].empty() && model.rows[i].lower == 1.0 && model.rows[i].upper == 1.0;
        for (const Entry& entry : rows_[i]) {
            if (!slack[entry.index]) activity_[i] += entry.value * point_[entry.index];
            const Variable& variable = model.variables[entry.index];
            choice = choice && entry.value == 1.0 && variable.type != VariableType::Continuous &&
                     variable.lower >= 0.0 && variable.upper <= 1.0;
        }
        if (!choice) continue;
        choice_rows_.push_back(i);
        for (const Entry& entry : rows_[i]) {
            if (choice_row_of_[entry.index] < 0) choice_row_of_[entry.index] = i;
        }
    }
    is_touched_.assign(m, 0);
    change_.assign(m, 0.0);
    if (!usable_) return;
    for (int i = 0; i < m; ++i) {
        slack_cost_now_.push_back(slack_cost(i, activity_[i]));
        violation_.push_back(violation_at(i, activity_[i]));
    }
}

int Neighbourhood::chosen(int i) const {
    for (const Entry& entry : rows_[i]) {
        if (point_[entry.index] > 0.5) return entry.index;
    }
    return -1;
}

double Neighbourhood::violation_at(int i, double activity) const {
    const Row& row = search_->model.rows[i];
    const double tolerance = search_->options.feasibility_tolerance;
    const double low = activity + slack_low_[i], high = activity + slack_high_[i];
    if (low > row.upper) {
        const double scale = std::max(1.0, std::abs(row.upper));
        const double excess = (low - row.upper) / scale;
        return excess > tolerance ? excess : 0.0;
    }
    if (high < row.lower) {
        const double scale = std::max(1.0, std::abs(row.lower));
        const double shortfall = (row.lower - high) / scale;
        return shortfall > tolerance ? shortfall : 0.0;
    }
    return 0.0;
}

double Neighbourhood::slack_cost(int i, double activity) {
    if (violation_at(i, activity) > 0.0) return kInfinity;
    const std::vector<Slack>& slacks = slacks_[i];
    if (slacks.empty()) return 0.0;
    const Row& row = search_->model.rows[i];
    const double need_low = row.lower - activity;   // the slacks' sum must reach this…
    const double need_high = row.upper - activity;  // …and not exceed this
    // Each slack starts at its cheaper end; the sum is then moved into the range along the
    // cheapest slacks first.
    at_.resize(slacks.size());
    double sum = 0.0, cost = 0.0;
    for (std::size_t k = 0; k < slacks.size(); ++k) {
        at_[k] = slacks[k].unit_cost >= 0.0 ? slacks[k].low : slacks[k].high;
        sum += at_[k];
        cost += slacks[k].unit_cost * at_[k];
    }
    if (sum >= need_low && sum <= need_high) return cost;
    order_.resize(slacks.size());
    for (std::size_t k = 0; k < order_.size(); ++k) order_[k] = k;
    const bool raise = sum < need_low;
    std::sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) {
        return raise ? slacks[a].unit_cost < slacks[b].unit_cost
                     : slacks[a].unit_cost > slacks[b].unit_cost;
    });
    for (const std::size_t k : order_) {
        const double step = raise ? std::min(slacks[k].high - at_[k], need_low - sum)
                                  : std::min(at_[k] - slacks[k].low, sum - need_high);
        if (step <= 0.0) continue;
        sum += raise ? step : -step;
        cost += raise ? slacks[k].unit_cost * step : -slacks[k].unit_cost * step;
    }
    return cost;
}

void Neighbourhood::touch(const std::vector<Entry>& deltas) {
    touched_.clear();
    for (const Entry& delta : deltas) {
        for (const Entry& entry : columns_[delta.index]) {
            if (!is_touched_[entry.index]) {
                is_touched_[entry.index] = 1;
                touched_.push_back(entry.index);
                change_[entry.index] = 0.0;
            }
            change_[entry.index] += entry.value * delta.value;
        }
    }
    for (const int i : touched_) is_touched_[i] = 0;
}

double Neighbourhood::objective_change(const std::vector<Entry>& deltas) {
    touch(deltas);
    double change = 0.0;
    for (const Entry& delta : deltas) change += cost_[delta.index] * delta.value;
    for (const int i : touched_) {
        if (change_[i] == 0.0) continue;
        const double after = slack_cost(i, activity_[i] + change_[i]);
        if (!std::isfinite(after)) return kInfinity;
        change += after - slack_cost_now_[i];
    }
    return change;
}

double Neighbourhood::violation_change(const std::vector<Entry>& deltas,
                                       const std::vector<double>& weights) {
    touch(deltas);
    double change = 0.0;
    for (const int i : touched_) {
        if (change_[i] == 0.0) continue;
        change += weights[i] * (violation_at(i, activity_[i] + change_[i]) - violation_[i]);
    }
    return change;
}

void Neighbourhood::apply(const std::vector<Entry>& deltas) {
    touch(deltas);
    for (const Entry& delta : deltas) point_[delta.index] += delta.value;
    for (const int i : touched_) {
        activity_[i] += change_[i];
        slack_cost_now_[i] = slack_cost(i, activity_[i]);
        violation_[i] = violation_at(i, activity_[i]);
    }
}

double Neighbourhood::objective() const {
    double sum = 0.0;
    for (std::size_t j = 0; j < point_.size(); ++j) {
        const bool slack =
            search_->model.variables[j].type == VariableType::Continuous && columns_[j].size() == 1;
        if (!slack) sum += cost_[j] * point_[j];
    }
    for (std::size_t i = 0; i < slack_cost_now_.size(); ++i) sum += slack_cost_now_[i];
    return sum;
}

// Whether the search must stop (the time limit, the interrupt flag): the moves check it
// often, since one call may evaluate many thousands of them on a large model.
bool must_stop(const SearchState& search) {
    ModelStatus ignored;
    return search.stop_requested(ignored);
}

// 1-opt and 2-opt descent on the objective, within `budget` evaluated moves; whether a
// move was made.
bool descend(const SearchState& search, Neighbourhood& around, long long budget) {
    const Model& model = search.model;
    const double threshold = -kImprovement * std::max(1.0, std::abs(search.incumbent.value()));
    long long evaluated = 0;
    bool improved = false;
    std::vector<Entry> move, best;
    for (bool progress = true; progress && evaluated < budget;) {
        progress = false;
        // Swaps: the best exchange within each choice row.
        for (const int i : around.choice_rows()) {
            if (must_stop(search)) return improved;
            const int chosen = around.chosen(i);
            if (chosen < 0) continue;
            double best_change = threshold;
            best.clear();
            for (const Entry& entry : around.row(i)) {
                if (entry.index == chosen || evaluated >= budget) continue;
                ++evaluated;
                move = {{chosen, -1.0}, {entry.index, 1.0}};
                const double change = around.objective_change(move);
                if (change < best_change) {
                    best_change = change;
                    best = move;
                }
            }
            if (!best.empty()) {
                around.apply(best);
                progress = improved = true;
            }
        }
        // Shifts of the integers outside choice rows, each while it pays.
        for (const int j : search.integers) {
            if (around.choice_row_of(j) >= 0) continue;
            if (must_stop(search)) return improved;
            const Variable& variable = model.variables[j];
            for (const double step : {-1.0, 1.0}) {
                while (evaluated < budget) {
                    const double value = around.point()[j] + step;
                    if (value < variable.lower || value > variable.upper) break;
                    ++evaluated;
                    move = {{j, step}};
                    if (!(around.objective_change(move) < threshold)) break;
                    around.apply(move);
                    progress = improved = true;
                }
            }
        }
    }
    return improved;
}

// The moves of the variable in `entry` that push its row's activity in `direction` (+1 up,
// −1 down): a swap within its choice row, or a shift by one.
void moves_for(const SearchState& search, const Neighbourhood& around, const Entry& entry,
               double direction, std::vector<std::vector<Entry>>& moves) {
    const int k = entry.index;
    const Variable& variable = search.model.variables[k];
    if (variable.type == VariableType::Continuous) return;
    const double step = entry.value * direction > 0 ? 1.0 : -1.0;
    const double value = around.point()[k];
    if (value + step < variable.lower || value + step > variable.upper) return;
    const int choice = around.choice_row_of(k);
    if (choice < 0) {
        moves.push_back({{k, step}});
        return;
    }
    if (step > 0) {
        const int chosen = around.chosen(choice);
        if (chosen < 0) {
            moves.push_back({{k, 1.0}});
        } else {
            moves.push_back({{chosen, -1.0}, {k, 1.0}});
        }
        return;
    }
    for (const Entry& other : around.row(choice)) {
        if (other.index != k) moves.push_back({{k, -1.0}, {other.index, 1.0}});
    }
}

// Minimises the weighted violation of the rows by the same moves, raising the weights of
// the rows still violated whenever no move helps (as Feasibility Jump does); whether the
// point became feasible within `budget` evaluated moves.
bool repair_point(const SearchState& search, Neighbourhood& around, long long budget) {
    const int m = search.model.row_count();
    std::vector<double> weights(m, 1.0);
    long long evaluated = 0;
    std::vector<std::vector<Entry>> moves;
    while (evaluated < budget && !must_stop(search)) {
        int worst = -1;
        for (int i = 0; i < m; ++i) {
            if (around.violation(i) > 0.0 &&
                (worst < 0 ||
                 weights[i] * around.violation(i) > weights[worst] * around.violation(worst))) {
                worst = i;
            }
        }
        if (worst < 0) return true;
        const bool too_high = around.above(worst);
        moves.clear();
        for (const Entry& entry : around.row(worst)) {
            moves_for(search, around, entry, too_high ? -1.0 : 1.0, moves);
        }
        double best_change = -kViolationDecrease;
        std::size_t best = moves.size();
        for (std::size_t k = 0; k < moves.size() && evaluated < budget; ++k) {
            ++evaluated;
            const double change = around.violation_change(moves[k], weights);
            if (change < best_change) {
                best_change = change;
                best = k;
            }
        }
        if (best < moves.size()) {
            around.apply(moves[best]);
            continue;
        }
        for (int i = 0; i < m; ++i) {
            if (around.violation(i) > 0.0) weights[i] += 1.0;
        }
    }
    return false;
}

// SplitMix64, seeded per call: the same perturbations on every machine.
class Random {
  public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t count) { return static_cast<std::size_t>(next() % count); }

  private:
    std::uint64_t state_;
};

// Kicks `around` out of its local optimum: a few choice rows (or, without any, a few
// integers) take a random other value.
void perturb(const SearchState& search, Neighbourhood& around, Random& random) {
    const std::vector<int>& rows = around.choice_rows();
    const std::size_t kicks = kFewestKicks + random.below(kFewestKicks + 1);
    std::vector<Entry> move;
    for (std::size_t kick = 0; kick < kicks; ++kick) {
        if (!rows.empty()) {
            const int i = rows[random.below(rows.size())];
            const int chosen = around.chosen(i);
            const std::vector<Entry>& options = around.row(i);
            const int other = options[random.below(options.size())].index;
            if (chosen < 0 || other == chosen) continue;
            move = {{chosen, -1.0}, {other, 1.0}};
        } else {
            if (search.integers.empty()) return;
            const int j = search.integers[random.below(search.integers.size())];
            const Variable& variable = search.model.variables[j];
            const double value = around.point()[j];
            const double step = value + 1.0 <= variable.upper ? 1.0 : -1.0;
            if (value + step < variable.lower) continue;
            move = {{j, step}};
        }
        around.apply(move);
    }
}

}  // namespace

void local_search(SearchState& search, Simplex& lp) {
    const long long budget = search.options.mip.local_search_moves;
    if (budget <= 0 || !search.incumbent.has_solution()) return;
    ++search.tally(SolutionSource::LocalSearch).calls;
    Neighbourhood around(search, search.incumbent.values());
    if (!around.usable()) return;
    if (descend(search, around, budget)) {
        fix_and_resolve(search, lp, around.point(), SolutionSource::LocalSearch);
    }
}

bool perturbation_search(SearchState& search, Simplex& lp) {
    const MipOptions& options = search.options.mip;
    if (options.perturbation_rounds <= 0 || options.local_search_moves <= 0 ||
        !search.incumbent.has_solution()) {
        return false;
    }
    ++search.tally(SolutionSource::Perturbation).calls;
    Neighbourhood best(search, search.incumbent.values());
    if (!best.usable()) return false;
    const long long version = search.incumbent.version();
    double best_objective = best.objective();
    Random random(static_cast<std::uint64_t>(search.nodes) * 0x2545F4914F6CDD1DULL +
                  static_cast<std::uint64_t>(search.incumbent.version()));
    for (int round = 0; round < options.perturbation_rounds; ++round) {
        if (must_stop(search)) break;
        Neighbourhood around = best;
        perturb(search, around, random);
        if (!repair_point(search, around, options.repair_moves)) continue;
        descend(search, around, options.local_search_moves);
        const double objective = around.objective();
        if (objective < best_objective - kImprovement * std::max(1.0, std::abs(best_objective))) {
            best = std::move(around);
            best_objective = objective;
            // Offered at once (re-solving the continuous part costs a few iterations), so
            // that a time limit in a later round keeps what this one found.
            fix_and_resolve(search, lp, best.point(), SolutionSource::Perturbation);
        }
    }
    return search.incumbent.version() != version;
}

void repair(SearchState& search, Simplex& lp, const std::vector<double>& point) {
    const long long budget = search.options.mip.repair_moves;
    if (budget <= 0) return;
    ++search.tally(SolutionSource::Repair).calls;
    // The start: the integers rounded, then each choice row at its largest LP value.
    std::vector<double> start = point;
    for (const int j : search.integers) start[j] = std::round(start[j]);
    Neighbourhood around(search, std::move(start));
    if (!around.usable()) return;
    std::vector<Entry> settle;
    for (const int i : around.choice_rows()) {
        int best = -1;
        for (const Entry& entry : around.row(i)) {
            if (best < 0 || point[entry.index] > point[best]) best = entry.index;
        }
        settle.clear();
        for (const Entry& entry : around.row(i)) {
            const double target = entry.index == best ? 1.0 : 0.0;
            const double now = around.point()[entry.index];
            if (now != target) settle.push_back({entry.index, target - now});
        }
        if (!settle.empty()) around.apply(settle);
    }
    if (repair_point(search, around, budget)) {
        fix_and_resolve(search, lp, around.point(), SolutionSource::Repair);
    }
}

}  // namespace mealplan::solver

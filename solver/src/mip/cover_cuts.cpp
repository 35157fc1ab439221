#include "mip/cover_cuts.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mealplan::solver {
namespace {

// One binary item of a knapsack: z = x, or z = 1 − x when the coefficient was negative.
struct Item {
    int column = 0;
    double weight = 0.0;  // > 0
    double value = 0.0;   // z at the LP point
    bool complemented = false;
};

struct Knapsack {
    std::vector<Item> items;
    double capacity = 0.0;
};

bool is_binary(const Model& model, int column, const std::vector<double>& lower,
               const std::vector<double>& upper) {
    return model.variables[column].type != VariableType::Continuous && lower[column] == 0.0 &&
           upper[column] == 1.0;
}

// The knapsack  Σ sign·a_j x_j ≤ sign·bound  of one side of a row; false when a non-binary
// variable has no bound to stand in for it, or when nothing is left to cut.
bool make_knapsack(const Model& model, const Row& row, double sign, double bound,
                   const std::vector<double>& lower, const std::vector<double>& upper,
                   const std::vector<double>& values, Knapsack& knapsack) {
    knapsack.items.clear();
    double capacity = sign * bound;
    for (const Term& term : row.terms) {
        const double a = sign * term.coefficient;
        const int j = term.variable;
        if (a == 0.0) continue;
        if (!is_binary(model, j, lower, upper)) {
            // Its smallest possible contribution leaves the most room for the binaries.
            const double least = a > 0.0 ? a * lower[j] : a * upper[j];
            if (!std::isfinite(least)) return false;
            capacity -= least;
        } else if (a > 0.0) {
            knapsack.items.push_back({j, a, values[j], false});
        } else {
            // a·x = a + |a|·(1 − x)
            capacity -= a;
            knapsack.items.push_back({j, -a, 1.0 - values[j], true});
        }
    }
    knapsack.capacity = capacity;
    double total = 0.0;
    for (const Item& item : knapsack.items) total += item.weight;
    // A cover needs the weights to exceed the capacity; a capacity below zero means the
    // row cannot hold, which propagation reports, not a cut.
    return knapsack.items.size() >= 2 && capacity >= 0.0 &&
           total > capacity + 1e-9 * std::max(1.0, capacity);
}

// Greedy cover: items nearest to 1 at the LP point per unit of weight first, then made
// minimal by dropping the items with the smallest LP value that are not needed.
std::vector<int> find_cover(const Knapsack& knapsack) {
    const auto& items = knapsack.items;
    std::vector<int> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return (1.0 - items[a].value) / items[a].weight < (1.0 - items[b].value) / items[b].weight;
    });
    const double slack = 1e-9 * std::max(1.0, knapsack.capacity);
    std::vector<int> cover;
    double weight = 0.0;
    for (const int k : order) {
        if (weight > knapsack.capacity + slack) break;
        cover.push_back(k);
        weight += items[k].weight;
    }
    if (weight <= knapsack.capacity + slack) return {};
    std::stable_sort(cover.begin(), cover.end(),
                     [&](int a, int b) { return items[a].value < items[b].value; });
    std::vector<int> minimal;
    for (const int k : cover) {
        if (weight - items[k].weight > knapsack.capacity + slack) {
            weight -= items[k].weight;
        } else {
            minimal.push_back(k);
        }
    }
    return minimal;
}

}  // namespace

std::vector<Cut> separate_cover_cuts(const Model& model, const std::vector<double>& lower,
                                     const std::vector<double>& upper,
                                     const std::vector<double>& values, double minimum_efficacy) {
    std::vector<Cut> cuts;
    Knapsack knapsack;
    for (const Row& row : model.rows) {
        for (const double sign : {1.0, -1.0}) {
            const double bound = sign > 0.0 ? row.upper : row.lower;
            if (!std::isfinite(bound)) continue;
            if (!make_knapsack(model, row, sign, bound, lower, upper, values, knapsack)) continue;
            const std::vector<int> cover = find_cover(knapsack);
            if (cover.size() < 2) continue;
            double heaviest = 0.0;
            std::vector<char> in_cover(knapsack.items.size(), 0);
            for (const int k : cover) {
                heaviest = std::max(heaviest, knapsack.items[k].weight);
                in_cover[k] = 1;
            }
            // Σ_{extended cover} z ≤ |C| − 1, written as Σ (−z) ≥ 1 − |C| on the columns.
            Cut cut;
            cut.lower = 1.0 - static_cast<double>(cover.size());
            double activity = 0.0;
            for (std::size_t k = 0; k < knapsack.items.size(); ++k) {
                const Item& item = knapsack.items[k];
                if (!in_cover[k] && item.weight < heaviest) continue;
                activity += item.value;
                if (item.complemented) {
                    cut.terms.push_back({item.column, 1.0});  // −(1 − x) = x − 1
                    cut.lower += 1.0;
                } else {
                    cut.terms.push_back({item.column, -1.0});
                }
            }
            const double violation = activity - (static_cast<double>(cover.size()) - 1.0);
            cut.efficacy = violation / std::sqrt(static_cast<double>(cut.terms.size()));
            if (cut.efficacy < minimum_efficacy) continue;
            std::sort(cut.terms.begin(), cut.terms.end(),
                      [](const Term& a, const Term& b) { return a.variable < b.variable; });
            cuts.push_back(std::move(cut));
        }
    }
    return cuts;
}

}  // namespace mealplan::solver

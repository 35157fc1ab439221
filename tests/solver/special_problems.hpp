#pragma once
// Tiny problems with known answers, shared by the solver tests. Each function builds the
// model; the expected optimum is stated next to it and derived in its comment.

#include <vector>

#include "solver/model.hpp"

namespace mealplan::solver::special {

/// max 3x + 2y  s.t. x + y ≤ 4, x + 3y ≤ 6, x ≤ 3, x, y ≥ 0.
/// Vertices (0,0) (3,0) (3,1) (1.5,1.5) (0,2): the best is (3,1) with 11.
inline Model small_maximisation() {
    Model model;
    model.sense = ObjectiveSense::Maximize;
    const int x = model.add_variable("x", 0, 3, 3);
    const int y = model.add_variable("y", 0, kInfinity, 2);
    model.add_row("c1", -kInfinity, 4, {{x, 1}, {y, 1}});
    model.add_row("c2", -kInfinity, 6, {{x, 1}, {y, 3}});
    return model;
}

/// min x + 2y + 3z  s.t.  x + y + z = 6 (equality), 1 ≤ y − z ≤ 2 (ranged), x ≤ 1
/// (one-sided row), all ≥ 0. x = 1 is cheapest, then y + z = 5 with y − z ≥ 1 and y
/// cheaper than z: y − z = 2 would need z = 1.5, y = 3.5 (cost 1 + 7 + 4.5 = 12.5);
/// y − z at its upper end 2 is forced since z costs more: optimum 12.5 at (1, 3.5, 1.5).
inline Model equality_and_ranged_rows() {
    Model model;
    const int x = model.add_variable("x", 0, kInfinity, 1);
    const int y = model.add_variable("y", 0, kInfinity, 2);
    const int z = model.add_variable("z", 0, kInfinity, 3);
    model.add_row("total", 6, 6, {{x, 1}, {y, 1}, {z, 1}});
    model.add_row("range", 1, 2, {{y, 1}, {z, -1}});
    model.add_row("cap", -kInfinity, 1, {{x, 1}});
    return model;
}

/// min 2x + y with x, y free  s.t. x + y ≥ 3, x − y ≥ −1.
/// Adding the rows: 2x ≥ 2 ... the optimum is the vertex (1, 2) with objective 4.
inline Model free_variables() {
    Model model;
    const int x = model.add_variable("x", -kInfinity, kInfinity, 2);
    const int y = model.add_variable("y", -kInfinity, kInfinity, 1);
    model.add_row("sum", 3, kInfinity, {{x, 1}, {y, 1}});
    model.add_row("difference", -1, kInfinity, {{x, 1}, {y, -1}});
    return model;
}

/// min x + y with x ∈ [−3, 5], y fixed at 2, x + y ≥ −0.5, plus an empty row [−1, 1] and
/// an empty column w ∈ [−4, 7] with cost 1 (so w = −4). Optimum x = −2.5: −0.5 − 4 = −4.5.
inline Model fixed_negative_and_empty() {
    Model model;
    const int x = model.add_variable("x", -3, 5, 1);
    const int y = model.add_variable("y", 2, 2, 1);
    model.add_variable("w", -4, 7, 1);
    model.add_row("floor", -0.5, kInfinity, {{x, 1}, {y, 1}});
    model.add_row("empty", -1, 1, {});
    return model;
}

/// x + y ≤ 1 and x + y ≥ 2 with x, y ≥ 0: no point satisfies both rows.
inline Model infeasible_rows() {
    Model model;
    const int x = model.add_variable("x", 0, kInfinity, 1);
    const int y = model.add_variable("y", 0, kInfinity, 1);
    model.add_row("at_most_one", -kInfinity, 1, {{x, 1}, {y, 1}});
    model.add_row("at_least_two", 2, kInfinity, {{x, 1}, {y, 1}});
    return model;
}

/// Equality rows that are only inconsistent through a free variable: x − y = 1, x − y = 2.
inline Model infeasible_equalities_free() {
    Model model;
    const int x = model.add_variable("x", -kInfinity, kInfinity, 0);
    const int y = model.add_variable("y", -kInfinity, kInfinity, 1);
    model.add_row("one", 1, 1, {{x, 1}, {y, -1}});
    model.add_row("two", 2, 2, {{x, 1}, {y, -1}});
    return model;
}

/// A variable with lower bound 2 and upper bound 1.
inline Model conflicting_bounds() {
    Model model;
    model.add_variable("x", 2, 1, 1);
    return model;
}

/// max x + y  s.t. x − y ≤ 1, x, y ≥ 0: y (and x with it) grows without limit.
inline Model unbounded() {
    Model model;
    model.sense = ObjectiveSense::Maximize;
    const int x = model.add_variable("x", 0, kInfinity, 1);
    const int y = model.add_variable("y", 0, kInfinity, 1);
    model.add_row("r", -kInfinity, 1, {{x, 1}, {y, -1}});
    return model;
}

/// min −x with x free and no rows: unbounded through a free, empty column.
inline Model unbounded_free_column() {
    Model model;
    model.add_variable("x", -kInfinity, kInfinity, -1);
    return model;
}

/// Beale's example, on which the textbook simplex with Dantzig's rule cycles:
/// min −¾x4 + 20x5 − ½x6 + 6x7  s.t. ¼x4 − 8x5 − x6 + 9x7 ≤ 0, ½x4 − 12x5 − ½x6 + 3x7 ≤ 0,
/// x6 ≤ 1, x ≥ 0. Optimum −1.25 at x4 = 1, x6 = 1.
inline Model beale_cycling() {
    Model model;
    const int x4 = model.add_variable("x4", 0, kInfinity, -0.75);
    const int x5 = model.add_variable("x5", 0, kInfinity, 20);
    const int x6 = model.add_variable("x6", 0, kInfinity, -0.5);
    const int x7 = model.add_variable("x7", 0, kInfinity, 6);
    model.add_row("r1", -kInfinity, 0, {{x4, 0.25}, {x5, -8}, {x6, -1}, {x7, 9}});
    model.add_row("r2", -kInfinity, 0, {{x4, 0.5}, {x5, -12}, {x6, -0.5}, {x7, 3}});
    model.add_row("r3", -kInfinity, 1, {{x6, 1}});
    return model;
}

/// min −x − y with five rows through the optimal vertex (1, 1): x ≤ 1, y ≤ 1, x + y ≤ 2,
/// x + 2y ≤ 3, 2x + y ≤ 3. Primal degenerate; optimum −2.
inline Model degenerate_vertex() {
    Model model;
    const int x = model.add_variable("x", 0, kInfinity, -1);
    const int y = model.add_variable("y", 0, kInfinity, -1);
    model.add_row("x", -kInfinity, 1, {{x, 1}});
    model.add_row("y", -kInfinity, 1, {{y, 1}});
    model.add_row("sum", -kInfinity, 2, {{x, 1}, {y, 1}});
    model.add_row("a", -kInfinity, 3, {{x, 1}, {y, 2}});
    model.add_row("b", -kInfinity, 3, {{x, 2}, {y, 1}});
    return model;
}

/// max x + 2y + offset 10 s.t. x + y ≤ 3, y ≤ 2 (bound), x ≥ 0: (1, 2) gives 5 + 10 = 15.
inline Model maximisation_with_offset() {
    Model model;
    model.sense = ObjectiveSense::Maximize;
    model.objective_offset = 10;
    const int x = model.add_variable("x", 0, kInfinity, 1);
    const int y = model.add_variable("y", 0, 2, 2);
    model.add_row("cap", -kInfinity, 3, {{x, 1}, {y, 1}});
    return model;
}

/// 0/1 knapsack: max 10a + 13b + 7c + 8d, 3a + 4b + 2c + 3d ≤ 7. Enumerating the pairs
/// that fit (ab 23, bd 21, bc 20, ad 18, ac 17, cd 15; no triple fits): optimum 23 = {a, b}.
/// The LP relaxation (by ratio c 3.5, a 3.33, b 3.25, d 2.67) is 7 + 10 + 6.5 = 23.5.
inline Model knapsack() {
    Model model;
    model.sense = ObjectiveSense::Maximize;
    const double value[] = {10, 13, 7, 8};
    const double weight[] = {3, 4, 2, 3};
    std::vector<Term> terms;
    for (int k = 0; k < 4; ++k) {
        const int item =
            model.add_variable("item" + std::to_string(k), 0, 1, value[k], VariableType::Binary);
        terms.push_back({item, weight[k]});
    }
    model.add_row("capacity", -kInfinity, 7, terms);
    return model;
}

/// Set cover of {1..5} by S1={1,2,3} cost 3, S2={2,4} cost 2, S3={3,4,5} cost 3,
/// S4={1,5} cost 2, S5={4,5} cost 1. Covers: S1+S3 = 6, S1+S2+S4... = 7,
/// S1+S5 = 4 (covers 1,2,3,4,5): optimum 4.
inline Model set_cover() {
    Model model;
    const double cost[] = {3, 2, 3, 2, 1};
    const std::vector<std::vector<int>> members = {{1, 2, 3}, {2, 4}, {3, 4, 5}, {1, 5}, {4, 5}};
    for (int s = 0; s < 5; ++s) {
        model.add_variable("S" + std::to_string(s + 1), 0, 1, cost[s], VariableType::Binary);
    }
    for (int element = 1; element <= 5; ++element) {
        std::vector<Term> terms;
        for (int s = 0; s < 5; ++s) {
            for (int member : members[s]) {
                if (member == element) terms.push_back({s, 1.0});
            }
        }
        model.add_row("cover" + std::to_string(element), 1, kInfinity, terms);
    }
    return model;
}

/// 3×3 assignment with costs [[4,1,3],[2,0,5],[3,2,2]]; of the six permutations the best
/// are 0→1, 1→0, 2→2 (1 + 2 + 2 = 5). The LP relaxation is integral (a network matrix).
inline Model assignment() {
    Model model;
    const double cost[3][3] = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j) {
            model.add_variable("x" + std::to_string(i) + std::to_string(j), 0, 1, cost[i][j],
                               VariableType::Binary);
        }
    }
    for (int i = 0; i < 3; ++i) {
        model.add_row("worker" + std::to_string(i), 1, 1,
                      {{3 * i, 1}, {3 * i + 1, 1}, {3 * i + 2, 1}});
        model.add_row("job" + std::to_string(i), 1, 1, {{i, 1}, {3 + i, 1}, {6 + i, 1}});
    }
    return model;
}

/// 2x + 2y = 3 with x, y integer in [0, 5]: the LP is feasible (x = 1.5), no integer point is.
inline Model infeasible_integer() {
    Model model;
    const int x = model.add_variable("x", 0, 5, 1, VariableType::Integer);
    const int y = model.add_variable("y", 0, 5, 1, VariableType::Integer);
    model.add_row("odd", 3, 3, {{x, 2}, {y, 2}});
    return model;
}

/// max x + y, integers x, y ≥ 0, 2x + 3y ≤ 12, 3x + y ≤ 9 (wait: ≤ 9.5 to keep it
/// fractional). LP optimum (2.39, 2.41) ≈ 4.8; integer points with x + y = 4: (2, 2) fits
/// both rows (10 ≤ 12, 8 ≤ 9.5); x + y = 5 fails ((2,3): 13 > 12, (3,2): 11 > 9.5). Optimum 4.
inline Model general_integer() {
    Model model;
    model.sense = ObjectiveSense::Maximize;
    const int x = model.add_variable("x", 0, kInfinity, 1, VariableType::Integer);
    const int y = model.add_variable("y", 0, kInfinity, 1, VariableType::Integer);
    model.add_row("a", -kInfinity, 12, {{x, 2}, {y, 3}});
    model.add_row("b", -kInfinity, 9.5, {{x, 3}, {y, 1}});
    return model;
}

/// A MILP whose LP relaxation is unbounded through a continuous column: max x + z,
/// x binary, z ≥ 0 continuous and unrestricted above.
inline Model unbounded_mixed() {
    Model model;
    model.sense = ObjectiveSense::Maximize;
    const int x = model.add_variable("x", 0, 1, 1, VariableType::Binary);
    const int z = model.add_variable("z", 0, kInfinity, 1);
    model.add_row("r", -kInfinity, 3, {{x, 1}, {z, -1}});
    return model;
}

}  // namespace mealplan::solver::special

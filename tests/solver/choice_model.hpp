#pragma once
// A generated model with the shape of a week meal plan, for tests and benchmarks of the
// solver (synthetic numbers, no real data): `groups` choice slots, each choosing exactly
// one of `items × portions` binary options (a convexity row), `resources` covering rows per
// period with a penalised continuous shortfall, an upper row per period for some resources,
// and "each item at most `max_uses` times" rows. Seeded, so the same arguments always give
// the same model.

#include <random>
#include <string>

#include "solver/model.hpp"

namespace mealplan::solver::testing {

struct ChoiceModelShape {
    int periods = 7;
    int groups_per_period = 4;
    int items = 20;
    int portions = 4;
    int resources = 20;
    int max_uses = 2;
    unsigned seed = 1;
};

inline Model choice_model(const ChoiceModelShape& shape) {
    std::mt19937 random(shape.seed);
    std::uniform_real_distribution<double> content(0.0, 1.0), small(0.0, 0.01);
    Model model;
    // Resource content of each item (per portion unit), some items rich in some resources.
    std::vector<std::vector<double>> amount(shape.items, std::vector<double>(shape.resources));
    for (auto& item : amount) {
        for (double& value : item) {
            const double u = content(random);
            value = u < 0.6 ? 0.0 : (u - 0.6) * 10.0;
        }
    }
    const double portion_size[] = {0.5, 1.0, 1.5, 2.0, 2.5, 3.0};
    std::vector<std::vector<Term>> item_uses(shape.items);
    for (int period = 0; period < shape.periods; ++period) {
        std::vector<std::vector<Term>> resource_terms(shape.resources);
        for (int group = 0; group < shape.groups_per_period; ++group) {
            std::vector<Term> choose_one;
            for (int item = 0; item < shape.items; ++item) {
                for (int portion = 0; portion < shape.portions; ++portion) {
                    const int x = model.add_variable(
                        "x_" + std::to_string(period) + "_" + std::to_string(group) + "_" +
                            std::to_string(item) + "_" + std::to_string(portion),
                        0, 1, 0.1 * portion_size[portion % 6] + small(random),
                        VariableType::Binary);
                    choose_one.push_back({x, 1.0});
                    item_uses[item].push_back({x, 1.0});
                    for (int r = 0; r < shape.resources; ++r) {
                        if (amount[item][r] > 0.0) {
                            resource_terms[r].push_back(
                                {x, amount[item][r] * portion_size[portion % 6]});
                        }
                    }
                }
            }
            model.add_row("one_" + std::to_string(period) + "_" + std::to_string(group), 1, 1,
                          choose_one);
        }
        for (int r = 0; r < shape.resources; ++r) {
            const int shortfall = model.add_variable(
                "short_" + std::to_string(period) + "_" + std::to_string(r), 0, kInfinity, 10.0);
            std::vector<Term> terms = resource_terms[r];
            terms.push_back({shortfall, 1.0});
            const double need = 4.0 + 8.0 * content(random);
            model.add_row("need_" + std::to_string(period) + "_" + std::to_string(r), need,
                          kInfinity, terms);
            if (r % 4 == 0) {
                model.add_row("limit_" + std::to_string(period) + "_" + std::to_string(r),
                              -kInfinity, 4.0 * need, resource_terms[r]);
            }
        }
    }
    for (int item = 0; item < shape.items; ++item) {
        model.add_row("uses_" + std::to_string(item), -kInfinity, shape.max_uses, item_uses[item]);
    }
    return model;
}

}  // namespace mealplan::solver::testing

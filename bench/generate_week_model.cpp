// generate_week_model: writes a seeded MILP with the shape of a week meal plan, for
// benchmarking the solver against cbc and glpsol (bench/race_solvers.sh). The numbers are
// synthetic (no food data): what matters is the structure the planner's models have and
// that makes them hard, namely
//   x[d,s,j,p]  binary: dish j at portion p in slot s of day d, one per day-slot (a
//               convexity row); a dish suits one or two of the slots;
//   y[d,f]      integer 0..2: units of side f on day d, at most `side_units` a day;
//   short[d,n]  continuous shortfall of nutrient n on day d, costed per percent missing;
//   under[d], over[d]  continuous energy deviations, costed per percent off;
//   nutrient minimum rows with the shortfall slack, upper-limit rows for some nutrients,
//   an energy equality row, and variety rows: a dish at most `max_repeats` times a week,
//   never on consecutive days, never twice a day.
// The objective also costs portions away from one serving and adds a seeded perturbation
// per choice, so that many plans are nearly equal, as in the planner.
//
// Only integer arithmetic and + − × ÷ on doubles produce the numbers (no library
// functions such as exp or log, whose last bits may differ between C libraries), so a seed
// gives the same file on any machine.

#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdint>
#include <iostream>
#include <string>
#include <vector>

#include "core/files.hpp"
#include "solver/lp_format.hpp"
#include "solver/model.hpp"
#include "solver/mps.hpp"

namespace {

using mealplan::solver::kInfinity;
using mealplan::solver::Model;
using mealplan::solver::Term;
using mealplan::solver::VariableType;

struct WeekShape {
    int days = 7;
    int slots = 4;
    int dishes = 80;
    int portions = 6;
    int sides = 25;
    int side_units = 3;  ///< side units a day at most
    int nutrients = 20;
    int upper_limits = 4;  ///< nutrients that also have a daily upper limit
    int max_repeats = 2;
    std::uint64_t seed = 1;
};

/// SplitMix64: a small generator whose output is fixed by its definition, unlike the
/// distributions of <random>, whose results the standard leaves to each library.
class Random {
  public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    /// Uniform in [0, count).
    int below(int count) { return static_cast<int>(next() % static_cast<std::uint64_t>(count)); }

  private:
    std::uint64_t state_;
};

/// A skewed positive amount with mean about `mean`: most dishes have a little of a
/// nutrient, a few have a lot (u³ has mean ¼).
double skewed_amount(Random& random, double mean) {
    const double u = random.uniform();
    return mean * (0.1 + 3.6 * u * u * u);
}

std::string name(const char* prefix, std::initializer_list<int> indices) {
    std::string text = prefix;
    for (const int index : indices) text += "_" + std::to_string(index);
    return text;
}

struct Dish {
    std::vector<int> slots;
    double kcal = 0.0;
    std::vector<double> nutrients;  ///< per serving
};

std::vector<Dish> make_dishes(const WeekShape& shape, Random& random) {
    std::vector<Dish> dishes(shape.dishes);
    for (int j = 0; j < shape.dishes; ++j) {
        Dish& dish = dishes[j];
        // Every slot gets dishes: dish j suits slot j mod slots, and one in three a second.
        dish.slots.push_back(j % shape.slots);
        if (shape.slots > 1 && random.below(3) == 0) {
            dish.slots.push_back((j % shape.slots + 1 + random.below(shape.slots - 1)) %
                                 shape.slots);
        }
        dish.kcal = random.uniform(250.0, 750.0);
        for (int n = 0; n < shape.nutrients; ++n)
            dish.nutrients.push_back(skewed_amount(random, 1.0));
    }
    return dishes;
}

Model week_model(const WeekShape& shape) {
    Random random(shape.seed);
    const std::vector<Dish> dishes = make_dishes(shape, random);
    std::vector<std::vector<double>> side_nutrients(shape.sides);
    std::vector<double> side_kcal(shape.sides);
    for (int f = 0; f < shape.sides; ++f) {
        side_kcal[f] = random.uniform(40.0, 220.0);
        for (int n = 0; n < shape.nutrients; ++n) {
            side_nutrients[f].push_back(skewed_amount(random, 0.3));
        }
    }
    // A day of one dish per slot at one serving covers each target on average; upper
    // limits sit at three times the target.
    const double target = shape.slots * 1.0;
    const double kcal_target = shape.slots * 500.0;
    const double shortfall_cost = 100.0 / target;  // 1 per percent missing
    const double energy_cost = 100.0 / kcal_target;

    Model model;
    model.name = "week_" + std::to_string(shape.seed);
    std::vector<double> servings(shape.portions);
    for (int p = 0; p < shape.portions; ++p) {
        servings[p] = shape.portions == 1 ? 1.0 : 0.5 + 1.5 * p / (shape.portions - 1);
    }
    // uses[j][d]: the choices of dish j on day d.
    std::vector<std::vector<std::vector<Term>>> uses(shape.dishes,
                                                     std::vector<std::vector<Term>>(shape.days));
    for (int d = 0; d < shape.days; ++d) {
        std::vector<std::vector<Term>> nutrient_terms(shape.nutrients);
        std::vector<Term> kcal_terms;
        for (int s = 0; s < shape.slots; ++s) {
            std::vector<Term> choose_one;
            for (int j = 0; j < shape.dishes; ++j) {
                bool suits = false;
                for (const int slot : dishes[j].slots) suits = suits || slot == s;
                if (!suits) continue;
                for (int p = 0; p < shape.portions; ++p) {
                    const double cost = std::abs(servings[p] - 1.0) + random.uniform();
                    const int x = model.add_variable(name("x", {d, s, j, p}), 0, 1, cost,
                                                     VariableType::Binary);
                    choose_one.push_back({x, 1.0});
                    uses[j][d].push_back({x, 1.0});
                    kcal_terms.push_back({x, dishes[j].kcal * servings[p]});
                    for (int n = 0; n < shape.nutrients; ++n) {
                        nutrient_terms[n].push_back({x, dishes[j].nutrients[n] * servings[p]});
                    }
                }
            }
            model.add_row(name("one", {d, s}), 1, 1, std::move(choose_one));
        }
        std::vector<Term> side_units;
        for (int f = 0; f < shape.sides; ++f) {
            const int y = model.add_variable(name("y", {d, f}), 0, 2, 0.5, VariableType::Integer);
            side_units.push_back({y, 1.0});
            kcal_terms.push_back({y, side_kcal[f]});
            for (int n = 0; n < shape.nutrients; ++n) {
                nutrient_terms[n].push_back({y, side_nutrients[f][n]});
            }
        }
        model.add_row(name("sides", {d}), -kInfinity, shape.side_units, std::move(side_units));
        for (int n = 0; n < shape.nutrients; ++n) {
            if (n < shape.upper_limits) {
                model.add_row(name("limit", {d, n}), -kInfinity, 3.0 * target, nutrient_terms[n]);
            }
            std::vector<Term> terms = std::move(nutrient_terms[n]);
            terms.push_back(
                {model.add_variable(name("short", {d, n}), 0, kInfinity, shortfall_cost), 1.0});
            model.add_row(name("need", {d, n}), target, kInfinity, std::move(terms));
        }
        kcal_terms.push_back(
            {model.add_variable(name("under", {d}), 0, kInfinity, energy_cost), 1.0});
        kcal_terms.push_back(
            {model.add_variable(name("over", {d}), 0, kInfinity, energy_cost), -1.0});
        model.add_row(name("energy", {d}), kcal_target, kcal_target, std::move(kcal_terms));
        for (int j = 0; j < shape.dishes; ++j) {
            if (dishes[j].slots.size() > 1) {
                model.add_row(name("once", {d, j}), -kInfinity, 1, uses[j][d]);
            }
        }
    }
    for (int j = 0; j < shape.dishes; ++j) {
        std::vector<Term> week;
        for (int d = 0; d < shape.days; ++d) {
            week.insert(week.end(), uses[j][d].begin(), uses[j][d].end());
            if (d + 1 < shape.days) {
                std::vector<Term> apart = uses[j][d];
                apart.insert(apart.end(), uses[j][d + 1].begin(), uses[j][d + 1].end());
                model.add_row(name("apart", {d, j}), -kInfinity, 1, std::move(apart));
            }
        }
        model.add_row(name("repeat", {j}), -kInfinity, shape.max_repeats, std::move(week));
    }
    return model;
}

}  // namespace

int main(int argc, char** argv) {
    WeekShape shape;
    std::string format = "lp";
    std::string out_path;
    CLI::App app{"Writes a seeded MILP shaped like a week meal plan (synthetic numbers)."};
    app.add_option("--days", shape.days, "Days")->check(CLI::Range(1, 366));
    app.add_option("--slots", shape.slots, "Meal slots a day")->check(CLI::Range(1, 10));
    app.add_option("--dishes", shape.dishes, "Dishes")->check(CLI::Range(1, 100000));
    app.add_option("--portions", shape.portions, "Portions per dish, ½ to 2 servings")
        ->check(CLI::Range(1, 20));
    app.add_option("--sides", shape.sides, "Side items")->check(CLI::Range(0, 10000));
    app.add_option("--side-units", shape.side_units, "Side units a day at most")
        ->check(CLI::Range(0, 1000));
    app.add_option("--nutrients", shape.nutrients, "Nutrient rows a day")
        ->check(CLI::Range(1, 1000));
    app.add_option("--upper-limits", shape.upper_limits, "Nutrients with an upper limit too")
        ->check(CLI::Range(0, 1000));
    app.add_option("--max-repeats", shape.max_repeats, "Times a dish may appear in the plan")
        ->check(CLI::Range(1, 366));
    app.add_option("--seed", shape.seed, "Seed of the numbers");
    app.add_option("--format", format, "lp (CPLEX LP) or mps (free MPS)")
        ->check(CLI::IsMember({"lp", "mps"}));
    app.add_option("--out", out_path, "Output file (default: standard output)");
    CLI11_PARSE(app, argc, argv);

    const Model model = week_model(shape);
    const std::string text =
        format == "lp" ? mealplan::solver::write_lp(model) : mealplan::solver::write_mps(model);
    if (out_path.empty()) {
        std::cout << text;
        return std::cout ? 0 : 1;
    }
    if (const auto problem = mealplan::write_file_atomically(out_path, text)) {
        std::cerr << "generate_week_model: " << mealplan::to_string(*problem) << '\n';
        return 2;
    }
    return 0;
}

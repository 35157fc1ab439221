// Seeded random LPs and MILPs solved by our solve() and by GLPK's glpsol (run as a separate
// program on the LP file our writer produced): both must agree on the status and, when
// optimal, on the objective within 1e-6 relative. The models are small and varied: every
// row and bound kind, integers, infeasible, unbounded and degenerate cases (ties, zero
// right-hand sides). This also proves that glpsol reads what write_lp writes.

#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>

#include "solver/lp_format.hpp"
#include "solver/solve.hpp"
#include "solver/solve_report.hpp"

namespace mealplan::solver {
namespace {

struct ReferenceAnswer {
    std::string status;  ///< "optimal", "infeasible", "unbounded" or "unknown: …"
    double objective = 0.0;
};

std::string read_all(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

bool glpsol_available() {
    return std::system("glpsol --version > /dev/null 2>&1") == 0;
}

/// Solves the LP file with glpsol: its terminal messages give the status, the solution
/// file (-w) the objective at full precision.
ReferenceAnswer solve_with_glpsol(const std::filesystem::path& lp_file, bool integer) {
    const auto log = lp_file.string() + ".log";
    const auto solution = lp_file.string() + ".sol";
    // --nointopt: GLPK 5.0's MIP preprocessor fails an assertion on some tiny models.
    const std::string command = "glpsol --lp '" + lp_file.string() +
                                "' --nopresol --nointopt --tmlim 20 -w '" + solution + "' > '" +
                                log + "' 2>&1";
    const int exit_code = std::system(command.c_str());
    const std::string output = read_all(log);
    if (exit_code != 0 || output.find("processing error") != std::string::npos) {
        return {"unknown: glpsol failed: " + output, 0.0};
    }
    auto says = [&](const char* text) { return output.find(text) != std::string::npos; };
    if (says("NO PRIMAL FEASIBLE SOLUTION") || says("NO FEASIBLE SOLUTION") ||
        says("NO INTEGER FEASIBLE SOLUTION")) {
        return {"infeasible", 0.0};
    }
    if (says("UNBOUNDED") || says("NO DUAL FEASIBLE SOLUTION")) return {"unbounded", 0.0};
    const char* optimal = integer ? "INTEGER OPTIMAL SOLUTION FOUND" : "OPTIMAL LP SOLUTION FOUND";
    if (!says(optimal)) return {"unknown: " + output, 0.0};
    std::istringstream lines(read_all(solution));
    std::string line;
    while (std::getline(lines, line)) {
        // "s bas ROWS COLS PRIM DUAL OBJ" or "s mip ROWS COLS STATUS OBJ"
        if (line.rfind("s ", 0) != 0) continue;
        std::istringstream fields(line);
        std::string s, kind, word;
        std::vector<std::string> rest;
        fields >> s >> kind;
        while (fields >> word) rest.push_back(word);
        if (rest.empty()) break;
        return {"optimal", std::stod(rest.back())};
    }
    return {"unknown: no objective in the solution file", 0.0};
}

std::string status_of(const SolveResult& result) {
    return std::string(status_word(result));
}

enum class Shape { Mixed, Degenerate };

/// A small random model. Coefficients are small integers so that ties and degenerate
/// vertices are common; `integer` makes about half the variables integer.
Model random_model(std::mt19937& random, bool integer, Shape shape) {
    std::uniform_int_distribution<int> coefficient(-5, 5);
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> size(2, 7);
    Model model;
    model.sense = percent(random) < 50 ? ObjectiveSense::Minimize : ObjectiveSense::Maximize;
    if (percent(random) < 20) model.objective_offset = coefficient(random) * 1.5;
    const int variables = size(random);
    const int rows = size(random) - 1;
    for (int j = 0; j < variables; ++j) {
        double lower = 0.0, upper = kInfinity;
        const int kind = percent(random);
        if (kind < 35) {
            // default [0, +inf)
        } else if (kind < 60) {
            lower = coefficient(random);
            upper = lower + std::abs(coefficient(random)) + (percent(random) < 50 ? 0.5 : 0.0);
        } else if (kind < 70) {
            lower = -kInfinity;
        } else if (kind < 80) {
            lower = -kInfinity;
            upper = coefficient(random);
        } else if (kind < 90) {
            lower = coefficient(random);
        } else {
            lower = upper = coefficient(random);
        }
        double cost = coefficient(random);
        if (shape == Shape::Degenerate) cost = percent(random) < 70 ? 1.0 : 0.0;
        VariableType type = VariableType::Continuous;
        if (integer && percent(random) < 50) {
            type = VariableType::Integer;
            upper = std::floor(upper);  // glpsol refuses fractional bounds on integers
        }
        if (integer && type == VariableType::Continuous && percent(random) < 20) {
            type = VariableType::Binary;
            lower = 0.0;
            upper = 1.0;
        }
        model.add_variable("x" + std::to_string(j), lower, upper, cost, type);
    }
    for (int i = 0; i < rows; ++i) {
        std::vector<Term> terms;
        for (int j = 0; j < variables; ++j) {
            if (percent(random) < 60) {
                const int value = coefficient(random);
                if (value != 0) terms.push_back({j, static_cast<double>(value)});
            }
        }
        double rhs = shape == Shape::Degenerate ? 0.0 : coefficient(random) * 2.0;
        if (integer && percent(random) < 30) rhs += 0.5;
        double lower = -kInfinity, upper = kInfinity;
        const int kind = percent(random);
        if (kind < 35) {
            upper = rhs;
        } else if (kind < 70) {
            lower = rhs;
        } else if (kind < 85) {
            lower = upper = rhs;
        } else {
            lower = rhs;
            upper = rhs + std::abs(coefficient(random));
        }
        model.add_row("r" + std::to_string(i), lower, upper, std::move(terms));
    }
    return model;
}

class GlpkCrossCheck : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!glpsol_available())
            GTEST_SKIP() << "glpsol (Debian package glpk-utils) is not installed";
        directory_ = std::filesystem::temp_directory_path() /
                     ("mealplan_glpk_crosscheck_" + std::to_string(::getpid()));
        std::filesystem::create_directories(directory_);
    }
    void TearDown() override {
        if (!directory_.empty()) std::filesystem::remove_all(directory_);
    }

    /// Solves `count` random models of one kind with both solvers and compares them;
    /// returns how many ended in each reference status, so the test can check the mix.
    std::map<std::string, int> cross_check(unsigned seed, int count, bool integer, Shape shape) {
        std::mt19937 random(seed);
        std::map<std::string, int> statuses;
        SolveOptions options;
        options.relative_gap = 1e-9;
        options.absolute_gap = 1e-9;
        SolveOptions without_presolve = options;
        without_presolve.presolve = false;
        for (int n = 0; n < count; ++n) {
            const Model model = random_model(random, integer, shape);
            const auto file = directory_ / ("model" + std::to_string(n) + ".lp");
            std::ofstream(file) << write_lp(model);
            ReferenceAnswer reference = solve_with_glpsol(file, model.has_integers());
            if (model.has_integers() && reference.status == "unbounded") {
                // glpsol stops when the LP relaxation is unbounded, which leaves open whether
                // the MILP has any integer point at all: ask it with the objective dropped.
                Model feasibility = model;
                for (auto& variable : feasibility.variables) variable.cost = 0.0;
                const auto feasibility_file =
                    directory_ / ("feasibility" + std::to_string(n) + ".lp");
                std::ofstream(feasibility_file) << write_lp(feasibility);
                if (solve_with_glpsol(feasibility_file, true).status == "infeasible") {
                    reference.status = "infeasible";
                }
            }
            const SolveResult ours = solve(model, options);
            ++statuses[reference.status];
            const std::string context = "seed " + std::to_string(seed) + ", model " +
                                        std::to_string(n) + ":\n" + write_lp(model);
            if (reference.status.rfind("unknown", 0) == 0) {
                ADD_FAILURE() << reference.status << "\n" << context;
                continue;
            }
            // Presolve is on by default; the model as stated must give the same answer.
            const SolveResult unpresolved = solve(model, without_presolve);
            EXPECT_EQ(status_of(ours), reference.status) << context;
            EXPECT_EQ(status_of(unpresolved), reference.status) << "without presolve, " << context;
            if (reference.status == "optimal" && ours.model_status == ModelStatus::Optimal) {
                EXPECT_NEAR(ours.objective, reference.objective,
                            1e-6 * std::max(1.0, std::abs(reference.objective)))
                    << context;
                EXPECT_NEAR(unpresolved.objective, reference.objective,
                            1e-6 * std::max(1.0, std::abs(reference.objective)))
                    << "without presolve, " << context;
            }
        }
        return statuses;
    }

    std::filesystem::path directory_;
};

TEST_F(GlpkCrossCheck, RandomLinearProgramsAgree) {
    const auto statuses = cross_check(1, 150, false, Shape::Mixed);
    // The generator must exercise every outcome, or the comparison proves little.
    EXPECT_GE(statuses.count("optimal") ? statuses.at("optimal") : 0, 25);
    EXPECT_GE(statuses.count("infeasible") ? statuses.at("infeasible") : 0, 10);
    EXPECT_GE(statuses.count("unbounded") ? statuses.at("unbounded") : 0, 10);
}

TEST_F(GlpkCrossCheck, DegenerateLinearProgramsAgree) {
    const auto statuses = cross_check(2, 60, false, Shape::Degenerate);
    EXPECT_GE(statuses.count("optimal") ? statuses.at("optimal") : 0, 10);
}

TEST_F(GlpkCrossCheck, RandomMixedIntegerProgramsAgree) {
    const auto statuses = cross_check(3, 150, true, Shape::Mixed);
    EXPECT_GE(statuses.count("optimal") ? statuses.at("optimal") : 0, 20);
    EXPECT_GE(statuses.count("infeasible") ? statuses.at("infeasible") : 0, 10);
    EXPECT_GE(statuses.count("unbounded") ? statuses.at("unbounded") : 0, 5);
}

TEST_F(GlpkCrossCheck, DegenerateMixedIntegerProgramsAgree) {
    const auto statuses = cross_check(4, 60, true, Shape::Degenerate);
    EXPECT_GE(statuses.count("optimal") ? statuses.at("optimal") : 0, 10);
}

}  // namespace
}  // namespace mealplan::solver

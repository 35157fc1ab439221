#pragma once
// A linear or mixed-integer program: variables with bounds and a type, linear rows
// `lower ≤ a·x ≤ upper`, and a linear objective. Plain data; nothing here knows what
// the variables mean. Build one with add_variable/add_row, or read one from a file
// (mps.hpp, lp_format.hpp).

#include <limits>
#include <string>
#include <vector>

namespace mealplan::solver {

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

enum class VariableType { Continuous, Integer, Binary };
enum class ObjectiveSense { Minimize, Maximize };

/// One nonzero coefficient of a row.
struct Term {
    int variable = 0;
    double coefficient = 0.0;
};

struct Variable {
    std::string name;
    double lower = 0.0;        ///< may be -kInfinity
    double upper = kInfinity;  ///< may be +kInfinity
    double cost = 0.0;         ///< objective coefficient
    VariableType type = VariableType::Continuous;
};

/// lower ≤ Σ terms ≤ upper. Equality: lower == upper. One-sided: the other is infinite.
struct Row {
    std::string name;
    double lower = -kInfinity;
    double upper = kInfinity;
    std::vector<Term> terms;
};

struct Model {
    std::string name;
    ObjectiveSense sense = ObjectiveSense::Minimize;
    double objective_offset = 0.0;
    std::string objective_name = "obj";
    std::vector<Variable> variables;
    std::vector<Row> rows;

    /// Adds a variable and returns its index. A Binary variable's bounds are clamped to [0,1].
    int add_variable(std::string name, double lower, double upper, double cost,
                     VariableType type = VariableType::Continuous);
    /// Adds a row and returns its index.
    int add_row(std::string name, double lower, double upper, std::vector<Term> terms);

    int variable_count() const { return static_cast<int>(variables.size()); }
    int row_count() const { return static_cast<int>(rows.size()); }
    bool has_integers() const;
};

/// Problems that make a model unsolvable as stated (NaN coefficients, lower > upper, a
/// term naming a missing variable, +inf lower bound, a nonzero coefficient under 1e-12
/// times the largest of its row …), one message each naming the row or variable; empty if
/// none.
std::vector<std::string> validate(const Model& model);

}  // namespace mealplan::solver

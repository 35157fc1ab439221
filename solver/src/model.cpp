#include "solver/model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace mealplan::solver {

int Model::add_variable(std::string variable_name, double lower, double upper, double cost,
                        VariableType type) {
    if (type == VariableType::Binary) {
        lower = std::max(lower, 0.0);
        upper = std::min(upper, 1.0);
    }
    variables.push_back(Variable{std::move(variable_name), lower, upper, cost, type});
    return variable_count() - 1;
}

int Model::add_row(std::string row_name, double lower, double upper, std::vector<Term> terms) {
    rows.push_back(Row{std::move(row_name), lower, upper, std::move(terms)});
    return row_count() - 1;
}

bool Model::has_integers() const {
    return std::any_of(variables.begin(), variables.end(),
                       [](const Variable& v) { return v.type != VariableType::Continuous; });
}

namespace {

// A coefficient this much smaller than the largest of its row is lost in the scaling and
// the tolerances of any floating-point simplex: with 1e-20 x + y <= 5 the row would be
// solved as if y were unbounded. Such a model is refused by name rather than answered
// wrongly; HiGHS drops such entries with a warning, which silently changes the model.
constexpr double kSmallestCoefficientRatio = 1e-12;

void describe_tiny_coefficients(const Model& model, const Row& row,
                                std::vector<std::string>& problems) {
    const Term* largest = nullptr;
    for (const Term& term : row.terms) {
        if (term.variable < 0 || term.variable >= model.variable_count() ||
            !std::isfinite(term.coefficient))
            return;  // reported on its own
        if (largest == nullptr || std::abs(term.coefficient) > std::abs(largest->coefficient))
            largest = &term;
    }
    for (const Term& term : row.terms) {
        const double magnitude = std::abs(term.coefficient);
        if (magnitude == 0.0 ||
            magnitude >= kSmallestCoefficientRatio * std::abs(largest->coefficient))
            continue;
        problems.push_back(fmt::format(
            "row {}: coefficient {:g} of {} is less than {:g} times the row's largest ({:g} of "
            "{}), too small to be honoured beside it; drop the term or rescale the row",
            row.name, term.coefficient, model.variables[term.variable].name,
            kSmallestCoefficientRatio, largest->coefficient,
            model.variables[largest->variable].name));
    }
}

}  // namespace

std::vector<std::string> validate(const Model& model) {
    std::vector<std::string> problems;
    auto describe_bounds = [&](const std::string& kind, const std::string& name, double lower,
                               double upper) {
        if (std::isnan(lower) || std::isnan(upper)) {
            problems.push_back(kind + " " + name + ": a bound is NaN");
        } else if (lower == kInfinity) {
            problems.push_back(kind + " " + name + ": lower bound is +infinity");
        } else if (upper == -kInfinity) {
            problems.push_back(kind + " " + name + ": upper bound is -infinity");
        }
    };
    for (const auto& variable : model.variables) {
        describe_bounds("variable", variable.name, variable.lower, variable.upper);
        if (!std::isfinite(variable.cost)) {
            problems.push_back("variable " + variable.name +
                               ": objective coefficient is not finite");
        }
    }
    for (const auto& row : model.rows) {
        describe_bounds("row", row.name, row.lower, row.upper);
        describe_tiny_coefficients(model, row, problems);
        for (const auto& term : row.terms) {
            if (term.variable < 0 || term.variable >= model.variable_count()) {
                problems.push_back("row " + row.name + ": term names variable " +
                                   std::to_string(term.variable) + ", which does not exist");
            } else if (!std::isfinite(term.coefficient)) {
                problems.push_back("row " + row.name + ": coefficient of " +
                                   model.variables[term.variable].name + " is not finite");
            }
        }
    }
    if (!std::isfinite(model.objective_offset))
        problems.push_back("objective offset is not finite");
    return problems;
}

}  // namespace mealplan::solver

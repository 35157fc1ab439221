#include "solver/solve_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "solver/options.hpp"

namespace mealplan::solver {
namespace {

/// A dual bound means something only when the search ran: not for infeasible or unbounded.
bool has_bound(const SolveResult& result) {
    return result.call_status == CallStatus::Ok && result.model_status != ModelStatus::Infeasible &&
           result.model_status != ModelStatus::Unbounded &&
           result.model_status != ModelStatus::NotSolved;
}

nlohmann::ordered_json number_or_null(double value) {
    if (!std::isfinite(value)) return nullptr;
    return value;
}

std::string text_number(double value) {
    if (std::isinf(value)) return value > 0 ? "+infinity" : "-infinity";
    return fmt::format("{:.10g}", value);
}

}  // namespace

std::string_view status_word(const SolveResult& result) {
    if (result.call_status != CallStatus::Ok) return to_string(result.call_status);
    return to_string(result.model_status);
}

std::string render_solve_json(const Model& model, const SolveResult& result,
                              const std::string& file) {
    nlohmann::ordered_json json;
    json["schema"] = "mealplan.solve/1";
    json["file"] = file;
    json["status"] = std::string(status_word(result));
    json["has_solution"] = result.has_solution;
    json["objective"] = result.has_solution ? number_or_null(result.objective) : nullptr;
    json["bound"] = has_bound(result) ? number_or_null(result.bound) : nullptr;
    json["gap"] = result.has_solution ? number_or_null(result.gap) : nullptr;
    json["seconds"] = result.seconds;
    json["iterations"] = result.simplex_iterations;
    json["nodes"] = result.nodes;
    nlohmann::ordered_json values = nlohmann::ordered_json::object();
    if (result.has_solution) {
        for (int j = 0; j < model.variable_count() && j < static_cast<int>(result.values.size());
             ++j) {
            values[model.variables[j].name] = result.values[j];
        }
    }
    json["values"] = std::move(values);
    return json.dump(2) + "\n";
}

std::string render_solve_text(const Model& model, const SolveResult& result,
                              const std::string& file, bool with_values) {
    int integers = 0;
    for (const auto& variable : model.variables) {
        if (variable.type != VariableType::Continuous) ++integers;
    }
    std::string out;
    out += fmt::format("Problem:     {} ({} rows, {} variables, {} integer)\n", file,
                       model.row_count(), model.variable_count(), integers);
    out += fmt::format("Status:      {}\n", status_word(result));
    out += fmt::format("Objective:   {}\n",
                       result.has_solution ? text_number(result.objective) : "none (no solution)");
    out += fmt::format("Bound:       {}\n", has_bound(result) ? text_number(result.bound) : "none");
    if (result.has_solution) out += fmt::format("Gap:         {:.4g} %\n", 100.0 * result.gap);
    out += fmt::format("Time:        {:.3f} s\n", result.seconds);
    out += fmt::format("Iterations:  {}\n", result.simplex_iterations);
    out += fmt::format("Nodes:       {}\n", result.nodes);
    if (with_values && result.has_solution) {
        out += "Nonzero values:\n";
        std::size_t width = 0;
        for (int j = 0; j < model.variable_count(); ++j) {
            if (result.values[j] != 0.0) width = std::max(width, model.variables[j].name.size());
        }
        for (int j = 0; j < model.variable_count(); ++j) {
            if (result.values[j] == 0.0) continue;
            out += fmt::format("  {:<{}}  {}\n", model.variables[j].name, width,
                               text_number(result.values[j]));
        }
    }
    return out;
}

std::string render_option_table() {
    std::size_t name_width = 6, default_width = 7, range_width = 5;  // the headings
    for (const OptionInfo& option : option_registry()) {
        name_width = std::max(name_width, option.name.size());
        default_width =
            std::max(default_width, format_option_value(option.type, option.default_value).size());
        range_width = std::max(range_width, format_option_range(option).size());
    }
    std::string out = fmt::format("  {:<{}}  {:<{}}  {:<{}}  {}\n", "option", name_width, "default",
                                  default_width, "range", range_width, "meaning");
    for (const OptionInfo& option : option_registry()) {
        out += fmt::format("  {:<{}}  {:<{}}  {:<{}}  {}\n", option.name, name_width,
                           format_option_value(option.type, option.default_value), default_width,
                           format_option_range(option), range_width, option.description);
    }
    return out;
}

}  // namespace mealplan::solver

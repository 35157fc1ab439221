// The MPS writer: free format, names made legal and unique (see solver/mps.hpp).
#include <cmath>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/format_text.hpp"
#include "solver/mps.hpp"

namespace mealplan::solver {
namespace {

std::string mps_legal_name(const std::string& name) {
    std::string legal = name.empty() ? "_" : name;
    for (auto& c : legal) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') c = '_';
    }
    return legal;
}

void append_line(std::string& out, std::initializer_list<std::string_view> fields) {
    for (const auto field : fields) {
        out += ' ';
        out += field;
    }
    out += '\n';
}

// The names a written file uses: legal and unique, the objective's first among the rows.
struct WrittenNames {
    std::vector<std::string> rows;  ///< [0] the objective, then one per row
    std::vector<std::string> columns;
};

WrittenNames written_names(const Model& model) {
    std::vector<std::string> row_source_names{model.objective_name};
    for (const auto& row : model.rows) row_source_names.push_back(row.name);
    std::vector<std::string> column_source_names;
    for (const auto& variable : model.variables) column_source_names.push_back(variable.name);
    return {make_unique_names(row_source_names, mps_legal_name),
            make_unique_names(column_source_names, mps_legal_name)};
}

void write_rows(const Model& model, const WrittenNames& names, std::string& out) {
    const std::string& objective = names.rows[0];
    const auto& row_names = names.rows;
    out += "ROWS\n";
    append_line(out, {"N", objective});
    for (int i = 0; i < model.row_count(); ++i) {
        const Row& row = model.rows[i];
        const char* kind = row.lower == row.upper                                  ? "E"
                           : std::isfinite(row.upper) && !std::isfinite(row.lower) ? "L"
                                                                                   : "G";
        append_line(out, {kind, row_names[i + 1]});
    }
}

void write_columns(const Model& model, const WrittenNames& names, std::string& out) {
    const std::string& objective = names.rows[0];
    const auto& row_names = names.rows;
    const auto& column_names = names.columns;
    // Entries by column, in row order, so each column's lines are contiguous.
    std::vector<std::vector<std::pair<int, double>>> entries(model.variables.size());
    for (int i = 0; i < model.row_count(); ++i) {
        for (const auto& term : model.rows[i].terms)
            entries[term.variable].emplace_back(i, term.coefficient);
    }
    out += "COLUMNS\n";
    bool in_integer_block = false;
    int marker = 0;
    for (int j = 0; j < model.variable_count(); ++j) {
        const Variable& variable = model.variables[j];
        const bool integer = variable.type == VariableType::Integer;
        if (integer != in_integer_block) {
            append_line(out, {"MARKER" + std::to_string(marker++), "'MARKER'",
                              integer ? "'INTORG'" : "'INTEND'"});
            in_integer_block = integer;
        }
        // A column with no entries must still appear to exist.
        if (variable.cost != 0.0 || entries[j].empty()) {
            append_line(out, {column_names[j], objective, format_number(variable.cost)});
        }
        for (const auto& [row, coefficient] : entries[j]) {
            append_line(out, {column_names[j], row_names[row + 1], format_number(coefficient)});
        }
    }
    if (in_integer_block)
        append_line(out, {"MARKER" + std::to_string(marker), "'MARKER'", "'INTEND'"});
}

void write_rhs_and_ranges(const Model& model, const WrittenNames& names, std::string& out) {
    const std::string& objective = names.rows[0];
    const auto& row_names = names.rows;
    out += "RHS\n";
    if (model.objective_offset != 0.0) {
        append_line(out, {"RHS", objective, format_number(-model.objective_offset)});
    }
    std::string ranges;
    for (int i = 0; i < model.row_count(); ++i) {
        const Row& row = model.rows[i];
        const bool lower_finite = std::isfinite(row.lower);
        const bool upper_finite = std::isfinite(row.upper);
        double rhs = 0.0;
        if (row.lower == row.upper) {
            rhs = row.lower;
        } else if (upper_finite && !lower_finite) {
            rhs = row.upper;
        } else {
            rhs = lower_finite ? row.lower : -kInfinity;  // a free row: G with −1e30
            if (lower_finite && upper_finite) {
                ranges +=
                    " RNG " + row_names[i + 1] + " " + format_number(row.upper - row.lower) + "\n";
            }
        }
        if (rhs != 0.0) append_line(out, {"RHS", row_names[i + 1], format_number(rhs)});
    }
    if (!ranges.empty()) out += "RANGES\n" + ranges;
}

void write_bounds(const Model& model, const WrittenNames& names, std::string& out) {
    const auto& column_names = names.columns;
    out += "BOUNDS\n";
    for (int j = 0; j < model.variable_count(); ++j) {
        const Variable& variable = model.variables[j];
        const std::string& name = column_names[j];
        if (variable.type == VariableType::Binary && variable.lower == 0.0 &&
            variable.upper == 1.0) {
            append_line(out, {"BV", "BND", name});
            continue;
        }
        const bool integer = variable.type != VariableType::Continuous;
        if (variable.type == VariableType::Binary) {
            // A binary with tightened bounds (fixed at 0 or 1) becomes an integer in [0,1] the
            // reader would treat alike; keep it binary by writing BV, then the bounds.
            append_line(out, {"BV", "BND", name});
        }
        if (variable.lower == variable.upper) {
            append_line(out, {"FX", "BND", name, format_number(variable.lower)});
            continue;
        }
        if (!std::isfinite(variable.lower) && !std::isfinite(variable.upper)) {
            append_line(out, {"FR", "BND", name});
            continue;
        }
        if (!std::isfinite(variable.lower)) {
            append_line(out, {"MI", "BND", name});
        } else if (variable.lower != 0.0 || integer || variable.upper < 0.0) {
            // Written explicitly when it is not the default, and for integers whose default
            // upper bound is 1, and where a negative upper bound would otherwise free it.
            append_line(out, {"LO", "BND", name, format_number(variable.lower)});
        }
        if (std::isfinite(variable.upper)) {
            append_line(out, {"UP", "BND", name, format_number(variable.upper)});
        } else if (integer) {
            append_line(out, {"PL", "BND", name});
        }
    }
}

}  // namespace

std::string write_mps(const Model& model) {
    const WrittenNames names = written_names(model);
    std::string out;
    out += "NAME " + mps_legal_name(model.name) + "\n";
    if (model.sense == ObjectiveSense::Maximize) out += "OBJSENSE\n    MAX\n";
    write_rows(model, names, out);
    write_columns(model, names, out);
    write_rhs_and_ranges(model, names, out);
    write_bounds(model, names, out);
    out += "ENDATA\n";
    return out;
}

}  // namespace mealplan::solver

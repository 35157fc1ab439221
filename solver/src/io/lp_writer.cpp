// The CPLEX LP writer: a file glpsol and cbc read as exactly the model (see
// solver/lp_format.hpp).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "io/format_text.hpp"
#include "io/lp_words.hpp"
#include "solver/lp_format.hpp"

namespace mealplan::solver {
namespace {

bool is_reserved_word(const std::string& name) {
    static const std::unordered_set<std::string> words = {
        "minimize", "minimise", "minimum",  "min", "maximize", "maximise", "maximum",
        "max",      "subject",  "such",     "st",  "s.t.",     "st.",      "bounds",
        "bound",    "general",  "generals", "gen", "integer",  "integers", "int",
        "binary",   "binaries", "bin",      "end", "free",     "inf",      "infinity",
        "semi",     "semis",    "sos"};
    return words.count(lower_case(name)) > 0;
}

/// Appends terms to `out`, breaking lines so that no line grows long (some readers limit
/// line length); each continuation line starts with a sign, never with a keyword.
class LineWriter {
  public:
    explicit LineWriter(std::string& out) : out_(out) {}
    void term(double coefficient, const std::string& name) {
        std::string text = coefficient < 0 || std::signbit(coefficient) ? " - " : " + ";
        text += format_number(std::abs(coefficient));
        text += ' ';
        text += name;
        if (length_ + text.size() > 78) {
            out_ += "\n";
            length_ = 0;
        }
        out_ += text;
        length_ += text.size();
    }
    void text(const std::string& text) {
        out_ += text;
        length_ += text.size();
    }
    void end_line() {
        out_ += "\n";
        length_ = 0;
    }

  private:
    std::string& out_;
    std::size_t length_ = 0;
};

// What the sections of one written file share: the names, and the writer's helpers.
struct LpWriting {
    std::vector<std::string> names;      ///< one per variable
    std::vector<std::string> row_names;  ///< [0] the objective, then one per row
    bool write_offset = false;           ///< whether ~offset appears
    std::string offset_name{kOffsetName};
    /// The ~r_k variables of ranged rows, with the row whose sides they carry.
    std::vector<std::pair<std::string, const Row*>> range_helpers;
    std::vector<int> generals, binaries;
};

void write_constraints(const Model& model, LpWriting& writing, std::string& out) {
    const auto& names = writing.names;
    const auto& row_names = writing.row_names;
    const std::string& offset_name = writing.offset_name;
    auto& range_helpers = writing.range_helpers;
    LineWriter line(out);
    out += "Subject To\n";
    for (int i = 0; i < model.row_count(); ++i) {
        const Row& row = model.rows[i];
        line.text(" " + row_names[i + 1] + ":");
        for (const auto& term : row.terms) line.term(term.coefficient, names[term.variable]);
        if (row.terms.empty()) line.term(0.0, offset_name);
        const bool ranged =
            std::isfinite(row.lower) && std::isfinite(row.upper) && row.lower != row.upper;
        if (ranged) {
            std::string helper =
                std::string(kRangePrefix) + std::to_string(range_helpers.size() + 1);
            line.term(-1.0, helper);
            line.text(" = 0");
            range_helpers.emplace_back(std::move(helper), &row);
        } else if (row.lower == row.upper) {
            line.text(" = " + format_number(row.lower));
        } else if (std::isfinite(row.upper)) {
            line.text(" <= " + format_number(row.upper));
        } else {
            line.text(" >= " + format_number(row.lower));  // −1e30 for a free row
        }
        line.end_line();
    }
}

void write_bounds(const Model& model, LpWriting& writing, std::string& out) {
    const auto& names = writing.names;
    const std::string& offset_name = writing.offset_name;
    const bool write_offset = writing.write_offset;
    const auto& range_helpers = writing.range_helpers;
    auto& generals = writing.generals;
    auto& binaries = writing.binaries;
    out += "Bounds\n";
    for (int j = 0; j < model.variable_count(); ++j) {
        const Variable& variable = model.variables[j];
        const std::string& name = names[j];
        if (variable.type == VariableType::Binary && variable.lower == 0.0 &&
            variable.upper == 1.0) {
            binaries.push_back(j);
            continue;
        }
        if (variable.type != VariableType::Continuous) generals.push_back(j);
        const bool lower_finite = std::isfinite(variable.lower);
        const bool upper_finite = std::isfinite(variable.upper);
        if (variable.lower == variable.upper) {
            out += " " + name + " = " + format_number(variable.lower) + "\n";
        } else if (!lower_finite && !upper_finite) {
            out += " " + name + " free\n";
        } else if (!lower_finite) {
            out += " -inf <= " + name + " <= " + format_number(variable.upper) + "\n";
        } else if (!upper_finite) {
            if (variable.lower != 0.0)
                out += " " + name + " >= " + format_number(variable.lower) + "\n";
        } else {
            out += " " + format_number(variable.lower) + " <= " + name +
                   " <= " + format_number(variable.upper) + "\n";
        }
    }
    if (write_offset) out += " " + offset_name + " = 1\n";
    for (const auto& [helper, row] : range_helpers) {
        out += " " + format_number(row->lower) + " <= " + helper +
               " <= " + format_number(row->upper) + "\n";
    }
}

void write_integer_sections(const LpWriting& writing, std::string& out) {
    const auto& names = writing.names;
    const auto& generals = writing.generals;
    const auto& binaries = writing.binaries;
    if (!generals.empty()) {
        out += "General\n";
        for (const int j : generals) out += " " + names[j] + "\n";
    }
    if (!binaries.empty()) {
        out += "Binary\n";
        for (const int j : binaries) out += " " + names[j] + "\n";
    }
}

}  // namespace

std::string lp_legal_name(const std::string& name) {
    std::string legal;
    for (const char c : name) {
        const bool keep = std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.';
        legal += keep ? c : '_';
    }
    if (legal.empty() || std::isdigit(static_cast<unsigned char>(legal.front())) ||
        legal.front() == '.' || is_reserved_word(legal)) {
        legal.insert(legal.begin(), '_');
    }
    // "e" or "E" followed by a digit reads as an exponent in some readers.
    if ((legal.front() == 'e' || legal.front() == 'E') && legal.size() > 1 &&
        (std::isdigit(static_cast<unsigned char>(legal[1])) || legal[1] == '+' ||
         legal[1] == '-')) {
        legal.insert(legal.begin(), '_');
    }
    return legal;
}

std::string write_lp(const Model& model) {
    LpWriting writing;
    std::vector<std::string> source_names;
    for (const auto& variable : model.variables) source_names.push_back(variable.name);
    writing.names = make_unique_names(source_names, lp_legal_name);
    std::vector<std::string> row_source_names{model.objective_name};
    for (const auto& row : model.rows) row_source_names.push_back(row.name);
    writing.row_names = make_unique_names(row_source_names, lp_legal_name);

    const bool any_empty_row = std::any_of(model.rows.begin(), model.rows.end(),
                                           [](const Row& row) { return row.terms.empty(); });
    writing.write_offset =
        model.objective_offset != 0.0 || any_empty_row || model.variables.empty();

    std::string out;
    std::string problem_name = model.name;
    std::replace_if(
        problem_name.begin(), problem_name.end(), [](char c) { return c == '\n' || c == '\r'; },
        ' ');
    out += std::string(kProblemNameComment) + " " + problem_name + "\n";
    out += model.sense == ObjectiveSense::Maximize ? "Maximize\n" : "Minimize\n";
    LineWriter line(out);
    line.text(" " + writing.row_names[0] + ":");
    for (int j = 0; j < model.variable_count(); ++j) {
        line.term(model.variables[j].cost, writing.names[j]);
    }
    if (writing.write_offset) line.term(model.objective_offset, writing.offset_name);
    line.end_line();
    write_constraints(model, writing, out);
    write_bounds(model, writing, out);
    write_integer_sections(writing, out);
    out += "End\n";
    return out;
}

}  // namespace mealplan::solver

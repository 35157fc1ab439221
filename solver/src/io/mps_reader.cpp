// The MPS reader, fixed and free format (see solver/mps.hpp for the conventions).
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "io/format_text.hpp"
#include "io/text_file.hpp"
#include "solver/mps.hpp"

namespace mealplan::solver {
namespace {

enum class Section { None, Name, ObjectiveSense, Rows, Columns, Rhs, Ranges, Bounds, End };

constexpr int kObjectiveRow = -1;
constexpr int kDroppedRow = -2;

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

std::string upper_case(std::string_view text) {
    std::string result(text);
    for (auto& c : result) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return result;
}

std::vector<std::string> split_words(std::string_view line) {
    std::vector<std::string> words;
    std::size_t position = 0;
    while (position < line.size()) {
        const auto start = line.find_first_not_of(" \t\r", position);
        if (start == std::string_view::npos) break;
        auto end = line.find_first_of(" \t\r", start);
        if (end == std::string_view::npos) end = line.size();
        words.emplace_back(line.substr(start, end - start));
        position = end;
    }
    return words;
}

/// The six fields of a fixed-format data line, trimmed; missing fields are empty. The last
/// numeric field runs to the end of the line, the fourth up to where the fifth begins, so
/// that a long number is not cut.
std::vector<std::string> fixed_fields(std::string_view line) {
    auto field = [&](std::size_t begin, std::size_t end) -> std::string {
        if (begin >= line.size()) return {};
        return std::string(trim(line.substr(begin, end - begin)));
    };
    return {field(1, 3),   field(4, 12),  field(14, 22),
            field(24, 39), field(39, 47), field(49, std::string_view::npos)};
}

std::optional<double> parse_number(std::string_view text) {
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty()) return std::nullopt;
    double value = 0.0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size()) return std::nullopt;
    if (std::isnan(value)) return std::nullopt;
    if (value >= kFileInfinity) return kInfinity;
    if (value <= -kFileInfinity) return -kInfinity;
    return value;
}

class MpsParser {
  public:
    MpsParser(std::string_view text, std::string source, MpsFormat format)
        : text_(text), source_(std::move(source)), format_(format) {}

    ModelReading parse() {
        std::size_t position = 0;
        while (position < text_.size() && !stopped_) {
            auto end = text_.find('\n', position);
            if (end == std::string_view::npos) end = text_.size();
            ++line_number_;
            parse_line(text_.substr(position, end - position));
            position = end + 1;
            if (section_ == Section::End) break;
            if (reading_.errors.size() >= kMaxReadingErrors) {
                reading_.errors.push_back(
                    {source_,
                     "reading stopped after " + std::to_string(kMaxReadingErrors) + " errors"});
                stopped_ = true;
            }
        }
        if (section_ != Section::End && !stopped_) error("the file ends here, without ENDATA");
        if (!have_objective_ && reading_.errors.empty()) {
            reading_.warnings.push_back({source_, "no N row: the objective is zero"});
        }
        if (reading_.errors.empty()) {
            finish_rows();
            reading_.model = std::move(model_);
        }
        return std::move(reading_);
    }

  private:
    void error(std::string what) { reading_.errors.push_back({where(), std::move(what)}); }
    void warn(std::string what) { reading_.warnings.push_back({where(), std::move(what)}); }
    std::string where() const { return source_ + ":" + std::to_string(line_number_); }

    void parse_line(std::string_view line) {
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (trim(line).empty() || line.front() == '*') return;
        if (line.front() != ' ' && line.front() != '\t') {
            parse_header(line);
            return;
        }
        std::vector<std::string> words = split_words(line);
        switch (section_) {
            case Section::None:
            case Section::Name:
                error("data line before any section");
                break;
            case Section::ObjectiveSense:
                parse_sense(words.empty() ? "" : words.front());
                break;
            case Section::Rows:
                parse_row(format_ == MpsFormat::Fixed ? fixed_fields(line) : words, words);
                break;
            case Section::Columns:
                parse_column(line, words);
                break;
            case Section::Rhs:
            case Section::Ranges:
                parse_values(line, words);
                break;
            case Section::Bounds:
                parse_bound(line, words);
                break;
            case Section::End:
                break;
        }
    }

    void parse_header(std::string_view line) {
        const auto words = split_words(line);
        const std::string keyword = upper_case(words.front());
        if (keyword == "NAME") {
            section_ = Section::Name;
            if (format_ == MpsFormat::Fixed && line.size() > 14) {
                model_.name = std::string(trim(line.substr(14)));
            } else if (words.size() > 1) {
                model_.name = words[1];
            }
        } else if (keyword == "OBJSENSE") {
            section_ = Section::ObjectiveSense;
            if (words.size() > 1) parse_sense(words[1]);
        } else if (keyword == "ROWS") {
            section_ = Section::Rows;
        } else if (keyword == "COLUMNS") {
            section_ = Section::Columns;
        } else if (keyword == "RHS") {
            section_ = Section::Rhs;
        } else if (keyword == "RANGES") {
            section_ = Section::Ranges;
        } else if (keyword == "BOUNDS") {
            section_ = Section::Bounds;
        } else if (keyword == "ENDATA") {
            section_ = Section::End;
        } else {
            error("unknown or unsupported section '" + std::string(words.front()) + "'");
            section_ = Section::None;
        }
    }

    void parse_sense(const std::string& word) {
        const std::string sense = upper_case(word);
        if (sense == "MAX" || sense == "MAXIMIZE" || sense == "MAXIMISE") {
            model_.sense = ObjectiveSense::Maximize;
        } else if (sense == "MIN" || sense == "MINIMIZE" || sense == "MINIMISE") {
            model_.sense = ObjectiveSense::Minimize;
        } else {
            error("objective sense must be MIN or MAX, not '" + word + "'");
        }
    }

    void parse_row(const std::vector<std::string>& fields, const std::vector<std::string>& words) {
        std::string kind, name;
        if (format_ == MpsFormat::Fixed) {
            kind = fields[0];
            name = fields[1];
        } else if (words.size() >= 2) {
            kind = words[0];
            name = words[1];
        }
        if (kind.empty() || name.empty()) {
            error("a row needs a type (N, E, L or G) and a name");
            return;
        }
        kind = upper_case(kind);
        if (row_index_.count(name) > 0) {
            error("row '" + name + "' is defined twice");
            return;
        }
        if (kind == "N") {
            if (!have_objective_) {
                have_objective_ = true;
                model_.objective_name = name;
                row_index_[name] = kObjectiveRow;
            } else {
                warn("free row '" + name + "' is dropped (only the first N row is the objective)");
                row_index_[name] = kDroppedRow;
            }
            return;
        }
        if (kind != "E" && kind != "L" && kind != "G") {
            error("unknown row type '" + kind + "' (expected N, E, L or G)");
            return;
        }
        row_index_[name] = model_.row_count();
        model_.add_row(name, -kInfinity, kInfinity, {});
        row_kind_.push_back(kind.front());
        rhs_.push_back(0.0);
        range_.push_back(std::nullopt);
    }

    /// Looks a row up, reporting an unknown name. Returns nullopt if unknown.
    std::optional<int> find_row(const std::string& name, const char* section) {
        const auto found = row_index_.find(name);
        if (found == row_index_.end()) {
            error("unknown row name '" + name + "' in " + section);
            return std::nullopt;
        }
        return found->second;
    }

    std::optional<double> number(const std::string& text, const std::string& what) {
        auto value = parse_number(text);
        if (!value) error("'" + text + "' is not a number (" + what + ")");
        return value;
    }

    void parse_column(std::string_view line, const std::vector<std::string>& words) {
        std::vector<std::string> fields;
        if (format_ == MpsFormat::Fixed) {
            fields = fixed_fields(line);
        } else {
            fields = {""};
            fields.insert(fields.end(), words.begin(), words.end());
            fields.resize(std::max<std::size_t>(fields.size(), 6));
        }
        if (upper_case(fields[2]) == "'MARKER'") {
            const std::string marker =
                upper_case(format_ == MpsFormat::Fixed ? fields[4] : fields[3]);
            if (marker == "'INTORG'") {
                in_integer_block_ = true;
            } else if (marker == "'INTEND'") {
                in_integer_block_ = false;
            } else {
                error("unknown marker '" + marker + "' (expected 'INTORG' or 'INTEND')");
            }
            return;
        }
        if (format_ == MpsFormat::Free && words.size() != 3 && words.size() != 5) {
            error("a COLUMNS line needs a column name and one or two row-value pairs");
            return;
        }
        const std::string& column = fields[1];
        if (column.empty() || fields[2].empty()) {
            error("a COLUMNS line needs a column name and one or two row-value pairs");
            return;
        }
        const int variable = column_for(column);
        add_entry(variable, fields[2], fields[3]);
        if (!fields[4].empty() || !fields[5].empty()) add_entry(variable, fields[4], fields[5]);
    }

    int column_for(const std::string& name) {
        const auto found = column_index_.find(name);
        if (found != column_index_.end()) {
            if (found->second != model_.variable_count() - 1) {
                warn("column '" + name + "' continues after other columns");
            }
            return found->second;
        }
        const int variable = model_.add_variable(
            name, 0.0, in_integer_block_ ? 1.0 : kInfinity, 0.0,
            in_integer_block_ ? VariableType::Integer : VariableType::Continuous);
        column_index_[name] = variable;
        lower_set_.push_back(false);
        return variable;
    }

    void add_entry(int variable, const std::string& row_name, const std::string& value_text) {
        if (row_name.empty() || value_text.empty()) {
            error("a row name needs a value in COLUMNS");
            return;
        }
        const auto row = find_row(row_name, "COLUMNS");
        const auto value = number(value_text, "coefficient");
        if (!row || !value) return;
        if (!std::isfinite(*value)) {
            error("coefficient of column '" + model_.variables[variable].name + "' in row '" +
                  row_name + "' is infinite");
            return;
        }
        if (*row == kDroppedRow || !room_for_a_term(*row)) return;
        if (*row == kObjectiveRow) {
            model_.variables[variable].cost = *value;
            return;
        }
        auto& terms = model_.rows[*row].terms;
        // A column whose lines are split by other columns' lines is legal; its entries are
        // checked against every earlier one, not only the last.
        const auto key =
            (static_cast<std::uint64_t>(*row) << 32U) | static_cast<std::uint32_t>(variable);
        if (!entries_.insert(key).second) {
            error("column '" + model_.variables[variable].name + "' has two entries in row '" +
                  row_name + "'");
            return;
        }
        terms.push_back({variable, *value});
    }

    /// Whether `row` (or the objective) may take one more term within kMaxRowTerms and the
    /// model within kMaxModelTerms; when not, reports it and stops the reading: the file is
    /// refused, and reading on would only fill the memory the limits are there to bound.
    bool room_for_a_term(int row) {
        const std::size_t row_terms =
            row == kObjectiveRow ? objective_terms_ : model_.rows[row].terms.size();
        const std::string& name =
            row == kObjectiveRow ? model_.objective_name : model_.rows[row].name;
        const auto reached = term_limit_reached(row_terms, model_terms_, "row '" + name + "'");
        if (!reached) {
            ++model_terms_;
            if (row == kObjectiveRow) ++objective_terms_;
            return true;
        }
        error(*reached + "; reading stopped here");
        stopped_ = true;
        return false;
    }

    /// Checks that `set` is the vector in use for this section; the first one named wins.
    bool in_first_vector(std::optional<std::string>& first, const std::string& set,
                         const char* section) {
        if (set.empty()) return true;  // an omitted vector name means the one in use
        if (!first) first = set;
        if (*first == set) return true;
        if (!warned_other_vector_) {
            warn(std::string("only the first ") + section + " vector ('" + *first +
                 "') is used; '" + set + "' is ignored");
            warned_other_vector_ = true;
        }
        return false;
    }

    void parse_values(std::string_view line, const std::vector<std::string>& words) {
        const bool is_rhs = section_ == Section::Rhs;
        const char* section = is_rhs ? "RHS" : "RANGES";
        std::string set;
        std::vector<std::pair<std::string, std::string>> entries;
        if (format_ == MpsFormat::Fixed) {
            const auto fields = fixed_fields(line);
            set = fields[1];
            entries.emplace_back(fields[2], fields[3]);
            if (!fields[4].empty() || !fields[5].empty())
                entries.emplace_back(fields[4], fields[5]);
        } else {
            // The vector name is optional in free format: an odd count means it is there.
            std::size_t first = 0;
            if (words.size() % 2 == 1) {
                set = words[0];
                first = 1;
            }
            if (words.size() < 2 || words.size() > 5) {
                error(std::string("a ") + section + " line needs one or two row-value pairs");
                return;
            }
            for (std::size_t i = first; i + 1 < words.size(); i += 2) {
                entries.emplace_back(words[i], words[i + 1]);
            }
        }
        if (!in_first_vector(is_rhs ? rhs_set_ : ranges_set_, set, section)) return;
        for (const auto& [row_name, value_text] : entries) {
            if (row_name.empty() || value_text.empty()) {
                error(std::string("a ") + section + " line needs one or two row-value pairs");
                continue;
            }
            const auto row = find_row(row_name, section);
            const auto value = number(value_text, is_rhs ? "right-hand side" : "range");
            if (!row || !value) continue;
            if (*row == kDroppedRow) continue;
            if (is_rhs) {
                if (*row == kObjectiveRow) {
                    model_.objective_offset = -*value;
                } else {
                    rhs_[*row] = *value;
                }
            } else if (*row == kObjectiveRow) {
                warn("a range on the objective row is ignored");
            } else {
                range_[*row] = *value;
            }
        }
    }

    /// The fields of a BOUNDS line: its kind, vector, column and value text.
    struct BoundFields {
        std::string kind, set, column, value_text;
    };

    /// Splits a BOUNDS line into its fields; false (after reporting) when it has too few.
    bool bound_fields(std::string_view line, const std::vector<std::string>& words,
                      BoundFields& fields) {
        std::string& kind = fields.kind;
        std::string& set = fields.set;
        std::string& column = fields.column;
        std::string& value_text = fields.value_text;
        if (format_ == MpsFormat::Fixed) {
            const auto fixed = fixed_fields(line);
            kind = upper_case(fixed[0]);
            set = fixed[1];
            column = fixed[2];
            value_text = fixed[3];
            return true;
        }
        if (words.empty()) return false;
        kind = upper_case(words[0]);
        const bool needs_value = kind != "FR" && kind != "MI" && kind != "PL" && kind != "BV";
        const std::size_t count = words.size();
        // The vector name is optional: tell by the count of words the kind expects.
        if (count == 4 || (count == 3 && !needs_value && !is_column_then_number(words))) {
            set = words[1];
            column = words[2];
            if (count == 4) value_text = words[3];
        } else if (count == 3 && needs_value && column_index_.count(words[2]) > 0 &&
                   !parse_number(words[2])) {
            set = words[1];  // the value is missing; reported below
            column = words[2];
        } else if (count == 3 || count == 2) {
            column = words[1];
            if (count == 3) value_text = words[2];
        } else {
            error("a BOUNDS line needs a type, a column name and (for most types) a value");
            return false;
        }
        return true;
    }

    void parse_bound(std::string_view line, const std::vector<std::string>& words) {
        BoundFields fields;
        if (!bound_fields(line, words, fields)) return;
        const std::string& kind = fields.kind;
        const std::string& column = fields.column;
        const std::string& value_text = fields.value_text;
        const std::string& set = fields.set;
        if (kind == "SC") {
            error("semi-continuous bounds (SC) are not supported");
            return;
        }
        static const std::vector<std::string> kinds = {"UP", "LO", "FX", "FR", "MI",
                                                       "PL", "BV", "LI", "UI"};
        if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
            error("unknown bound type '" + kind + "'");
            return;
        }
        if (column.empty()) {
            error("a BOUNDS line needs a column name");
            return;
        }
        if (!in_first_vector(bounds_set_, set, "BOUNDS")) return;
        const auto found = column_index_.find(column);
        if (found == column_index_.end()) {
            error("unknown column name '" + column + "' in BOUNDS");
            return;
        }
        const int index = found->second;
        std::optional<double> value;
        const bool needs_value =
            kind == "UP" || kind == "LO" || kind == "FX" || kind == "LI" || kind == "UI";
        if (needs_value) {
            if (value_text.empty()) {
                error("bound " + kind + " on column '" + column + "' needs a value");
                return;
            }
            value = number(value_text, "bound");
            if (!value) return;
        }
        apply_bound(kind, index, column, value);
    }

    /// Sets the bound of `kind` on the column at `index` (named `column`), with `value`
    /// for the kinds that take one.
    void apply_bound(const std::string& kind, int index, const std::string& column,
                     std::optional<double> value) {
        Variable& variable = model_.variables[index];
        if (kind == "UP" || kind == "UI") {
            if (kind == "UI") variable.type = VariableType::Integer;
            variable.upper = *value;
            if (*value < 0 && !lower_set_[index] && variable.lower == 0.0) {
                variable.lower = -kInfinity;
                warn("negative upper bound on column '" + column +
                     "' without a lower bound: the lower bound becomes -infinity");
            }
        } else if (kind == "LO" || kind == "LI") {
            if (kind == "LI") variable.type = VariableType::Integer;
            variable.lower = *value;
            lower_set_[index] = true;
        } else if (kind == "FX") {
            variable.lower = *value;
            variable.upper = *value;
            lower_set_[index] = true;
        } else if (kind == "FR") {
            variable.lower = -kInfinity;
            variable.upper = kInfinity;
            lower_set_[index] = true;
        } else if (kind == "MI") {
            variable.lower = -kInfinity;
            lower_set_[index] = true;
        } else if (kind == "PL") {
            variable.upper = kInfinity;
        } else if (kind == "BV") {
            variable.type = VariableType::Binary;
            variable.lower = 0.0;
            variable.upper = 1.0;
            lower_set_[index] = true;
        }
    }

    bool is_column_then_number(const std::vector<std::string>& words) const {
        return column_index_.count(words[1]) > 0 && parse_number(words[2]).has_value();
    }

    void finish_rows() {
        for (std::size_t i = 0; i < model_.rows.size(); ++i) {
            Row& row = model_.rows[i];
            const double rhs = rhs_[i];
            const std::optional<double> range = range_[i];
            switch (row_kind_[i]) {
                case 'E':
                    row.lower = rhs;
                    row.upper = rhs;
                    if (range && *range > 0) row.upper = rhs + *range;
                    if (range && *range < 0) row.lower = rhs + *range;
                    break;
                case 'L':
                    row.upper = rhs;
                    if (range) row.lower = rhs - std::abs(*range);
                    break;
                default:
                    row.lower = rhs;
                    if (range) row.upper = rhs + std::abs(*range);
                    break;
            }
        }
    }

    std::string_view text_;
    std::string source_;
    MpsFormat format_;
    ModelReading reading_;
    Model model_;
    Section section_ = Section::None;
    int line_number_ = 0;
    bool have_objective_ = false;
    bool in_integer_block_ = false;
    bool warned_other_vector_ = false;
    bool stopped_ = false;         ///< a limit was reached: the file is refused
    std::size_t model_terms_ = 0;  ///< coefficients read in all rows and the objective
    std::size_t objective_terms_ = 0;
    std::unordered_map<std::string, int> row_index_;
    std::unordered_map<std::string, int> column_index_;
    std::unordered_set<std::uint64_t> entries_;  ///< row << 32 | column, of every coefficient
    std::vector<char> row_kind_;
    std::vector<double> rhs_;
    std::vector<std::optional<double>> range_;
    std::vector<bool> lower_set_;
    std::optional<std::string> rhs_set_;
    std::optional<std::string> ranges_set_;
    std::optional<std::string> bounds_set_;
};

}  // namespace

ModelReading parse_mps(std::string_view text, const std::string& source, MpsFormat format) {
    return MpsParser(text, source, format).parse();
}

ModelReading read_mps_file(const std::string& path, MpsFormat format) {
    FileText file = read_model_text(path);
    if (!file.text) return unreadable(file);
    return parse_mps(*file.text, path, format);
}

}  // namespace mealplan::solver

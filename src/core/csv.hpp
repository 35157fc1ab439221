#pragma once
// RFC 4180 CSV, the one reader of every comma-separated file mealplan reads (pantry,
// prices, the DRI tables) and the quoting of the CSV it writes.

#include <functional>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/problems.hpp"

namespace mealplan {

struct CsvRow {
    std::size_t line = 0;  ///< 1-based line where the row starts
    std::vector<std::string> fields;
};

/// Splits CSV text into rows: fields separated by commas, optionally in double quotes
/// (inside which commas, line breaks and "" for a quote are literal); CRLF or LF line ends;
/// a leading UTF-8 byte-order mark is skipped; blank lines are skipped. A quote that is
/// never closed, or text after a closing quote, is a problem at "<file_label>:<line>".
Result<std::vector<CsvRow>> parse_csv(std::string_view text, std::string_view file_label);

/// A data row of a CSV file whose first row names the columns: its fields by column name.
struct CsvNamedRow {
    std::size_t line = 0;  ///< 1-based line where the row starts
    std::map<std::string, std::string, std::less<>> fields;

    /// The field of `column`, or "" when the file has no such column.
    const std::string& operator[](std::string_view column) const;
};

/// The data rows of CSV text whose first row is a header. Problems, all of them: the
/// parse_csv ones, an empty file, each of `required_columns` the header lacks
/// ("<file_label>:1: missing column X"), and each row with another number of fields than
/// the header.
Result<std::vector<CsvNamedRow>> parse_csv_with_header(
    std::string_view text, std::string_view file_label,
    std::initializer_list<std::string_view> required_columns);

/// `text` as one CSV field: quoted (with inner quotes doubled) when it holds a comma, a
/// quote, a line break or leading/trailing spaces; as is otherwise.
std::string csv_field(std::string_view text);

}  // namespace mealplan

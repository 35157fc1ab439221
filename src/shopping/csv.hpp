#pragma once
// RFC 4180 CSV: reading the small files a person writes (pantry, prices) and quoting the
// fields of the lists we write.

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
/// blank lines are skipped. A quote that is never closed, or text after a closing quote,
/// is a problem at "<file_label>:<line>".
Result<std::vector<CsvRow>> parse_csv(std::string_view text, std::string_view file_label);

/// `text` as one CSV field: quoted (with inner quotes doubled) when it holds a comma, a
/// quote, a line break or leading/trailing spaces; as is otherwise.
std::string csv_field(std::string_view text);

}  // namespace mealplan

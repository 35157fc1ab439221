#pragma once
// UTF-8 text: validity, for text read from files that is shown to people again (names,
// aisles), and the columns it takes on a terminal, for aligned tables.

#include <cstddef>
#include <string>
#include <string_view>

namespace mealplan {

/// True when `text` is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
/// nothing above U+10FFFF).
bool is_valid_utf8(std::string_view text);

/// Columns `text` takes on a terminal: one per code point (names are Latin text; µ, ½, —
/// and █ take one each).
std::size_t display_width(std::string_view text);

/// `text` cut to at most `columns` columns, never inside a code point: when it is wider,
/// its first `columns` − 1 columns and "…". `columns` of 0 gives "".
std::string truncated_to_width(std::string_view text, std::size_t columns);

/// `text` followed by spaces up to `columns` columns (unchanged when already as wide).
std::string padded_to_width(std::string_view text, std::size_t columns);

}  // namespace mealplan

#pragma once
// UTF-8 validity, for text read from files that is shown to people again (names, aisles).

#include <string_view>

namespace mealplan {

/// True when `text` is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
/// nothing above U+10FFFF).
bool is_valid_utf8(std::string_view text);

}  // namespace mealplan

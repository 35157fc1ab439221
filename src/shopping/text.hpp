#pragma once
// Small text helpers shared by the readers of the shopping module.

#include <optional>
#include <string>
#include <string_view>

namespace mealplan {

/// `text` without leading and trailing white space.
std::string trimmed(std::string_view text);

/// `text` in ASCII lower case (names and units are compared this way).
std::string lowercase(std::string_view text);

/// A plain decimal number ("2", "0.5", "1e3") that is all of `text`, or nullopt.
std::optional<double> parse_decimal(std::string_view text);

}  // namespace mealplan

#pragma once
// What the LP reader and writer agree on: the names of the writer's helper variables, the
// problem-name comment, and case folding for keywords.

#include <string>
#include <string_view>

namespace mealplan::solver {

/// A ranged row `L ≤ a·x ≤ U` is written `a·x − ~r_k = 0` with `L ≤ ~r_k ≤ U`.
inline constexpr std::string_view kRangePrefix = "~r_";
/// The objective offset c is written `+ c ~offset` with `~offset = 1`.
inline constexpr std::string_view kOffsetName = "~offset";
/// The comment that carries the model's name.
inline constexpr std::string_view kProblemNameComment = "\\Problem name:";

/// `text` in lower case (ASCII), for keywords, which LP files spell in any case.
std::string lower_case(std::string_view text);

}  // namespace mealplan::solver

#pragma once
// Text helpers every reader shares: trimming, ASCII case folding and reading numbers that
// must be all of a field or an option's value. Names, units and aisles are compared without
// regard to case; numbers never come out partly read, infinite or not a number.

#include <charconv>
#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace mealplan {

/// `text` without leading and trailing white space (space, tab, CR, LF, FF, VT).
std::string trimmed(std::string_view text);

/// `text` with ASCII letters in lower case; other bytes (UTF-8 included) unchanged.
std::string lowercase(std::string_view text);

/// True when `a` and `b` are the same text but for the case of ASCII letters.
bool equal_ignoring_case(std::string_view a, std::string_view b);

/// True when `text` is kebab-case: lower-case letters and digits joined by single hyphens
/// ("lentil-soup"), as the ids of the data files are written.
bool is_kebab_case(std::string_view text);

/// The words of `text` as the food rules read names and descriptions: runs of ASCII letters
/// and digits, lower-cased, with the accented Latin letters of UTF-8 (U+00C0–U+00FF)
/// folded to their base letter and combining accents dropped ("Jalapeño" → "jalapeno",
/// "Sun-dried tomatoes" → "sun", "dried", "tomatoes"); every other character separates
/// words.
std::vector<std::string> words_of(std::string_view text);

/// True when `phrase` occurs in `words` as consecutive whole words; an empty phrase never
/// does.
bool has_phrase(std::span<const std::string> words, std::span<const std::string> phrase);

/// True when `words` begins with `phrase` (an empty phrase never matches).
bool starts_with_phrase(std::span<const std::string> words, std::span<const std::string> phrase);

/// The number that is all of `text`, or nullopt. A floating-point type reads a plain
/// decimal ("2", "-0.5", ".5", "1e3"; no "+", no hexadecimal, never "inf" or "nan", nothing
/// out of range); an integer type reads decimal digits with an optional "-" (none for an
/// unsigned type), within the type's range. No white space is skipped.
template <class Number>
std::optional<Number> parse_number(std::string_view text) {
    static_assert(std::is_arithmetic_v<Number> && !std::is_same_v<Number, bool>);
    Number value{};
    const char* last = text.data() + text.size();
    const auto [end, error] = std::from_chars(text.data(), last, value);
    if (error != std::errc() || end != last) return std::nullopt;
    if constexpr (std::is_floating_point_v<Number>) {
        if (!std::isfinite(value)) return std::nullopt;
    }
    return value;
}

}  // namespace mealplan

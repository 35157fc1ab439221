#pragma once
// Command-line options whose value is one of an enum's names. The enum's one name table
// (core/enum_names.hpp) gives the names accepted, the help text and the "must be one of"
// message, so the option, its help and its error can never disagree with the files and
// reports that use the same names.

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "core/enum_names.hpp"

namespace mealplan::cli {

/// A CLI11 validator for a text option that holds a name of `Enum`: a name among `allowed`
/// (every name by default) passes; anything else is refused with "must be one of a, b or c,
/// got "x"" (CLI11 puts the option's name in front). Its description, "{a,b,c}", is what
/// `--help` shows. The command reads the checked name with option_value().
template <NamedEnum Enum>
CLI::Validator enum_names(std::vector<Enum> allowed = {}) {
    if (allowed.empty()) {
        const auto all = enum_values<Enum>();
        allowed.assign(all.begin(), all.end());
    }
    std::string description;
    for (const Enum value : allowed) {
        description += description.empty() ? "{" : ",";
        description += to_string(value);
    }
    description += "}";
    return CLI::Validator(
        [allowed](std::string& input) -> std::string {
            for (const Enum value : allowed) {
                if (to_string(value) == input) return {};
            }
            return "must be one of " + names_in_words<Enum>(allowed) + ", got \"" + input + "\"";
        },
        description);
}

/// The value of a text option checked by enum_names<Enum>(): its name's value, or
/// `fallback` for a name the validator would have refused.
template <NamedEnum Enum>
Enum option_value(const std::string& name, Enum fallback) {
    return from_string<Enum>(name).value_or(fallback);
}

}  // namespace mealplan::cli

#pragma once
// One table per enum gives the names its values have in files, on the command line and in
// reports. Each enum declares its table once, next to the enum:
//
//     template <>
//     inline constexpr auto kEnumNames<Diet> = make_enum_names<Diet>(
//         {{Diet::Omnivore, "omnivore"}, …, {Diet::Vegan, "vegan"}});
//
// and from it come to_string(), from_string<Enum>(), every "must be one of" message and
// the command line's validators and help text (cli/enum_option.hpp). A table lists the
// values of its enum once each, in declaration order, each with a distinct name:
// to_string() and from_string() refuse to compile for a table that does not. (C++ cannot
// tell a table that stops short of the last value: that value would read as "?".)

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace mealplan {

template <class Enum>
struct EnumName {
    Enum value;
    std::string_view name;
};

/// Specialised for each named enum beside the enum; nullptr, "no table", for any other.
template <class Enum>
inline constexpr auto kEnumNames = nullptr;

template <class Enum>
concept NamedEnum =
    std::is_enum_v<Enum> && !std::is_null_pointer_v<std::remove_cv_t<decltype(kEnumNames<Enum>)>>;

/// A fixed table of names, one entry per value; lookups scan it (tables have a handful of
/// entries). Also serves for other one-to-one names of an enum's values, such as the
/// command-line option of a request field.
template <class Enum, std::size_t N>
struct EnumTable {
    std::array<EnumName<Enum>, N> entries;

    /// True when the entries are the values 0 … N-1 in order, each with its own name.
    constexpr bool lists_every_value_in_order() const {
        for (std::size_t i = 0; i < N; ++i) {
            if (static_cast<std::size_t>(entries[i].value) != i || entries[i].name.empty()) {
                return false;
            }
            for (std::size_t j = 0; j < i; ++j) {
                if (entries[j].name == entries[i].name) return false;
            }
        }
        return true;
    }
    constexpr std::size_t size() const { return N; }

    /// The name of `value`; "?" for a value outside the table (a cast from a bad integer).
    constexpr std::string_view name(Enum value) const {
        for (const auto& entry : entries) {
            if (entry.value == value) return entry.name;
        }
        return "?";
    }

    /// The value named `name` exactly (names are case-sensitive), or nullopt.
    constexpr std::optional<Enum> value(std::string_view name) const {
        for (const auto& entry : entries) {
            if (entry.name == name) return entry.value;
        }
        return std::nullopt;
    }
};

/// Deduction helper for the tables: `make_enum_names<Diet>({{…}, {…}})`.
template <class Enum, std::size_t N>
constexpr EnumTable<Enum, N> make_enum_names(const EnumName<Enum> (&entries)[N]) {
    EnumTable<Enum, N> table{};
    for (std::size_t i = 0; i < N; ++i) table.entries[i] = entries[i];
    return table;
}

/// The name of `value`: "omnivore"; "?" for a value outside the table.
template <NamedEnum Enum>
constexpr std::string_view to_string(Enum value) {
    static_assert(kEnumNames<Enum>.lists_every_value_in_order(),
                  "an enum's name table lists each of its values once, in order");
    return kEnumNames<Enum>.name(value);
}

/// The value named `name` exactly (names are case-sensitive), or nullopt.
template <NamedEnum Enum>
constexpr std::optional<Enum> from_string(std::string_view name) {
    static_assert(kEnumNames<Enum>.lists_every_value_in_order(),
                  "an enum's name table lists each of its values once, in order");
    return kEnumNames<Enum>.value(name);
}

/// Every value of `Enum`, in declaration order.
template <NamedEnum Enum>
constexpr auto enum_values() {
    std::array<Enum, kEnumNames<Enum>.size()> values{};
    for (std::size_t i = 0; i < values.size(); ++i) values[i] = kEnumNames<Enum>.entries[i].value;
    return values;
}

/// The names of `values` for a sentence: "omnivore, pescatarian, vegetarian or vegan".
template <NamedEnum Enum, class Values>
requires(!std::is_convertible_v<const Values&, std::string_view>) std::string
    names_in_words(const Values& values, std::string_view last_joint = " or ") {
    std::string text;
    std::size_t i = 0;
    for (const Enum value : values) {
        if (i > 0) text += i + 1 == std::size(values) ? last_joint : std::string_view(", ");
        text += to_string(value);
        ++i;
    }
    return text;
}

/// All names of `Enum` for a sentence: "omnivore, pescatarian, vegetarian or vegan".
template <NamedEnum Enum>
std::string names_in_words(std::string_view last_joint = " or ") {
    return names_in_words<Enum>(enum_values<Enum>(), last_joint);
}

}  // namespace mealplan

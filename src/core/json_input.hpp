#pragma once
// Shared helpers of the JSON loaders: parsing that never throws or crashes (every JSON
// reader parses through it), and checks that report "file:/json/pointer: what". Only
// loaders include this header, so nlohmann types stay inside them.

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/enum_names.hpp"
#include "core/problems.hpp"

namespace mealplan::json_input {

using Json = nlohmann::json;

/// Deeper input than this is refused before parsing: no shipped file nests beyond 6.
inline constexpr int kMaxDepth = 64;

/// Parses `text`; a syntax error, too deep nesting or a number out of range becomes one
/// Problem naming `file_label` and the byte offset.
Result<Json> parse(std::string_view text, std::string_view file_label);
/// The same, keeping members in file order (for readers that write the file back).
Result<nlohmann::ordered_json> parse_ordered(std::string_view text, std::string_view file_label);

/// `pointer` + "/" + `token`, escaped per RFC 6901.
std::string child(const std::string& pointer, std::string_view token);
std::string child(const std::string& pointer, std::size_t index);

/// Collects problems of one file and offers typed reads that report what is wrong.
class Checker {
  public:
    Checker(std::string file_label, Problems& problems)
        : file_label_(std::move(file_label)), problems_(problems) {}

    void report(const std::string& pointer, std::string what);

    /// `object[key]` if present; reports it missing when `required`.
    const Json* member(const Json& object, const std::string& pointer, std::string_view key,
                       bool required = true);
    /// Reports every member of `object` not in `allowed` (typos must not pass silently).
    void only_members(const Json& object, const std::string& pointer,
                      std::initializer_list<std::string_view> allowed);

    bool expect_object(const Json& value, const std::string& pointer);
    bool expect_array(const Json& value, const std::string& pointer);
    std::optional<std::string> text(const Json& value, const std::string& pointer,
                                    bool allow_empty = false);
    std::optional<bool> boolean(const Json& value, const std::string& pointer);
    /// A finite number in [minimum, maximum]; `exclusive_minimum` makes it > minimum.
    std::optional<double> number(const Json& value, const std::string& pointer, double minimum,
                                 double maximum, bool exclusive_minimum = false);

    /// `object[key]` read as text or a number; reported when missing or wrong.
    std::optional<std::string> required_text(const Json& object, const std::string& pointer,
                                             std::string_view key);
    std::optional<double> required_number(const Json& object, const std::string& pointer,
                                          std::string_view key, double minimum, double maximum,
                                          bool exclusive_minimum = false);

    /// `object[key]`, an array of names of `Enum` (core/enum_names.hpp), as a set. Reports
    /// it missing when `required`, empty when `non_empty`, and each unknown or repeated
    /// name as "unknown <kind> 'x'" or "repeats <kind> 'x'".
    template <NamedEnum Enum>
    std::set<Enum> name_set(const Json& object, const std::string& pointer, std::string_view key,
                            std::string_view kind, bool required, bool non_empty) {
        std::set<Enum> result;
        const Json* list = member(object, pointer, key, required);
        if (list == nullptr) return result;
        const std::string list_pointer = child(pointer, key);
        if (!expect_array(*list, list_pointer)) return result;
        if (non_empty && list->empty()) report(list_pointer, "must not be empty");
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto name = text((*list)[i], child(list_pointer, i));
            if (!name) continue;
            const auto value = from_string<Enum>(*name);
            if (!value) {
                report(child(list_pointer, i), "unknown " + std::string(kind) + " '" + *name + "'");
            } else if (!result.insert(*value).second) {
                report(child(list_pointer, i), "repeats " + std::string(kind) + " '" + *name + "'");
            }
        }
        return result;
    }

    const std::string& file_label() const { return file_label_; }
    std::size_t problem_count() const { return problems_.size(); }

  private:
    std::string file_label_;
    Problems& problems_;
};

}  // namespace mealplan::json_input

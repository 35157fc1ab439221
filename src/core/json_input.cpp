#include "core/json_input.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace mealplan::json_input {
namespace {

/// The byte offset where nesting first exceeds kMaxDepth, if it does. Brackets inside
/// strings do not count.
std::optional<std::size_t> too_deep_at(std::string_view text) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                in_string = false;
            }
            continue;
        }
        if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxDepth) return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::nullopt;
}

std::string format_number(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

template <class Document>
Result<Document> parse_as(std::string_view text, std::string_view file_label) {
    const std::string label(file_label);
    if (const auto offset = too_deep_at(text)) {
        return Problem{label, "invalid JSON at byte " + std::to_string(*offset) +
                                  ": nested deeper than " + std::to_string(kMaxDepth) + " levels"};
    }
    try {
        return Document::parse(text.begin(), text.end());
    } catch (const Json::parse_error& error) {
        // nlohmann's message starts with "[json.exception.parse_error.101] parse error at
        // line 1, column 2: ..."; keep the part after "parse error" for the user.
        std::string message = error.what();
        const auto at = message.find("parse error");
        if (at != std::string::npos) message = message.substr(at);
        return Problem{label,
                       "invalid JSON at byte " + std::to_string(error.byte) + ": " + message};
    } catch (const Json::out_of_range& error) {
        // A number too large for a double (1e400): nlohmann names the token but not where
        // it is, so the first occurrence of the token gives the place.
        const std::string message = error.what();
        const auto open = message.find('\'');
        const auto close = message.rfind('\'');
        if (open != std::string::npos && close > open + 1) {
            const std::string token = message.substr(open + 1, close - open - 1);
            const auto at = text.find(token);
            if (at != std::string_view::npos) {
                const auto line = 1 + std::count(text.begin(), text.begin() + at, '\n');
                const auto line_start = text.rfind('\n', at);
                const auto column =
                    at - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1;
                return Problem{label, "invalid JSON at byte " + std::to_string(at) + ": line " +
                                          std::to_string(line) + ", column " +
                                          std::to_string(column) + ": the number " + token +
                                          " is out of range"};
            }
        }
        return Problem{label, "invalid JSON: a number is out of range"};
    } catch (const Json::exception& error) {
        return Problem{label, std::string("invalid JSON: ") + error.what()};
    }
}

}  // namespace

Result<Json> parse(std::string_view text, std::string_view file_label) {
    return parse_as<Json>(text, file_label);
}

Result<nlohmann::ordered_json> parse_ordered(std::string_view text, std::string_view file_label) {
    return parse_as<nlohmann::ordered_json>(text, file_label);
}

std::string child(const std::string& pointer, std::string_view token) {
    std::string escaped;
    for (const char c : token) {
        if (c == '~') {
            escaped += "~0";
        } else if (c == '/') {
            escaped += "~1";
        } else {
            escaped += c;
        }
    }
    return pointer + "/" + escaped;
}

std::string child(const std::string& pointer, std::size_t index) {
    return pointer + "/" + std::to_string(index);
}

void Checker::report(const std::string& pointer, std::string what) {
    problems_.push_back({file_label_ + ":" + (pointer.empty() ? "/" : pointer), std::move(what)});
}

const Json* Checker::member(const Json& object, const std::string& pointer, std::string_view key,
                            bool required) {
    if (!object.is_object()) return nullptr;
    const auto it = object.find(std::string(key));
    if (it == object.end()) {
        if (required) report(child(pointer, key), "is missing");
        return nullptr;
    }
    return &*it;
}

void Checker::only_members(const Json& object, const std::string& pointer,
                           std::initializer_list<std::string_view> allowed) {
    if (!object.is_object()) return;
    for (const auto& [key, value] : object.items()) {
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            report(child(pointer, key), "unknown member");
        }
    }
}

bool Checker::expect_object(const Json& value, const std::string& pointer) {
    if (value.is_object()) return true;
    report(pointer, "must be an object");
    return false;
}

bool Checker::expect_array(const Json& value, const std::string& pointer) {
    if (value.is_array()) return true;
    report(pointer, "must be an array");
    return false;
}

std::optional<std::string> Checker::text(const Json& value, const std::string& pointer,
                                         bool allow_empty) {
    if (!value.is_string()) {
        report(pointer, allow_empty ? "must be a string" : "must be a non-empty string");
        return std::nullopt;
    }
    auto result = value.get<std::string>();
    if (!allow_empty && result.empty()) {
        report(pointer, "must be a non-empty string");
        return std::nullopt;
    }
    return result;
}

std::optional<bool> Checker::boolean(const Json& value, const std::string& pointer) {
    if (!value.is_boolean()) {
        report(pointer, "must be true or false");
        return std::nullopt;
    }
    return value.get<bool>();
}

std::optional<double> Checker::number(const Json& value, const std::string& pointer, double minimum,
                                      double maximum, bool exclusive_minimum) {
    const std::string range = std::string(exclusive_minimum ? "> " : "≥ ") +
                              format_number(minimum) + " and ≤ " + format_number(maximum);
    if (!value.is_number()) {
        report(pointer, "must be a number " + range);
        return std::nullopt;
    }
    const double result = value.get<double>();
    const bool below = exclusive_minimum ? !(result > minimum) : !(result >= minimum);
    if (!std::isfinite(result) || below || result > maximum) {
        report(pointer, "must be a number " + range);
        return std::nullopt;
    }
    return result;
}

std::optional<std::string> Checker::required_text(const Json& object, const std::string& pointer,
                                                  std::string_view key) {
    const Json* value = member(object, pointer, key);
    if (value == nullptr) return std::nullopt;
    return text(*value, child(pointer, key));
}

std::optional<double> Checker::required_number(const Json& object, const std::string& pointer,
                                               std::string_view key, double minimum, double maximum,
                                               bool exclusive_minimum) {
    const Json* value = member(object, pointer, key);
    if (value == nullptr) return std::nullopt;
    return number(*value, child(pointer, key), minimum, maximum, exclusive_minimum);
}

}  // namespace mealplan::json_input

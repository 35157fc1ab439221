#include "core/json_input.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <set>
#include <sstream>
#include <utility>
#include <vector>

namespace mealplan::json_input {
namespace {

/// Calls `visit(i)` for each byte offset i outside JSON strings, in order (a string's
/// quotes and escapes count as inside it), so that the checks below read brackets and
/// numbers as the parser will. `visit` returns how many bytes it read (at least 1), or 0
/// to stop.
template <class Visit>
void for_each_outside_strings(std::string_view text, Visit visit) {
    bool in_string = false;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (in_string) {
            if (c == '"') in_string = false;
            i += c == '\\' ? 2 : 1;
            continue;
        }
        if (c == '"') {
            in_string = true;
            ++i;
            continue;
        }
        const std::size_t read = visit(i);
        if (read == 0) return;
        i += read;
    }
}

/// The byte offset where nesting first exceeds kMaxDepth, if it does.
std::optional<std::size_t> too_deep_at(std::string_view text) {
    std::optional<std::size_t> found;
    int depth = 0;
    for_each_outside_strings(text, [&](std::size_t i) -> std::size_t {
        const char c = text[i];
        if (c == '[' || c == '{') {
            if (++depth > kMaxDepth) {
                found = i;
                return 0;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
        return 1;
    });
    return found;
}

/// Line and column of byte `at`, as "line L, column C".
std::string line_and_column(std::string_view text, std::size_t at) {
    const auto line = 1 + std::count(text.begin(), text.begin() + at, '\n');
    const auto line_start = text.rfind('\n', at);
    const auto column = at - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1;
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

/// The first number outside strings too small for a double (1e-400), which the parser
/// would read as 0 where the LP and CSV readers refuse it: its byte offset and text.
std::optional<std::pair<std::size_t, std::string>> underflow_at(std::string_view text) {
    std::optional<std::pair<std::size_t, std::string>> found;
    for_each_outside_strings(text, [&](std::size_t i) -> std::size_t {
        const char c = text[i];
        if (c != '-' && (c < '0' || c > '9')) return 1;
        std::size_t end = i;
        bool exponent = false;
        while (end < text.size() &&
               std::string_view("+-0123456789.eE").find(text[end]) != std::string_view::npos) {
            exponent = exponent || text[end] == 'e' || text[end] == 'E';
            ++end;
        }
        const std::string token(text.substr(i, end - i));
        if (exponent) {
            errno = 0;
            const double value = std::strtod(token.c_str(), nullptr);
            if (errno == ERANGE && std::abs(value) < std::numeric_limits<double>::min()) {
                found = std::pair{i, token};
                return 0;
            }
        }
        return end - i;
    });
    return found;
}

/// Thrown by the parser callback at the first member named twice in one object.
struct DuplicateKey {
    std::string pointer;
};

/// Follows the parse to know the JSON pointer of each value, and throws DuplicateKey when
/// an object names a member twice (nlohmann keeps the last value and drops the others).
class DuplicateKeyCheck {
  public:
    template <class Document>
    bool operator()(int /*depth*/, nlohmann::detail::parse_event_t event, Document& parsed) {
        using Event = nlohmann::detail::parse_event_t;
        switch (event) {
            case Event::object_start:
                frames_.push_back(Frame{true, {}, {}, 0});
                break;
            case Event::array_start:
                frames_.push_back(Frame{false, {}, {}, 0});
                break;
            case Event::key: {
                Frame& object = frames_.back();
                object.key = parsed.template get<std::string>();
                if (!object.keys.insert(object.key).second) throw DuplicateKey{pointer()};
                break;
            }
            case Event::object_end:
            case Event::array_end:
                frames_.pop_back();
                element_done();
                break;
            case Event::value:
                element_done();
                break;
        }
        return true;
    }

  private:
    struct Frame {
        bool is_object = false;
        std::set<std::string> keys;
        std::string key;            ///< the member being read, in an object
        std::size_t completed = 0;  ///< elements already read, in an array
    };

    void element_done() {
        if (!frames_.empty() && !frames_.back().is_object) ++frames_.back().completed;
    }

    std::string pointer() const {
        std::string text;
        for (const Frame& frame : frames_) {
            text = frame.is_object ? child(text, frame.key) : child(text, frame.completed);
        }
        return text;
    }

    std::vector<Frame> frames_;
};

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
    if (const auto underflow = underflow_at(text)) {
        return Problem{label, "invalid JSON at byte " + std::to_string(underflow->first) + ": " +
                                  line_and_column(text, underflow->first) + ": the number " +
                                  underflow->second +
                                  " is too small for a double (it would read as 0)"};
    }
    try {
        return Document::parse(text.begin(), text.end(), DuplicateKeyCheck{});
    } catch (const DuplicateKey& duplicate) {
        return Problem{label + ":" + duplicate.pointer,
                       "is given twice in its object; each member may appear once"};
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
                return Problem{label, "invalid JSON at byte " + std::to_string(at) + ": " +
                                          line_and_column(text, at) + ": the number " + token +
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

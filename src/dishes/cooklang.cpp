#include "dishes/cooklang.hpp"

#include <cmath>

#include "core/text.hpp"
#include "core/utf8.hpp"

namespace mealplan {
namespace {

constexpr std::size_t kMaxRecipeBytes = std::size_t{1} << 20;
constexpr std::size_t kMaxLineBytes = 10000;
constexpr int kMaxStepLines = 200;

bool is_blank(char c) {
    return c == ' ' || c == '\t';
}

/// ASCII punctuation ends a one-word name ("@salt," is salt); "_" does not, and neither
/// does any byte of a UTF-8 sequence ("@jalapeño").
bool ends_word(char c) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80) return false;
    if (is_blank(c)) return true;
    return c != '_' && !std::isalnum(byte);
}

bool all_digits(std::string_view text) {
    if (text.empty()) return false;
    for (const char c : text) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

/// "2", "1.5", ".5" → the number; anything else (signs, exponents, words) → nullopt.
std::optional<double> plain_number(std::string_view text) {
    if (text.empty()) return std::nullopt;
    const auto dot = text.find('.');
    const auto whole = text.substr(0, dot);
    const auto fraction = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    if (dot == std::string_view::npos
            ? !all_digits(whole)
            : (!whole.empty() && !all_digits(whole)) || !all_digits(fraction)) {
        return std::nullopt;
    }
    const auto value = parse_number<double>(text);
    if (!value || !std::isfinite(*value)) return std::nullopt;
    return value;
}

std::optional<double> fraction(std::string_view text) {
    const auto slash = text.find('/');
    if (slash == std::string_view::npos) return plain_number(text);
    const auto numerator = plain_number(trimmed(text.substr(0, slash)));
    const auto denominator = plain_number(trimmed(text.substr(slash + 1)));
    if (!numerator || !denominator || !(*denominator > 0.0)) return std::nullopt;
    return *numerator / *denominator;
}

/// Splits the text into lines, without their "\n" or "\r\n".
std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = text.find('\n', start);
        auto line = text.substr(start, end == std::string_view::npos ? end : end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    if (!lines.empty() && lines.back().empty()) lines.pop_back();
    return lines;
}

/// The parse of one recipe: its lines, what is found in them and what is wrong.
class CooklangReader {
  public:
    explicit CooklangReader(std::string_view file_label) : label_(file_label) {}

    Result<CookRecipe> read(std::string_view text) {
        if (text.size() > kMaxRecipeBytes) {
            report(1, "the file is over 1 MB; a recipe is a few kilobytes");
            return std::move(problems_);
        }
        const auto lines = split_lines(text);
        std::size_t first_body_line = 0;
        if (!lines.empty() && trimmed(lines.front()) == "---") {
            first_body_line = read_front_matter(lines);
        }
        bool in_block_comment = false;
        int block_comment_line = 0;
        for (std::size_t i = first_body_line; i < lines.size(); ++i) {
            const int number = static_cast<int>(i + 1);
            if (lines[i].size() > kMaxLineBytes) {
                report(number, "the line is over 10,000 bytes");
                continue;
            }
            if (!is_valid_utf8(lines[i])) {
                report(number, "is not valid UTF-8 text");
                continue;
            }
            const bool was_in_comment = in_block_comment;
            const std::string cleaned = without_comments(lines[i], in_block_comment);
            if (in_block_comment && !was_in_comment) block_comment_line = number;
            read_line(cleaned, number);
        }
        if (in_block_comment) report(block_comment_line, "the block comment '[-' is never closed");
        end_step();
        if (!problems_.empty()) return std::move(problems_);
        return std::move(recipe_);
    }

  private:
    void report(int line, std::string what) {
        problems_.push_back({label_ + ":" + std::to_string(line), std::move(what)});
    }

    /// Reads the front matter that starts at the first line; returns the index of the
    /// line after its closing "---".
    std::size_t read_front_matter(const std::vector<std::string_view>& lines) {
        std::string last_key;
        for (std::size_t i = 1; i < lines.size(); ++i) {
            const int number = static_cast<int>(i + 1);
            const std::string_view line = lines[i];
            if (trimmed(line) == "---") return i + 1;
            if (line.size() > kMaxLineBytes || !is_valid_utf8(line)) {
                report(number, "the line is over 10,000 bytes or not UTF-8");
                continue;
            }
            const std::string text = trimmed(line);
            if (text.empty() || text.front() == '#') continue;
            if (is_blank(line.front()) || text.front() == '-') {
                // Nested YAML (a list or a map under the key before): kept as text.
                if (last_key.empty()) {
                    report(number, "an indented line or a list item before any key");
                } else {
                    auto& value = recipe_.metadata[last_key];
                    value += value.empty() ? text : " " + text;
                }
                continue;
            }
            const auto colon = text.find(':');
            if (colon == std::string::npos) {
                report(number, "front matter lines are 'key: value'");
                continue;
            }
            last_key = lowercase(trimmed(text.substr(0, colon)));
            add_metadata(last_key, unquoted(trimmed(text.substr(colon + 1))), number);
        }
        report(1, "the front matter opened by '---' is never closed by another '---'");
        return lines.size();
    }

    static std::string unquoted(std::string text) {
        if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') &&
            text.back() == text.front()) {
            return text.substr(1, text.size() - 2);
        }
        return text;
    }

    void add_metadata(const std::string& key, std::string value, int line) {
        if (key.empty()) {
            report(line, "a metadata key is empty");
        } else if (!recipe_.metadata_lines.emplace(key, line).second) {
            report(line, "metadata '" + key + "' is given twice (first on line " +
                             std::to_string(recipe_.metadata_lines[key]) + ")");
        } else {
            recipe_.metadata[key] = std::move(value);
        }
    }

    /// The line without its comments: "-- …" to the end of the line, "[- … -]" blocks,
    /// which may go on over the next lines (`in_block` carries that over).
    static std::string without_comments(std::string_view line, bool& in_block) {
        std::string out;
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (in_block) {
                if (line.compare(i, 2, "-]") == 0) {
                    in_block = false;
                    ++i;
                }
                continue;
            }
            if (line.compare(i, 2, "[-") == 0) {
                in_block = true;
                ++i;
                continue;
            }
            if (line.compare(i, 2, "--") == 0) break;
            out += line[i];
        }
        return out;
    }

    void end_step() {
        if (!step_.text.empty()) recipe_.steps.push_back(std::move(step_));
        step_ = {};
        step_lines_ = 0;
    }

    void read_line(const std::string& line, int number) {
        const std::string text = trimmed(line);
        if (text.empty()) {
            end_step();
            return;
        }
        if (text.starts_with(">>")) {
            end_step();
            const auto colon = text.find(':');
            if (colon == std::string::npos) {
                report(number, "metadata lines are '>> key: value'");
                return;
            }
            add_metadata(lowercase(trimmed(text.substr(2, colon - 2))),
                         trimmed(text.substr(colon + 1)), number);
            return;
        }
        if (text.front() == '=') {
            end_step();
            const auto first = text.find_first_not_of('=');
            const auto last = text.find_last_not_of('=');
            section_ =
                first == std::string::npos ? "" : trimmed(text.substr(first, last - first + 1));
            return;
        }
        if (text.front() == '>') {
            end_step();
            recipe_.notes.push_back(trimmed(text.substr(1)));
            return;
        }
        if (step_.text.empty()) {
            step_.line = number;
            step_.section = section_;
        }
        if (++step_lines_ == kMaxStepLines + 1) {
            report(number, "the step that starts on line " + std::to_string(step_.line) +
                               " goes on for over 200 lines; end steps with a blank line");
        }
        if (!step_.text.empty()) step_.text += ' ';
        step_.text += read_components(text, number);
    }

    struct Component {
        std::string name;
        bool braces = false;
        std::string quantity;  ///< before "%", trimmed
        std::string unit;      ///< after "%", trimmed
        bool has_unit = false;
        std::string note;
        std::size_t end = 0;  ///< index after the component
    };

    /// Reads the component whose name starts at `start` (after "@", "#" or "~" and any
    /// modifiers); nullopt when there is none (a lone "@"), or after reporting a problem.
    std::optional<Component> read_component(const std::string& line, std::size_t start, int number,
                                            bool name_optional) {
        Component component;
        std::size_t brace = std::string::npos;
        for (std::size_t j = start; j < line.size(); ++j) {
            const char c = line[j];
            if (c == '{') {
                brace = j;
                break;
            }
            if (c == '@' || c == '#' || c == '~') break;
        }
        if (brace != std::string::npos) {
            component.name = trimmed(std::string_view(line).substr(start, brace - start));
            // A one-word name, then text, then a later brace: the braces belong to no
            // name unless the words between are the name (the multi-word form).
            const auto close = line.find('}', brace + 1);
            if (close == std::string::npos) {
                report(number, "'{' after '" + component.name + "' is never closed by '}'");
                return std::nullopt;
            }
            const std::string inside = line.substr(brace + 1, close - brace - 1);
            if (inside.find('{') != std::string::npos) {
                report(number, "'{' inside the braces of '" + component.name + "'");
                return std::nullopt;
            }
            component.braces = true;
            const auto percent = inside.find('%');
            component.quantity = trimmed(inside.substr(0, percent));
            if (percent != std::string::npos) {
                component.has_unit = true;
                component.unit = trimmed(inside.substr(percent + 1));
            }
            component.end = close + 1;
            if (component.end < line.size() && line[component.end] == '(') {
                const auto paren = line.find(')', component.end);
                if (paren != std::string::npos) {
                    component.note = trimmed(std::string_view(line).substr(
                        component.end + 1, paren - component.end - 1));
                    component.end = paren + 1;
                }
            }
        } else {
            std::size_t end = start;
            while (end < line.size() && !ends_word(line[end])) ++end;
            component.name = line.substr(start, end - start);
            component.end = end;
        }
        if (component.name.empty() && !name_optional) return std::nullopt;
        return component;
    }

    /// The amount of a component, or nullopt after reporting why it is not one.
    std::optional<std::optional<double>> amount_of(const Component& component, int number,
                                                   std::string_view what) {
        if (component.quantity.empty()) {
            if (component.has_unit && !component.unit.empty()) {
                report(number, std::string(what) + " '" + component.name + "' has a unit ('" +
                                   component.unit + "') but no quantity");
                return std::nullopt;
            }
            return std::optional<double>{};
        }
        const auto amount = parse_cook_quantity(component.quantity);
        if (!amount) {
            std::string why = std::string(what) + " '" + component.name + "': quantity '" +
                              component.quantity + "' is not a number";
            if (component.quantity.find('-') != std::string::npos) {
                why += " (a range: give one number)";
            } else if (!component.has_unit &&
                       std::isdigit(static_cast<unsigned char>(component.quantity.front()))) {
                why += " (a unit goes after '%': {200%g})";
            }
            report(number, why);
            return std::nullopt;
        }
        return std::optional<double>{*amount};
    }

    /// The text of a step line with each component replaced by its name; records the
    /// components.
    std::string read_components(const std::string& line, int number) {
        std::string text;
        std::size_t i = 0;
        while (i < line.size()) {
            const char c = line[i];
            if (c != '@' && c != '#' && c != '~') {
                text += c;
                ++i;
                continue;
            }
            std::size_t start = i + 1;
            CookIngredient ingredient;
            if (c == '@') {
                if (start < line.size() && line[start] == '@') {
                    report(number,
                           "a recipe reference ('@@') cannot be planned: list its "
                           "ingredients instead");
                    return text;
                }
                while (start < line.size() && (line[start] == '?' || line[start] == '-' ||
                                               line[start] == '&' || line[start] == '+')) {
                    ingredient.optional |= line[start] == '?';
                    ingredient.hidden |= line[start] == '-';
                    ingredient.adds_to_earlier |= line[start] == '&';
                    ++start;
                }
            }
            if (start >= line.size() || is_blank(line[start])) {
                text += c;  // a lone "@", "#" or "~" is text
                ++i;
                continue;
            }
            auto component = read_component(line, start, number, c == '~');
            if (!component) return text;  // the rest of the line cannot be read
            i = component->end;
            text += component->name;
            if (c == '#') {
                recipe_.cookware.push_back(component->name);
                continue;
            }
            const auto amount = amount_of(*component, number, c == '@' ? "ingredient" : "timer");
            if (!amount) continue;
            if (c == '~') {
                recipe_.timers.push_back({component->name, *amount, component->unit, number});
                continue;
            }
            ingredient.name = component->name;
            ingredient.amount = *amount;
            ingredient.unit = component->unit;
            ingredient.note = component->note;
            ingredient.line = number;
            recipe_.ingredients.push_back(std::move(ingredient));
        }
        return text;
    }

    std::string label_;
    Problems problems_;
    CookRecipe recipe_;
    CookStep step_;
    int step_lines_ = 0;
    std::string section_;
};

}  // namespace

std::optional<double> parse_cook_quantity(std::string_view text) {
    const std::string quantity = trimmed(text);
    if (quantity.find('/') != std::string::npos) {
        const auto space = quantity.find(' ');
        if (space != std::string::npos && space < quantity.find('/') &&
            std::isdigit(
                static_cast<unsigned char>(quantity[quantity.find_first_not_of(' ', space)]))) {
            // "1 1/2": a whole number and a fraction.
            const auto whole = plain_number(quantity.substr(0, space));
            const auto part = fraction(trimmed(quantity.substr(space + 1)));
            if (!whole || !part || std::floor(*whole) != *whole) return std::nullopt;
            return *whole + *part;
        }
        return fraction(quantity);
    }
    return plain_number(quantity);
}

Result<CookRecipe> parse_cooklang(std::string_view text, std::string_view file_label) {
    return CooklangReader(file_label).read(text);
}

}  // namespace mealplan

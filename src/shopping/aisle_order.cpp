#include "shopping/aisle_order.hpp"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "core/files.hpp"
#include "core/json_input.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"

namespace mealplan {
namespace {

/// Adds `aisle` (read at `place`) to `order` unless already there; reports a name that is
/// not UTF-8 or not a known aisle.
void add_aisle(std::vector<std::string>& order, std::string aisle, const std::string& place,
               const std::vector<std::string>& known_aisles, Problems& problems) {
    if (!is_valid_utf8(aisle)) {
        problems.push_back({place, "an aisle's name must be UTF-8 text"});
        return;
    }
    if (!known_aisles.empty() &&
        std::none_of(known_aisles.begin(), known_aisles.end(),
                     [&](const std::string& known) { return equal_ignoring_case(known, aisle); })) {
        std::string names;
        for (const std::string& known : known_aisles) names += (names.empty() ? "" : ", ") + known;
        problems.push_back({place, "unknown aisle \"" + aisle + "\"; the aisles are: " + names});
        return;
    }
    if (std::none_of(order.begin(), order.end(),
                     [&](const std::string& known) { return equal_ignoring_case(known, aisle); })) {
        order.push_back(std::move(aisle));
    }
}

}  // namespace

Result<std::vector<std::string>> parse_aisle_order(std::string_view text,
                                                   std::string_view file_label,
                                                   const std::vector<std::string>& known_aisles) {
    const std::string label(file_label);
    std::vector<std::string> order;
    Problems problems;
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && text[first] == '[') {
        auto parsed = json_input::parse(text, label);
        if (!parsed) return std::move(parsed).problems();
        const nlohmann::json& document = *parsed;
        for (std::size_t i = 0; i < document.size(); ++i) {
            const auto& entry = document[i];
            const std::string place = label + ":/" + std::to_string(i);
            if (!entry.is_string() || trimmed(entry.get<std::string>()).empty()) {
                problems.push_back({place, "must be an aisle's name, as a non-empty string"});
                continue;
            }
            add_aisle(order, trimmed(entry.get<std::string>()), place, known_aisles, problems);
        }
    } else {
        std::size_t start = 0;
        for (int line_number = 1; start <= text.size(); ++line_number) {
            const auto end = std::min(text.find('\n', start), text.size());
            const auto line = trimmed(text.substr(start, end - start));
            if (!line.empty() && line.front() != '#') {
                add_aisle(order, line, label + ":" + std::to_string(line_number), known_aisles,
                          problems);
            }
            start = end + 1;
        }
    }
    if (!problems.empty()) return problems;
    if (order.empty()) return Problem{label, "lists no aisles"};
    return order;
}

Result<std::vector<std::string>> load_aisle_order(const std::filesystem::path& path,
                                                  const std::vector<std::string>& known_aisles) {
    constexpr std::size_t kMaxAisleFileBytes = std::size_t{1} << 20;
    auto text = read_file(path, kMaxAisleFileBytes);
    if (!text) return std::move(text).problems();
    return parse_aisle_order(*text, path.string(), known_aisles);
}

}  // namespace mealplan

#include "shopping/aisle_order.hpp"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "core/files.hpp"
#include "shopping/text.hpp"

namespace mealplan {
namespace {

void add_once(std::vector<std::string>& order, std::string aisle) {
    const auto same = [&aisle](const std::string& known) {
        return lowercase(known) == lowercase(aisle);
    };
    if (std::none_of(order.begin(), order.end(), same)) order.push_back(std::move(aisle));
}

}  // namespace

Result<std::vector<std::string>> parse_aisle_order(std::string_view text,
                                                   std::string_view file_label) {
    const std::string label(file_label);
    std::vector<std::string> order;
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && text[first] == '[') {
        nlohmann::json document;
        try {
            document = nlohmann::json::parse(text);
        } catch (const nlohmann::json::parse_error& error) {
            return Problem{label, "not valid JSON: " + json_error_text(error.what())};
        }
        Problems problems;
        for (std::size_t i = 0; i < document.size(); ++i) {
            const auto& entry = document[i];
            if (!entry.is_string() || trimmed(entry.get<std::string>()).empty()) {
                problems.push_back({label + ":/" + std::to_string(i),
                                    "must be an aisle's name, as a non-empty string"});
                continue;
            }
            add_once(order, trimmed(entry.get<std::string>()));
        }
        if (!problems.empty()) return problems;
    } else {
        std::size_t start = 0;
        while (start <= text.size()) {
            const auto end = std::min(text.find('\n', start), text.size());
            const auto line = trimmed(text.substr(start, end - start));
            if (!line.empty() && line.front() != '#') add_once(order, line);
            start = end + 1;
        }
    }
    if (order.empty()) return Problem{label, "lists no aisles"};
    return order;
}

Result<std::vector<std::string>> load_aisle_order(const std::filesystem::path& path) {
    constexpr std::size_t kMaxAisleFileBytes = std::size_t{1} << 20;
    auto text = read_file(path, kMaxAisleFileBytes);
    if (!text) return std::move(text).problems();
    return parse_aisle_order(*text, path.string());
}

}  // namespace mealplan

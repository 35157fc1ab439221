#include "io/format_text.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <unordered_set>

namespace mealplan::solver {

std::vector<std::string> make_unique_names(const std::vector<std::string>& names,
                                           std::string (*make_legal)(const std::string&),
                                           std::vector<std::string> taken) {
    std::unordered_set<std::string> used(taken.begin(), taken.end());
    std::vector<std::string> result;
    result.reserve(names.size());
    for (const auto& name : names) {
        const std::string legal = make_legal(name);
        std::string candidate = legal;
        for (int suffix = 2; used.count(candidate) > 0; ++suffix) {
            candidate = legal + "_" + std::to_string(suffix);
        }
        used.insert(candidate);
        result.push_back(std::move(candidate));
    }
    return result;
}

std::string format_number(double value) {
    if (std::isinf(value)) return value > 0 ? "1e+30" : "-1e+30";
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

}  // namespace mealplan::solver

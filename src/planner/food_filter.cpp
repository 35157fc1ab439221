#include "planner/food_filter.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

#include "core/text.hpp"

namespace mealplan {
namespace {

/// Lower-case words of a name, with a plural "s" dropped so "eggs" and "egg" compare equal.
std::vector<std::string> name_words(std::string_view text) {
    std::vector<std::string> words;
    std::string current;
    auto flush = [&] {
        if (current.size() > 3 && current.back() == 's' && current[current.size() - 2] != 's') {
            current.pop_back();
        }
        if (!current.empty()) words.push_back(current);
        current.clear();
    };
    for (char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            current.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        } else {
            flush();
        }
    }
    flush();
    return words;
}

/// True when `needle` (as words) occurs as a contiguous run of whole words of `haystack`.
bool contains_words(const std::vector<std::string>& haystack,
                    const std::vector<std::string>& needle) {
    if (needle.empty() || needle.size() > haystack.size()) return false;
    for (std::size_t start = 0; start + needle.size() <= haystack.size(); ++start) {
        if (std::equal(needle.begin(), needle.end(), haystack.begin() + static_cast<long>(start))) {
            return true;
        }
    }
    return false;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0u : 1u)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

}  // namespace

Result<std::set<FoodId>, std::string> resolve_exclusions(const Catalogue& catalogue,
                                                         const std::vector<std::string>& texts) {
    std::set<FoodId> ids;
    std::vector<std::string> problems;
    for (const std::string& raw : texts) {
        std::string text = raw;
        text.erase(0, text.find_first_not_of(" \t"));
        text.erase(text.find_last_not_of(" \t") + 1);
        if (text.empty()) continue;
        const std::string lower = lowercase(text);
        const std::vector<std::string> needle = name_words(text);
        bool matched = false;
        for (const Food& food : catalogue.foods) {
            if (food.id == text || lowercase(food.aisle) == lower ||
                lowercase(food.name) == lower || contains_words(name_words(food.name), needle)) {
                ids.insert(food.id);
                matched = true;
            }
        }
        if (!matched) {
            std::string what = "no food, name or aisle matches \"" + text + "\"";
            const std::vector<std::string> suggestions = closest_names(catalogue, text);
            if (!suggestions.empty()) {
                what += "; did you mean ";
                for (std::size_t i = 0; i < suggestions.size(); ++i) {
                    if (i > 0) what += i + 1 == suggestions.size() ? " or " : ", ";
                    what += "\"" + suggestions[i] + "\"";
                }
                what += "?";
            }
            problems.push_back(std::move(what));
        }
    }
    if (!problems.empty()) return problems;
    return ids;
}

std::vector<std::string> closest_names(const Catalogue& catalogue, const std::string& text,
                                       std::size_t limit) {
    const std::string lower = lowercase(text);
    // Candidates: whole names, single name words and aisles, each scored by how far the
    // typed text is from it; a substring hit beats any edit distance.
    std::vector<std::pair<std::size_t, std::string>> scored;
    std::set<std::string> seen;
    auto consider = [&](const std::string& candidate) {
        const std::string key = lowercase(candidate);
        if (candidate.empty() || !seen.insert(key).second) return;
        std::size_t score =
            key.find(lower) != std::string::npos ? 0 : 1 + edit_distance(lower, key);
        scored.emplace_back(score, candidate);
    };
    for (const Food& food : catalogue.foods) {
        consider(food.aisle);
        for (const std::string& word : name_words(food.name)) consider(word);
    }
    for (const Food& food : catalogue.foods) consider(food.name);
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> out;
    const std::size_t worst = std::max<std::size_t>(3, lower.size() / 2 + 1);
    for (const auto& [score, name] : scored) {
        if (out.size() >= limit) break;
        if (score > worst) break;
        out.push_back(name);
    }
    return out;
}

bool FoodFilter::allows(const Food& food) const {
    if (excluded.count(food.id) > 0) return false;
    if (food.diets.count(diet) == 0) return false;
    for (Allergen allergen : food.allergens) {
        if (avoid.count(allergen) > 0) return false;
    }
    return true;
}

}  // namespace mealplan

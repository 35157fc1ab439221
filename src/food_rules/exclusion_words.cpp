#include "food_rules/exclusion_words.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace mealplan {
namespace {

bool ends_with(std::string_view text, std::string_view ending) {
    return text.size() >= ending.size() && text.substr(text.size() - ending.size()) == ending;
}

}  // namespace

std::string ExclusionWords::stem(std::string word) const {
    for (const StemRule& rule : stemming) {
        if (!ends_with(word, rule.suffix) || word.size() < rule.min_length) continue;
        if (std::any_of(rule.unless_ends.begin(), rule.unless_ends.end(),
                        [&](const std::string& ending) { return ends_with(word, ending); })) {
            continue;
        }
        word.resize(word.size() - rule.suffix.size());
        return word + rule.replace;
    }
    return word;
}

std::vector<std::string> ExclusionWords::stemmed_words(std::string_view text) const {
    std::vector<std::string> words = words_of(text);
    for (std::string& word : words) word = stem(std::move(word));
    return words;
}

const ExclusionEntry* ExclusionWords::entry_for(const std::vector<std::string>& words) const {
    for (const ExclusionEntry& entry : entries) {
        if (std::find(entry.words.begin(), entry.words.end(), words) != entry.words.end())
            return &entry;
    }
    return nullptr;
}

}  // namespace mealplan

#include "catalogue/food_criteria.hpp"

#include <algorithm>
#include <array>

namespace mealplan {
namespace {

/// The letter a code point of Latin-1 Supplement (U+00C0–U+00FF) folds to, lower-cased,
/// as Unicode NFKD without its combining marks gives it ("é" → 'e'); 0 where that leaves
/// no ASCII letter ("æ", "ß", "×"), which then separates words, as in tools/food_rules.py.
char folded_latin1(unsigned code_point) {
    static constexpr std::array<char, 64> kFold{
        'a', 'a', 'a', 'a', 'a', 'a', 0,   'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
        0,   'n', 'o', 'o', 'o', 'o', 'o', 0,   0,   'u', 'u', 'u', 'u', 'y', 0,   0,
        'a', 'a', 'a', 'a', 'a', 'a', 0,   'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
        0,   'n', 'o', 'o', 'o', 'o', 'o', 0,   0,   'u', 'u', 'u', 'u', 'y', 0,   'y'};
    if (code_point < 0xC0 || code_point > 0xFF) return 0;
    return kFold[code_point - 0xC0];
}

}  // namespace

std::vector<std::string> rule_words(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    const auto end_word = [&] {
        if (!word.empty()) words.push_back(std::move(word));
        word.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9')) {
            word += static_cast<char>(byte);
        } else if (byte >= 'A' && byte <= 'Z') {
            word += static_cast<char>(byte - 'A' + 'a');
        } else if ((byte == 0xC3) && i + 1 < text.size() &&
                   (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
            // Two-byte UTF-8 for U+00C0–U+00FF: 0xC3 then 0x80–0xBF.
            const unsigned code_point = 0xC0 + (static_cast<unsigned char>(text[i + 1]) - 0x80);
            ++i;
            if (const char letter = folded_latin1(code_point)) {
                word += letter;
            } else {
                end_word();
            }
        } else {
            end_word();
        }
    }
    end_word();
    return words;
}

bool has_phrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase) {
    if (phrase.empty() || phrase.size() > words.size()) return false;
    return std::search(words.begin(), words.end(), phrase.begin(), phrase.end()) != words.end();
}

FoodFacts facts_of(const Food& food) {
    return {rule_words(food.usda_description.empty() ? food.name : food.usda_description),
            food.usda_food_group, food.allergens};
}

bool matches(const FoodCriterion& criterion, const FoodFacts& facts) {
    const auto& words = facts.description_words;
    if (!criterion.food_groups.empty() &&
        std::find(criterion.food_groups.begin(), criterion.food_groups.end(), facts.food_group) ==
            criterion.food_groups.end()) {
        return false;
    }
    const auto occurs = [&](const std::vector<std::string>& phrase) {
        return has_phrase(words, phrase);
    };
    if (!criterion.words_any.empty() &&
        std::none_of(criterion.words_any.begin(), criterion.words_any.end(), occurs)) {
        return false;
    }
    if (std::any_of(criterion.words_none.begin(), criterion.words_none.end(), occurs)) {
        return false;
    }
    const auto starts = [&](const std::vector<std::string>& phrase) {
        return !phrase.empty() && phrase.size() <= words.size() &&
               std::equal(phrase.begin(), phrase.end(), words.begin());
    };
    if (!criterion.starts_any.empty() &&
        std::none_of(criterion.starts_any.begin(), criterion.starts_any.end(), starts)) {
        return false;
    }
    if (!criterion.allergens_any.empty() &&
        std::none_of(criterion.allergens_any.begin(), criterion.allergens_any.end(),
                     [&](Allergen allergen) { return facts.allergens.count(allergen) != 0; })) {
        return false;
    }
    return true;
}

bool matches_any(const std::vector<FoodCriterion>& criteria, const FoodFacts& facts) {
    return std::any_of(criteria.begin(), criteria.end(),
                       [&](const FoodCriterion& criterion) { return matches(criterion, facts); });
}

}  // namespace mealplan

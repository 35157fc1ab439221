#pragma once
// What the words of an exclusion mean (data/exclusion-words.json, schema
// "mealplan.exclusion-words/1"): the plural endings a word is stemmed by, so that "tomatoes"
// and "tomato" are one word, and the entries for words whose plain matching would mean too
// much or too little ("milk" is cow's milk to drink, "nuts" every tree nut and peanut food).

#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "core/problems.hpp"
#include "food_rules/selector.hpp"

namespace mealplan {

/// A plural ending: a word ending in `suffix`, of at least `min_length` letters and not
/// ending in one of `unless_ends`, ends in `replace` instead ("berries" → "berry").
struct StemRule {
    std::string suffix;
    std::string replace;
    std::size_t min_length = 1;
    std::vector<std::string> unless_ends;
};

/// Words that mean exactly the entry's foods.
struct ExclusionEntry {
    std::string id;
    std::vector<std::vector<std::string>> words;  ///< each phrase stemmed
    std::string meaning;                          ///< for people
    FoodSelector foods;
    std::string source;  ///< empty when the file gives none
};

struct ExclusionWords {
    std::vector<StemRule> stemming;
    std::vector<ExclusionEntry> entries;

    /// `word` (lower case) with its plural ending reduced by the first rule that applies.
    std::string stem(std::string word) const;
    /// The words of `text` (core/text.hpp words_of), each stemmed.
    std::vector<std::string> stemmed_words(std::string_view text) const;
    /// The entry one of whose words stems to `words`, or nullptr.
    const ExclusionEntry* entry_for(const std::vector<std::string>& words) const;
};

inline constexpr std::string_view kExclusionWordsSchema = "mealplan.exclusion-words/1";

/// Parses and validates an exclusion-words file against `catalogue`; no two entries may
/// claim words that stem alike. Every problem is reported with `file_label` and its JSON
/// pointer.
Result<ExclusionWords> parse_exclusion_words(std::string_view json_text,
                                             std::string_view file_label,
                                             const Catalogue& catalogue);

}  // namespace mealplan

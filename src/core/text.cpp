#include "core/text.hpp"

#include <algorithm>
#include <cctype>

namespace mealplan {
namespace {

char lower(char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

/// The base letter of a Latin-1 letter U+00C0–U+00FF ("é" → 'e'), or 0 for the signs and
/// letters that have none (×, ÷, Æ, Ø, ß, Þ, Ð), which separate words.
char folded_latin1(unsigned code) {
    // One entry per code point from U+00C0 (a char array: the entries hold '\0').
    static constexpr char kBase[] =
        "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0\0"
        "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0y";
    if (code < 0xC0 || code > 0xFF) return 0;
    return kBase[code - 0xC0];
}

}  // namespace

bool is_kebab_case(std::string_view text) {
    if (text.empty() || text.front() == '-' || text.back() == '-') return false;
    char previous = ' ';
    for (const char c : text) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!allowed || (c == '-' && previous == '-')) return false;
        previous = c;
    }
    return true;
}

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    const auto end_word = [&] {
        if (!word.empty()) words.push_back(std::move(word));
        word.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            if (std::isalnum(byte)) {
                word.push_back(lower(static_cast<char>(byte)));
            } else {
                end_word();
            }
            continue;
        }
        // A multi-byte UTF-8 sequence: decode the two-byte ones (Latin-1 letters and the
        // combining accents U+0300–U+036F); anything else separates words.
        unsigned code = 0;
        std::size_t length = 1;
        if ((byte & 0xE0U) == 0xC0U && i + 1 < text.size()) {
            code = ((byte & 0x1FU) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3FU);
            length = 2;
        } else {
            while (i + length < text.size() &&
                   (static_cast<unsigned char>(text[i + length]) & 0xC0U) == 0x80U) {
                ++length;
            }
        }
        i += length - 1;
        if (code >= 0x300 && code <= 0x36F) continue;  // a combining accent joins its letter
        if (const char base = folded_latin1(code); base != 0) {
            word.push_back(base);
        } else {
            end_word();
        }
    }
    end_word();
    return words;
}

bool has_phrase(std::span<const std::string> words, std::span<const std::string> phrase) {
    if (phrase.empty() || phrase.size() > words.size()) return false;
    for (std::size_t start = 0; start + phrase.size() <= words.size(); ++start) {
        if (std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<long>(start)))
            return true;
    }
    return false;
}

bool starts_with_phrase(std::span<const std::string> words, std::span<const std::string> phrase) {
    if (phrase.empty() || phrase.size() > words.size()) return false;
    return std::equal(phrase.begin(), phrase.end(), words.begin());
}

std::string trimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    return std::string(text);
}

std::string lowercase(std::string_view text) {
    std::string result(text);
    for (char& c : result) c = lower(c);
    return result;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
}

}  // namespace mealplan

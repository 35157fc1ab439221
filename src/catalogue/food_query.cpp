#include "catalogue/food_query.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "catalogue/source_tags.hpp"
#include "core/text.hpp"

namespace mealplan {
namespace {

/// Lower case, with runs of spaces, dashes and underscores made one underscore.
std::string normalise_name(std::string_view text) {
    std::string result;
    for (const char c : lowercase(text)) {
        const bool separator = c == ' ' || c == '-' || c == '_';
        if (separator) {
            if (!result.empty() && result.back() != '_') result.push_back('_');
        } else {
            result.push_back(c);
        }
    }
    while (!result.empty() && result.back() == '_') result.pop_back();
    return result;
}

/// The key without its unit suffix: "magnesium_mg" → "magnesium".
std::string key_without_unit(std::string_view key) {
    for (const std::string_view suffix : {"_kcal", "_mg", "_ug", "_g"}) {
        if (key.size() > suffix.size() && key.substr(key.size() - suffix.size()) == suffix) {
            return std::string(key.substr(0, key.size() - suffix.size()));
        }
    }
    return std::string(key);
}

const std::map<std::string, Nutrient>& name_table() {
    static const std::map<std::string, Nutrient> table = [] {
        std::map<std::string, Nutrient> names;
        for (const auto& entry : all_nutrients()) {
            names.emplace(std::string(entry.key), entry.nutrient);
            const std::string bare = key_without_unit(entry.key);
            names.emplace(bare, entry.nutrient);
            if (bare.rfind("vitamin_", 0) == 0) {
                // "vitamin_d" is also "d"; "vitamin_b6" also "b6".
                names.emplace(bare.substr(8), entry.nutrient);
            }
        }
        const std::pair<const char*, Nutrient> aliases[] = {
            {"b1", Nutrient::ThiaminMg},
            {"thiamine", Nutrient::ThiaminMg},
            {"b2", Nutrient::RiboflavinMg},
            {"b3", Nutrient::NiacinMg},
            {"b5", Nutrient::PantothenicAcidMg},
            {"pantothenic", Nutrient::PantothenicAcidMg},
            {"b9", Nutrient::FolateDfeUg},
            {"folate", Nutrient::FolateDfeUg},
            {"vitamin_a", Nutrient::VitaminARaeUg},
            {"a", Nutrient::VitaminARaeUg},
            {"energy", Nutrient::EnergyKcal},
            {"calories", Nutrient::EnergyKcal},
            {"kcal", Nutrient::EnergyKcal},
            {"fibre", Nutrient::FiberG},
            {"carbs", Nutrient::CarbohydrateG},
        };
        for (const auto& [alias, nutrient] : aliases) names.emplace(alias, nutrient);
        // "vitamin b1" → "vitamin_b1" for every B-vitamin number.
        for (const auto& [alias, nutrient] : aliases) {
            if (alias[0] == 'b') names.emplace("vitamin_" + std::string(alias), nutrient);
        }
        return names;
    }();
    return table;
}

std::vector<std::string> query_terms(std::string_view text) {
    std::vector<std::string> words;
    std::string current;
    for (const char c : lowercase(text)) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!current.empty()) words.push_back(std::move(current));
            current.clear();
        } else {
            current.push_back(c);
        }
    }
    if (!current.empty()) words.push_back(std::move(current));
    return words;
}

}  // namespace

std::optional<Nutrient> nutrient_from_name(std::string_view name) {
    const auto& table = name_table();
    const auto it = table.find(normalise_name(name));
    if (it == table.end()) return std::nullopt;
    return it->second;
}

std::vector<std::string> nutrient_names_for_help() {
    std::vector<std::string> names;
    for (const auto& entry : all_nutrients()) {
        if (entry.auxiliary) continue;
        std::string bare = key_without_unit(entry.key);
        names.push_back(bare + " (" + std::string(entry.key) + ")");
    }
    return names;
}

bool matches_all_words(std::string_view text, std::string_view query) {
    const std::string haystack = lowercase(text);
    const auto words = query_terms(query);
    return std::all_of(words.begin(), words.end(), [&](const std::string& word) {
        return haystack.find(word) != std::string::npos;
    });
}

std::vector<const Food*> search_foods(const std::vector<const Food*>& foods,
                                      std::string_view text) {
    std::vector<const Food*> matches;
    for (const Food* food : foods) {
        if (matches_all_words(food->name + "\n" + food->usda_description, text)) {
            matches.push_back(food);
        }
    }
    return matches;
}

std::vector<SourceRanking> rank_sources(const std::vector<const Food*>& foods, Nutrient nutrient) {
    const bool has_daily_value = info(nutrient).daily_value.has_value();
    std::vector<SourceRanking> ranking;
    for (const Food* food : foods) {
        const auto per_100g = food->per_100g[index(nutrient)];
        if (!per_100g) continue;
        SourceRanking entry;
        entry.food = food;
        entry.amount_per_serving = *per_100g * food->serving_grams / 100.0;
        entry.percent_daily_value = percent_daily_value(nutrient, per_100g, food->serving_grams);
        const auto claim = food->sources.find(nutrient);
        if (claim != food->sources.end()) entry.level = claim->second;
        if (has_daily_value ? entry.level.has_value() : entry.amount_per_serving > 0.0) {
            ranking.push_back(entry);
        }
    }
    std::stable_sort(ranking.begin(), ranking.end(),
                     [](const SourceRanking& a, const SourceRanking& b) {
                         return a.amount_per_serving > b.amount_per_serving;
                     });
    return ranking;
}

}  // namespace mealplan

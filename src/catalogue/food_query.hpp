#pragma once
// Questions a person asks of the catalogue: which foods match these words, which foods
// are the best sources of a nutrient, and what nutrient they mean by "b12".

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"

namespace mealplan {

/// The nutrient a person means: the JSON key ("magnesium_mg"), the key without its unit
/// ("magnesium", "vitamin_d"), dashes or spaces for underscores ("vitamin-d"), or a
/// B-vitamin number ("b1", "b6", "b12", "vitamin b12"). Case-insensitive.
std::optional<Nutrient> nutrient_from_name(std::string_view name);

/// The names nutrient_from_name() accepts, one per nutrient (the shortest forms), for
/// error messages.
std::vector<std::string> nutrient_names_for_help();

/// Foods whose name or USDA description contains every word of `text` (case-insensitive),
/// in catalogue order. Empty text matches every food.
std::vector<const Food*> search_foods(const std::vector<const Food*>& foods, std::string_view text);

/// One food's contribution of a nutrient in one reference serving.
struct SourceRanking {
    const Food* food = nullptr;
    double amount_per_serving = 0.0;            ///< in the nutrient's unit
    std::optional<double> percent_daily_value;  ///< absent when the FDA sets no DV
    std::optional<SourceLevel> level;           ///< the 21 CFR 101.54 claim, if any
};

/// The sources of `nutrient` among `foods`, best first. Where the nutrient has a Daily
/// Value only foods with a claim (good or excellent) are listed, by % DV per serving;
/// otherwise (water, caffeine) every food with a known amount above zero, by amount per
/// serving. Ties keep catalogue order.
std::vector<SourceRanking> rank_sources(const std::vector<const Food*>& foods, Nutrient nutrient);

}  // namespace mealplan

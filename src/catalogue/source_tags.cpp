#include "catalogue/source_tags.hpp"

namespace mealplan {
namespace {

constexpr double kGoodPercent = 10.0;
constexpr double kExcellentPercent = 20.0;
// Amounts come from per-100 g values scaled to a serving, so an exact 10 % can land a
// rounding error below it (42 mg of a 420 mg DV); a relative tolerance keeps such a
// food on the side of the boundary the numbers mean.
constexpr double kRelativeTolerance = 1e-9;

bool at_least(double percent, double threshold) {
    return percent >= threshold * (1.0 - kRelativeTolerance);
}

}  // namespace

std::optional<SourceLevel> source_level(std::optional<double> amount_per_serving,
                                        std::optional<double> daily_value) {
    if (!amount_per_serving || !daily_value || *daily_value <= 0.0) return std::nullopt;
    const double percent = *amount_per_serving / *daily_value * 100.0;
    if (at_least(percent, kExcellentPercent)) return SourceLevel::Excellent;
    if (at_least(percent, kGoodPercent)) return SourceLevel::Good;
    return std::nullopt;
}

bool can_be_claimed(Nutrient nutrient) {
    switch (nutrient) {
        case Nutrient::EnergyKcal:
        case Nutrient::FatG:
        case Nutrient::CarbohydrateG:
        case Nutrient::SodiumMg:
            return false;
        default:
            return info(nutrient).daily_value.has_value() && !info(nutrient).auxiliary;
    }
}

std::optional<double> percent_daily_value(Nutrient nutrient, std::optional<double> per_100g,
                                          double serving_grams) {
    const auto daily_value = info(nutrient).daily_value;
    if (!per_100g || !daily_value || *daily_value <= 0.0) return std::nullopt;
    return *per_100g * serving_grams / 100.0 / *daily_value * 100.0;
}

std::map<Nutrient, SourceLevel> derive_sources(const NutrientValues& per_100g,
                                               double serving_grams) {
    std::map<Nutrient, SourceLevel> sources;
    for (const auto& entry : all_nutrients()) {
        if (!can_be_claimed(entry.nutrient)) continue;
        const auto value = per_100g[index(entry.nutrient)];
        if (!value) continue;
        const auto level = source_level(*value * serving_grams / 100.0, entry.daily_value);
        if (level) sources.emplace(entry.nutrient, *level);
    }
    return sources;
}

}  // namespace mealplan

#pragma once
// The nutrients mealplan tracks: their keys (as used in every JSON file), units, USDA SR28
// nutrient numbers and FDA Daily Values. Everything else refers to a nutrient by the
// Nutrient enum and converts to and from the key only at the edges (loaders, writers).

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace mealplan {

enum class Nutrient {
    EnergyKcal,
    ProteinG,
    FatG,
    CarbohydrateG,
    FiberG,
    WaterG,
    CalciumMg,
    MagnesiumMg,
    PotassiumMg,
    SodiumMg,
    IronMg,
    ZincMg,
    PhosphorusMg,
    CopperMg,
    ManganeseMg,
    SeleniumUg,
    VitaminARaeUg,
    VitaminCMg,
    VitaminDUg,
    VitaminEMg,
    VitaminKUg,
    ThiaminMg,
    RiboflavinMg,
    NiacinMg,
    VitaminB6Mg,
    FolateDfeUg,
    VitaminB12Ug,
    PantothenicAcidMg,
    CholineMg,
    CaffeineMg,
    // The forms some upper limits are restricted to (DRI table footnotes): the vitamin A
    // UL counts preformed vitamin A (retinol) only, the folate UL synthetic folic acid
    // only, the vitamin E UL added alpha-tocopherol only. Tracked so those ULs can be
    // applied to the right amount; never shown as targets of their own.
    RetinolUg,
    FolicAcidUg,
    VitaminEAddedMg,
    VitaminB12AddedUg,
};

inline constexpr std::size_t kNutrientCount = 34;

/// Static facts about one nutrient.
struct NutrientInfo {
    Nutrient nutrient;
    std::string_view key;          ///< JSON key with its unit, e.g. "magnesium_mg".
    std::string_view label;        ///< For people, e.g. "Magnesium", "Thiamin (B1)".
    std::string_view unit;         ///< "mg", "µg", "g", "kcal".
    std::string_view sr28_number;  ///< USDA SR28 Nutr_No, e.g. "304".
    /// FDA Daily Value for adults and children 4+ (21 CFR 101.9(c), 2016 rule), in the
    /// nutrient's unit; absent where the FDA sets none (water, caffeine, energy forms).
    std::optional<double> daily_value;
    bool auxiliary;  ///< A form tracked for upper-limit scope only (retinol, folic acid…).
};

/// All nutrients, in enum order (the order reports use after the headline groups).
const std::array<NutrientInfo, kNutrientCount>& all_nutrients();

const NutrientInfo& info(Nutrient nutrient);

/// The nutrient with this JSON key, if any.
std::optional<Nutrient> nutrient_from_key(std::string_view key);

/// The nutrient with this SR28 nutrient number, if tracked.
std::optional<Nutrient> nutrient_from_sr28_number(std::string_view number);

/// The groups the product leads with (magnesium, calcium, vitamin D, thiamin, B6, B12),
/// in report order. Water (hydration) and caffeine (a limit) follow them in reports.
const std::array<Nutrient, 6>& headline_nutrients();

inline constexpr std::size_t index(Nutrient nutrient) { return static_cast<std::size_t>(nutrient); }

/// Amounts of every nutrient; std::nullopt means "unknown", which is never the same as 0.
using NutrientValues = std::array<std::optional<double>, kNutrientCount>;

/// Amounts where unknown values have been resolved (for sums and models).
using NutrientAmounts = std::array<double, kNutrientCount>;

}  // namespace mealplan

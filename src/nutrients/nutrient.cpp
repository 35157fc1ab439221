#include "nutrients/nutrient.hpp"

#include <stdexcept>

namespace mealplan {
namespace {

using N = Nutrient;
constexpr std::optional<double> kNoDv = std::nullopt;

// Daily Values: 21 CFR 101.9(c)(8)(iv) and (c)(9), as revised in 2016 (81 FR 33742).
constexpr std::array<NutrientInfo, kNutrientCount> kNutrients{{
    {N::EnergyKcal, "energy_kcal", "Energy", "kcal", "208", 2000.0, false},
    {N::ProteinG, "protein_g", "Protein", "g", "203", 50.0, false},
    {N::FatG, "fat_g", "Fat", "g", "204", 78.0, false},
    {N::CarbohydrateG, "carbohydrate_g", "Carbohydrate", "g", "205", 275.0, false},
    {N::FiberG, "fiber_g", "Fiber", "g", "291", 28.0, false},
    {N::WaterG, "water_g", "Water", "g", "255", kNoDv, false},
    {N::CalciumMg, "calcium_mg", "Calcium", "mg", "301", 1300.0, false},
    {N::MagnesiumMg, "magnesium_mg", "Magnesium", "mg", "304", 420.0, false},
    {N::PotassiumMg, "potassium_mg", "Potassium", "mg", "306", 4700.0, false},
    {N::SodiumMg, "sodium_mg", "Sodium", "mg", "307", 2300.0, false},
    {N::IronMg, "iron_mg", "Iron", "mg", "303", 18.0, false},
    {N::ZincMg, "zinc_mg", "Zinc", "mg", "309", 11.0, false},
    {N::PhosphorusMg, "phosphorus_mg", "Phosphorus", "mg", "305", 1250.0, false},
    {N::CopperMg, "copper_mg", "Copper", "mg", "312", 0.9, false},
    {N::ManganeseMg, "manganese_mg", "Manganese", "mg", "315", 2.3, false},
    {N::SeleniumUg, "selenium_ug", "Selenium", "µg", "317", 55.0, false},
    {N::VitaminARaeUg, "vitamin_a_rae_ug", "Vitamin A", "µg", "320", 900.0, false},
    {N::VitaminCMg, "vitamin_c_mg", "Vitamin C", "mg", "401", 90.0, false},
    {N::VitaminDUg, "vitamin_d_ug", "Vitamin D", "µg", "328", 20.0, false},
    {N::VitaminEMg, "vitamin_e_mg", "Vitamin E", "mg", "323", 15.0, false},
    {N::VitaminKUg, "vitamin_k_ug", "Vitamin K", "µg", "430", 120.0, false},
    {N::ThiaminMg, "thiamin_mg", "Thiamin (B1)", "mg", "404", 1.2, false},
    {N::RiboflavinMg, "riboflavin_mg", "Riboflavin (B2)", "mg", "405", 1.3, false},
    {N::NiacinMg, "niacin_mg", "Niacin (B3)", "mg", "406", 16.0, false},
    {N::VitaminB6Mg, "vitamin_b6_mg", "Vitamin B6", "mg", "415", 1.7, false},
    {N::FolateDfeUg, "folate_dfe_ug", "Folate", "µg", "435", 400.0, false},
    {N::VitaminB12Ug, "vitamin_b12_ug", "Vitamin B12", "µg", "418", 2.4, false},
    {N::PantothenicAcidMg, "pantothenic_acid_mg", "Pantothenic acid", "mg", "410", 5.0, false},
    {N::CholineMg, "choline_mg", "Choline", "mg", "421", 550.0, false},
    {N::CaffeineMg, "caffeine_mg", "Caffeine", "mg", "262", kNoDv, false},
    {N::RetinolUg, "retinol_ug", "Retinol (preformed vitamin A)", "µg", "319", kNoDv, true},
    {N::FolicAcidUg, "folic_acid_ug", "Folic acid", "µg", "431", kNoDv, true},
    {N::VitaminEAddedMg, "vitamin_e_added_mg", "Vitamin E, added", "mg", "573", kNoDv, true},
    {N::VitaminB12AddedUg, "vitamin_b12_added_ug", "Vitamin B12, added", "µg", "578", kNoDv,
     true},
}};

constexpr bool table_is_in_enum_order() {
    for (std::size_t i = 0; i < kNutrients.size(); ++i) {
        if (static_cast<std::size_t>(kNutrients[i].nutrient) != i) return false;
    }
    return true;
}
static_assert(table_is_in_enum_order(), "kNutrients must list nutrients in enum order");

constexpr std::array<Nutrient, 6> kHeadline{N::MagnesiumMg, N::CalciumMg,   N::VitaminDUg,
                                            N::ThiaminMg,   N::VitaminB6Mg, N::VitaminB12Ug};

}  // namespace

const std::array<NutrientInfo, kNutrientCount>& all_nutrients() { return kNutrients; }

const NutrientInfo& info(Nutrient nutrient) {
    const auto position = index(nutrient);
    if (position >= kNutrients.size()) throw std::out_of_range("unknown Nutrient value");
    return kNutrients[position];
}

std::optional<Nutrient> nutrient_from_key(std::string_view key) {
    for (const auto& entry : kNutrients) {
        if (entry.key == key) return entry.nutrient;
    }
    return std::nullopt;
}

std::optional<Nutrient> nutrient_from_sr28_number(std::string_view number) {
    for (const auto& entry : kNutrients) {
        if (entry.sr28_number == number) return entry.nutrient;
    }
    return std::nullopt;
}

const std::array<Nutrient, 6>& headline_nutrients() { return kHeadline; }

}  // namespace mealplan

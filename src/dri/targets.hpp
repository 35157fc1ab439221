#pragma once
// A person's nutrient targets from the US Dietary Reference Intakes (data/dri.json).

#include <array>
#include <filesystem>
#include <optional>
#include <string>

#include "core/problems.hpp"
#include "nutrients/nutrient.hpp"

namespace mealplan {

enum class Sex { Female, Male };
enum class ActivityLevel { Sedentary, LowActive, Active, VeryActive };

/// Who the plan is for. Age in years (fractional allowed); pregnancy and lactation only
/// for females of 14–50.
struct Profile {
    Sex sex = Sex::Female;
    double age_years = 30.0;
    bool pregnant = false;
    bool lactating = false;
    std::optional<double> energy_kcal;  ///< set by --kcal; overrides the estimate
    std::optional<double> weight_kg;
    std::optional<double> height_cm;
    std::optional<ActivityLevel> activity;
};

/// What an upper limit counts (from the DRI table footnotes).
enum class UpperLimitScope {
    Total,         ///< food + supplements (calcium, vitamin D, B6, iron, zinc …)
    Supplements,   ///< supplements and medicines only: never food (magnesium)
    AddedForms,    ///< synthetic/added forms only: folic acid, added niacin, added vitamin E
    Preformed,     ///< preformed vitamin A (retinol) only
};

struct NutrientTarget {
    std::optional<double> min;  ///< RDA, else AI; nullopt when there is no minimum
    std::string min_kind;       ///< "RDA", "AI", "AMDR", "EER" or "" when none
    /// The limit that applies to a plan of food: the UL when its scope is Total, the CDRR
    /// for sodium, the AMDR top for macronutrients, 400 mg for caffeine; nullopt otherwise.
    std::optional<double> max;
    std::optional<double> ul;  ///< the UL as published, whatever its scope
    UpperLimitScope ul_scope = UpperLimitScope::Total;
    std::string source;  ///< where the numbers come from, for reports
};

struct Targets {
    Profile profile;
    std::string life_stage;  ///< "Females 31-50 y", "Pregnancy 19-30 y" …
    double energy_kcal = 2000.0;
    double energy_tolerance = 0.1;  ///< relative: plans aim within ±10 % of energy_kcal
    std::array<NutrientTarget, kNutrientCount> by_nutrient{};

    const NutrientTarget& operator[](Nutrient nutrient) const { return by_nutrient[index(nutrient)]; }
    NutrientTarget& operator[](Nutrient nutrient) { return by_nutrient[index(nutrient)]; }
};

std::string_view to_string(Sex sex);
std::string_view to_string(ActivityLevel level);
std::string_view to_string(UpperLimitScope scope);
std::optional<Sex> sex_from_string(std::string_view text);
std::optional<ActivityLevel> activity_from_string(std::string_view text);

/// The DRI tables of data/dri.json.
struct DriTable;  // defined in dri/dri_table.hpp

/// The targets for a profile; problems name the option ("--age: …") when the profile is
/// outside the tables (under 1 year, pregnant male …).
Result<Targets> targets_for(const DriTable& table, const Profile& profile);

}  // namespace mealplan

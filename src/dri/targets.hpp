#pragma once
// A person's nutrient targets from the US Dietary Reference Intakes (data/dri.json).

#include <array>
#include <filesystem>
#include <optional>
#include <string>

#include "core/enum_names.hpp"
#include "core/problems.hpp"
#include "nutrients/nutrient.hpp"

namespace mealplan {

enum class Sex { Female, Male };
template <>
inline constexpr auto kEnumNames<Sex> = make_enum_names<Sex>({{Sex::Female, "female"},
                                                              {Sex::Male, "male"}});

/// The physical activity levels of the IOM 2005 energy equations.
enum class ActivityLevel { Sedentary, LowActive, Active, VeryActive };
template <>
inline constexpr auto kEnumNames<ActivityLevel> = make_enum_names<ActivityLevel>({
    {ActivityLevel::Sedentary, "sedentary"},
    {ActivityLevel::LowActive, "low-active"},
    {ActivityLevel::Active, "active"},
    {ActivityLevel::VeryActive, "very-active"},
});

/// The ages the DRI tables are planned for, in years: the infant groups (under 1) are not.
inline constexpr double kMinAgeYears = 1.0;
inline constexpr double kMaxAgeYears = 120.0;

/// Who the plan is for. Age in years (fractional allowed); pregnancy and lactation only
/// for females of 14–50. The defaults are the reference adult of the DRI reports: the
/// 19-30 year group whose reference body (163 cm, 57 kg for women) the reports use.
struct Profile {
    Sex sex = Sex::Female;
    double age_years = 30.0;
    bool pregnant = false;
    bool lactating = false;
    std::optional<double> energy_kcal;  ///< the person's own energy target; overrides the estimate
    std::optional<double> weight_kg;
    std::optional<double> height_cm;
    std::optional<ActivityLevel> activity;
};

/// What an upper limit counts (from the DRI table footnotes).
enum class UpperLimitScope {
    Total,        ///< food + supplements (calcium, vitamin D, B6, iron, zinc …)
    Supplements,  ///< supplements and medicines only: never food (magnesium)
    AddedForms,   ///< synthetic/added forms only: folic acid, added niacin, added vitamin E
    Preformed,    ///< preformed vitamin A (retinol) only
};
template <>
inline constexpr auto kEnumNames<UpperLimitScope> = make_enum_names<UpperLimitScope>({
    {UpperLimitScope::Total, "total"},
    {UpperLimitScope::Supplements, "supplements"},
    {UpperLimitScope::AddedForms, "added_forms"},
    {UpperLimitScope::Preformed, "preformed"},
});

/// The tracked form a UL of restricted scope counts: retinol for vitamin A, folic acid for
/// folate, added vitamin E for vitamin E; nullopt for any other nutrient (its UL counts the
/// nutrient itself, or a form the catalogue does not track, as added niacin).
std::optional<Nutrient> upper_limit_form(Nutrient nutrient);

struct NutrientTarget {
    /// RDA, else AI (or the AMDR floor for protein and carbohydrate when higher, the lower
    /// energy bound for energy); nullopt when there is no minimum.
    std::optional<double> min;
    std::string
        min_kind;  ///< "RDA", "AI", "AMDR", "EER", "kcal" (the person's own) or "" when none
    /// The limit that applies to a plan of food: the UL when its scope is Total, the CDRR
    /// for sodium, the AMDR top for macronutrients, the caffeine limit, the UL of the form a
    /// scoped UL counts (retinol_ug, folic_acid_ug, vitamin_e_added_mg); nullopt otherwise
    /// (magnesium: its UL never counts food; niacin: food data has no added-niacin field).
    std::optional<double> max;
    std::optional<double> ul;  ///< the UL as published, whatever its scope
    UpperLimitScope ul_scope = UpperLimitScope::Total;
    std::string source;  ///< where the numbers come from, for reports
    /// For protein, fat and carbohydrate: the AMDR in percent of energy that min and max
    /// were computed from (grams = energy × percent / 100 / 4 or 9 kcal per gram).
    std::optional<double> amdr_low_percent;
    std::optional<double> amdr_high_percent;
};

struct Targets {
    Profile profile;
    std::string life_stage;  ///< "Females 31-50 y", "Pregnancy 19-30 y" …
    double energy_kcal = 2000.0;
    /// Relative: plans aim within ±10 % of energy_kcal. A planning tolerance: the EER is
    /// the average need of people like this one, not a measurement of the person, and
    /// relative body weight over time is the real check of energy intake.
    double energy_tolerance = 0.1;
    std::string energy_source;  ///< how energy_kcal was found, for reports
    std::array<NutrientTarget, kNutrientCount> by_nutrient{};

    const NutrientTarget& operator[](Nutrient nutrient) const {
        return by_nutrient[index(nutrient)];
    }
    NutrientTarget& operator[](Nutrient nutrient) { return by_nutrient[index(nutrient)]; }
};

/// The DRI tables of data/dri.json.
struct DriTable;  // defined in dri/dri_table.hpp

/// The fields of a Profile, as its problems name them.
enum class ProfileField { Sex, Age, Pregnant, Lactating, EnergyKcal, WeightKg, HeightCm, Activity };

using ProfileProblem = FieldProblem<ProfileField>;

/// Every reason the profile cannot be planned for, each at the field it concerns: age not
/// in 1-120, pregnancy or lactation for a male or outside 14-50, both at once, an energy
/// target together with body measures, body measures given only in part, non-positive or
/// implausible numbers. Empty when the profile is supported.
std::vector<ProfileProblem> validate_profile(const Profile& profile);

/// "a female of 34 years" (", pregnancy" or ", lactation" added) when `table` has no
/// life-stage group for the profile, for a message that blames the table rather than the
/// profile; nullopt when it has one.
std::optional<std::string> missing_life_stage(const DriTable& table, const Profile& profile);

/// The targets for a profile: the DRI values of its life-stage group, energy (the
/// profile's own target; else the EER from weight, height and activity; else the EER of
/// the DRI reference body at the low-active level), macronutrient ranges in grams from the
/// AMDRs and the energy, and the caffeine limit. Problems are those of validate_profile,
/// a group missing from `table`, or an energy too low for a macronutrient's range.
Result<Targets, ProfileProblem> targets_for(const DriTable& table, const Profile& profile);

}  // namespace mealplan

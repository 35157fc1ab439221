#pragma once
// The DRI table shipped as data/dri.json: for every life-stage group from age 1 up, the
// minimum (RDA, else AI), the upper limit with its scope, the limit that applies to a plan
// of food, and the AMDR ranges, each value with its provenance. Generated from the DRI
// CSV tables by `mealplan import-dri` (dri/dri_import.hpp); never typed by hand.

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/problems.hpp"
#include "dri/targets.hpp"
#include "nutrients/nutrient.hpp"

namespace mealplan {

inline constexpr std::string_view kDriSchema = "mealplan.dri/1";

/// Pregnancy and lactation have life-stage groups of their own.
enum class LifeStageCondition { None, Pregnancy, Lactation };
template <>
inline constexpr auto kEnumNames<LifeStageCondition> = make_enum_names<LifeStageCondition>({
    {LifeStageCondition::None, "none"},
    {LifeStageCondition::Pregnancy, "pregnancy"},
    {LifeStageCondition::Lactation, "lactation"},
});

/// One nutrient's reference values for one life-stage group. Units are the nutrient's
/// own (nutrients/nutrient.hpp), e.g. water in grams, copper in mg.
struct DriValues {
    std::optional<double> min;  ///< RDA, else AI; nullopt when the tables set none
    std::string min_kind;       ///< "RDA" or "AI"; empty when there is no minimum
    std::string min_source;     ///< table (and footnote) the minimum comes from
    std::optional<double> ul;   ///< the UL as published; nullopt when not determined (ND)
    UpperLimitScope ul_scope = UpperLimitScope::Total;
    std::string ul_source;
    /// The limit that applies to a plan of food: the UL when it counts food, the sodium
    /// CDRR; nullopt when none applies (the magnesium UL never counts food).
    std::optional<double> max;
    std::string max_kind;  ///< "UL" or "CDRR"; empty when there is no max
    std::string max_source;

    bool operator==(const DriValues&) const = default;
};

/// An Acceptable Macronutrient Distribution Range, in percent of energy.
struct PercentRange {
    double low_percent = 0.0;
    double high_percent = 0.0;

    bool operator==(const PercentRange&) const = default;
};

/// One DRI life-stage group, e.g. "Females 31-50 y" or "Pregnancy 19-30 y".
struct LifeStage {
    std::string id;          ///< stable identifier, e.g. "females_31_50"
    std::string label;       ///< for people, e.g. "Females 31-50 y"
    std::optional<Sex> sex;  ///< nullopt: both sexes (children 1-8)
    LifeStageCondition condition = LifeStageCondition::None;
    double age_from_years = 0.0;  ///< inclusive
    double age_to_years = 0.0;    ///< exclusive
    std::array<std::optional<DriValues>, kNutrientCount> nutrients{};
    std::array<std::optional<PercentRange>, kNutrientCount> amdr{};  ///< protein, fat, carb
    std::string amdr_source;

    bool operator==(const LifeStage&) const = default;
};

/// The whole table (data/dri.json).
struct DriTable {
    /// Citations by short id ("iom_2011" → "Food and Nutrition Board …"), in file order.
    std::vector<std::pair<std::string, std::string>> sources;
    std::vector<LifeStage> life_stages;

    /// The group for this sex, age and condition, or nullptr when the table has none.
    const LifeStage* find(Sex sex, double age_years, LifeStageCondition condition) const;

    bool operator==(const DriTable&) const = default;
};

/// Parses and validates DRI JSON. `file_label` names the file in problems
/// ("dri.json:/life_stages/3/nutrients/calcium_mg/min: must be a number ≥ 0 or null").
/// Every problem of the file is reported, not only the first.
Result<DriTable> parse_dri(std::string_view json_text, std::string_view file_label);

/// Reads and parses a DRI file.
Result<DriTable> load_dri(const std::filesystem::path& path);

/// The table as JSON text in the shipped format: stable key order and number formatting,
/// so that the same table always gives the same bytes.
std::string dri_to_json(const DriTable& table);

}  // namespace mealplan

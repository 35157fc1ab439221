#include "dri/targets.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <tuple>

#include "dri/dri_table.hpp"
#include "dri/energy.hpp"

namespace mealplan {
namespace {

using N = Nutrient;

// Energy per gram (Atwater general factors), to turn AMDR percentages into grams.
constexpr double kKcalPerGramProtein = 4.0;
constexpr double kKcalPerGramCarbohydrate = 4.0;
constexpr double kKcalPerGramFat = 9.0;

// Bounds past which a number is a typo rather than a person.
constexpr double kMaxWeightKg = 650.0;
constexpr double kMaxHeightCm = 300.0;
constexpr double kMaxEnergyKcal = 10000.0;

/// Protein RDA in g per kg body weight (IOM 2002/2005, protein chapter): the g/d RDA of
/// the summary table is this times the reference weight. Used when the weight is known.
double protein_rda_g_per_kg(double age_years, LifeStageCondition condition) {
    if (condition == LifeStageCondition::Pregnancy) return 1.1;
    if (condition == LifeStageCondition::Lactation) return 1.3;
    if (age_years < 4) return 1.05;
    if (age_years < 14) return 0.95;
    if (age_years < 19) return 0.85;
    return 0.8;
}

/// The caffeine limit (not a DRI). 400 mg/day for healthy adults (US FDA; EFSA 2015
/// scientific opinion on the safety of caffeine); 200 mg/day in pregnancy (EFSA 2015,
/// ACOG) and lactation (EFSA 2015); for children and adolescents EFSA's 3 mg per kg body
/// weight per day.
std::pair<double, std::string> caffeine_limit_mg(const Profile& profile, double weight_kg) {
    if (profile.pregnant) {
        return {200.0, "not a DRI: commonly cited limit in pregnancy (EFSA 2015, ACOG)"};
    }
    if (profile.lactating) {
        return {200.0, "not a DRI: commonly cited limit while breastfeeding (EFSA 2015)"};
    }
    if (profile.age_years < 19) {
        return {std::min(400.0, std::round(3.0 * weight_kg)),
                fmt::format("not a DRI: 3 mg/kg body weight for children and adolescents "
                            "(EFSA 2015) × {:g} kg",
                            weight_kg)};
    }
    return {400.0, "not a DRI: commonly cited limit for healthy adults (US FDA, EFSA 2015)"};
}

LifeStageCondition condition_of(const Profile& profile) {
    if (profile.pregnant) return LifeStageCondition::Pregnancy;
    if (profile.lactating) return LifeStageCondition::Lactation;
    return LifeStageCondition::None;
}

std::string join_sources(const DriValues& values) {
    std::string joined;
    const auto append = [&joined](std::string_view label, const std::string& source) {
        if (source.empty()) return;
        if (!joined.empty()) joined += "; ";
        joined += label;
        joined += source;
    };
    append(values.min_kind.empty() ? "" : values.min_kind + ": ", values.min_source);
    append("UL: ", values.ul_source);
    if (values.max_source != values.ul_source) append(values.max_kind + ": ", values.max_source);
    return joined;
}

/// Sets min and max of a macronutrient from its AMDR; the AMDR floor replaces a lower RDA.
void apply_amdr(NutrientTarget& target, const PercentRange& range, double energy_kcal,
                double kcal_per_gram, const std::string& source) {
    const double low_g = energy_kcal * range.low_percent / 100.0 / kcal_per_gram;
    const double high_g = energy_kcal * range.high_percent / 100.0 / kcal_per_gram;
    target.amdr_low_percent = range.low_percent;
    target.amdr_high_percent = range.high_percent;
    if (!target.min || *target.min < low_g) {
        target.min = low_g;
        target.min_kind = "AMDR";
    }
    target.max = high_g;
    const std::string amdr_note = fmt::format("AMDR {:g}-{:g} % of energy ({})", range.low_percent,
                                              range.high_percent, source);
    target.source = target.source.empty() ? amdr_note : target.source + "; " + amdr_note;
}

}  // namespace

std::optional<Nutrient> upper_limit_form(Nutrient nutrient) {
    switch (nutrient) {
        case N::VitaminARaeUg:
            return N::RetinolUg;
        case N::FolateDfeUg:
            return N::FolicAcidUg;
        case N::VitaminEMg:
            return N::VitaminEAddedMg;
        default:
            return std::nullopt;
    }
}

std::vector<ProfileProblem> validate_profile(const Profile& profile) {
    using F = ProfileField;
    std::vector<ProfileProblem> problems;
    const double age = profile.age_years;
    const bool age_ok = std::isfinite(age) && age >= kMinAgeYears && age <= kMaxAgeYears;
    if (!std::isfinite(age)) {
        problems.push_back({F::Age, "must be a number of years"});
    } else if (age < kMinAgeYears) {
        problems.push_back({F::Age, fmt::format("must be at least {:g}: the infant DRIs (under 1 "
                                                "year) are not supported; got {}",
                                                kMinAgeYears, age)});
    } else if (age > kMaxAgeYears) {
        problems.push_back(
            {F::Age, fmt::format("must be at most {:g}; got {}", kMaxAgeYears, age)});
    }
    if (profile.pregnant && profile.lactating) {
        problems.push_back({F::Lactating, "cannot be combined with {}", {F::Pregnant}});
    }
    for (const auto& [set, field, state] :
         {std::tuple{profile.pregnant, F::Pregnant, "pregnancy"},
          std::tuple{profile.lactating, F::Lactating, "lactation"}}) {
        if (!set) continue;
        if (profile.sex == Sex::Male) {
            problems.push_back(
                {field, fmt::format("applies to {{}} {} only", to_string(Sex::Female)), {F::Sex}});
        } else if (age_ok && (age < 14.0 || age >= 51.0)) {
            problems.push_back(
                {field,
                 fmt::format("the DRI tables cover {} at ages 14 to 50; {{}} is {:g}", state, age),
                 {F::Age}});
        }
    }

    const auto check_positive = [&problems](const std::optional<double>& value, F field,
                                            const char* unit, double limit) {
        if (!value) return;
        if (!std::isfinite(*value) || *value <= 0.0) {
            problems.push_back(
                {field, fmt::format("must be a positive number of {}; got {:g}", unit, *value)});
        } else if (*value > limit) {
            problems.push_back({field, fmt::format("{:g} {} is not plausible (at most {:g})",
                                                   *value, unit, limit)});
        }
    };
    check_positive(profile.energy_kcal, F::EnergyKcal, "kcal", kMaxEnergyKcal);
    check_positive(profile.weight_kg, F::WeightKg, "kg", kMaxWeightKg);
    check_positive(profile.height_cm, F::HeightCm, "cm", kMaxHeightCm);

    const bool any_body = profile.weight_kg || profile.height_cm || profile.activity;
    const std::vector<F> body{F::WeightKg, F::HeightCm, F::Activity};
    if (profile.energy_kcal && any_body) {
        problems.push_back({F::EnergyKcal,
                            "sets the energy target directly: do not combine it with {}, {} or {}",
                            body});
    } else if (any_body) {
        for (const auto& [present, field] :
             {std::pair{profile.weight_kg.has_value(), F::WeightKg},
              std::pair{profile.height_cm.has_value(), F::HeightCm},
              std::pair{profile.activity.has_value(), F::Activity}}) {
            if (!present) {
                problems.push_back({field,
                                    "{}, {} and {} go together (the energy equations need all "
                                    "three); this one is missing",
                                    body});
            }
        }
    }
    return problems;
}

std::optional<std::string> missing_life_stage(const DriTable& table, const Profile& profile) {
    const LifeStageCondition condition = condition_of(profile);
    if (table.find(profile.sex, profile.age_years, condition) != nullptr) return std::nullopt;
    return fmt::format("a {} of {:g} years{}", to_string(profile.sex), profile.age_years,
                       condition == LifeStageCondition::None
                           ? ""
                           : std::string(", ") + std::string(to_string(condition)));
}

Result<Targets, ProfileProblem> targets_for(const DriTable& table, const Profile& profile) {
    if (auto problems = validate_profile(profile); !problems.empty()) return problems;
    if (auto missing = missing_life_stage(table, profile)) {
        return ProfileProblem{ProfileField::Age,
                              "the DRI table has no life-stage group for " + *missing};
    }
    const LifeStageCondition condition = condition_of(profile);
    const LifeStage* stage = table.find(profile.sex, profile.age_years, condition);

    Targets targets;
    targets.profile = profile;
    targets.life_stage = stage->label;

    const ReferenceBody reference = reference_body(profile.sex, profile.age_years);
    const double weight_kg = profile.weight_kg.value_or(reference.weight_kg);
    if (profile.energy_kcal) {
        targets.energy_kcal = *profile.energy_kcal;
        targets.energy_source = "the person's own target";
    } else {
        const bool measured = profile.weight_kg && profile.height_cm && profile.activity;
        const double height_cm = profile.height_cm.value_or(reference.height_cm);
        const ActivityLevel activity = profile.activity.value_or(ActivityLevel::LowActive);
        const double eer = estimated_energy_requirement_kcal(profile.sex, profile.age_years,
                                                             weight_kg, height_cm, activity);
        const double extra = condition_extra_kcal(condition);
        targets.energy_kcal = std::round(eer + extra);
        // Under 3 the equation uses weight only.
        const std::string inputs =
            profile.age_years < 3
                ? fmt::format("{:g} kg", weight_kg)
                : fmt::format("{}, {:g} cm, {:g} kg", to_string(activity), height_cm, weight_kg);
        targets.energy_source = fmt::format(
            "IOM 2005 EER equation, {}{}{}", inputs, measured ? "" : " (DRI reference body)",
            extra > 0.0 ? fmt::format(", +{:g} kcal for {}", extra, to_string(condition)) : "");
    }

    for (const auto& nutrient_info : all_nutrients()) {
        const auto& values = stage->nutrients[index(nutrient_info.nutrient)];
        if (!values) continue;
        auto& target = targets[nutrient_info.nutrient];
        target.min = values->min;
        target.min_kind = values->min_kind;
        target.max = values->max;
        target.ul = values->ul;
        target.ul_scope = values->ul_scope;
        target.source = join_sources(*values);
    }

    auto& protein = targets[N::ProteinG];
    if (profile.weight_kg && protein.min) {
        const double per_kg = protein_rda_g_per_kg(profile.age_years, condition);
        protein.min = per_kg * *profile.weight_kg;
        protein.min_kind = "RDA";
        protein.source =
            fmt::format("RDA {:g} g/kg × {:g} kg (IOM 2002/2005)", per_kg, *profile.weight_kg);
    }
    for (const auto& [nutrient, kcal_per_gram] :
         {std::pair{N::ProteinG, kKcalPerGramProtein}, std::pair{N::FatG, kKcalPerGramFat},
          std::pair{N::CarbohydrateG, kKcalPerGramCarbohydrate}}) {
        if (const auto& range = stage->amdr[index(nutrient)]) {
            apply_amdr(targets[nutrient], *range, targets.energy_kcal, kcal_per_gram,
                       stage->amdr_source);
        }
    }

    auto& energy = targets[N::EnergyKcal];
    energy.min = targets.energy_kcal * (1.0 - targets.energy_tolerance);
    energy.max = targets.energy_kcal * (1.0 + targets.energy_tolerance);
    energy.min_kind = profile.energy_kcal ? "kcal" : "EER";
    energy.source = targets.energy_source;

    auto& caffeine = targets[N::CaffeineMg];
    std::tie(caffeine.max, caffeine.source) = caffeine_limit_mg(profile, weight_kg);

    std::vector<ProfileProblem> problems;
    for (const auto& nutrient_info : all_nutrients()) {
        const auto& target = targets[nutrient_info.nutrient];
        if (target.min && target.max && *target.min > *target.max) {
            problems.push_back(
                {profile.energy_kcal ? ProfileField::EnergyKcal : ProfileField::WeightKg,
                 fmt::format("{:g} kcal is too little energy for the {} minimum ({:.0f} {}) to "
                             "fit its range",
                             targets.energy_kcal, nutrient_info.label, *target.min,
                             nutrient_info.unit)});
        }
    }
    if (!problems.empty()) return problems;
    return targets;
}

}  // namespace mealplan

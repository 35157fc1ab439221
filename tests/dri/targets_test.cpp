// A person's targets: the life-stage group, every nutrient's minimum and food limit,
// energy, macronutrient ranges in grams, caffeine, and every unsupported profile.

#include "dri/targets.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "dri/dri_table.hpp"
#include "test_tables.hpp"

namespace mealplan {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using testing::shipped_dri;
using N = Nutrient;

Profile person(Sex sex, double age) {
    Profile profile;
    profile.sex = sex;
    profile.age_years = age;
    return profile;
}

Targets targets_of(const Profile& profile) {
    auto result = targets_for(shipped_dri(), profile);
    if (!result) throw std::runtime_error(result.problems().front().what);
    return std::move(result).value();
}

/// The fields the problems of `profile` name (none when its targets can be found).
std::vector<ProfileField> fields_named(const Profile& profile) {
    std::vector<ProfileField> fields;
    const auto result = targets_for(shipped_dri(), profile);
    EXPECT_FALSE(result.ok());
    if (result.ok()) return fields;
    for (const auto& problem : result.problems()) {
        EXPECT_FALSE(problem.what.empty());
        fields.push_back(problem.field);
    }
    return fields;
}

TEST(TargetsFor, WomanOf34) {
    const Targets targets = targets_of(person(Sex::Female, 34));
    EXPECT_EQ(targets.life_stage, "Females 31-50 y");
    EXPECT_EQ(targets.energy_kcal, 2042.0);  // EER 2041.988 for 163 cm, 57 kg, low active
    EXPECT_EQ(targets[N::MagnesiumMg].min, 320.0);
    EXPECT_EQ(targets[N::MagnesiumMg].min_kind, "RDA");
    EXPECT_FALSE(targets[N::MagnesiumMg].max.has_value());
    EXPECT_EQ(targets[N::MagnesiumMg].ul, 350.0);
    EXPECT_EQ(targets[N::MagnesiumMg].ul_scope, UpperLimitScope::Supplements);
    EXPECT_EQ(targets[N::CalciumMg].min, 1000.0);
    EXPECT_EQ(targets[N::CalciumMg].max, 2500.0);
    EXPECT_EQ(targets[N::VitaminDUg].min, 15.0);
    EXPECT_EQ(targets[N::VitaminDUg].max, 100.0);
    EXPECT_EQ(targets[N::ThiaminMg].min, 1.1);
    EXPECT_FALSE(targets[N::ThiaminMg].max.has_value());
    EXPECT_EQ(targets[N::VitaminB6Mg].min, 1.3);
    EXPECT_EQ(targets[N::VitaminB6Mg].max, 100.0);
    EXPECT_EQ(targets[N::VitaminB12Ug].min, 2.4);
    EXPECT_EQ(targets[N::WaterG].min, 2700.0);
    EXPECT_EQ(targets[N::CaffeineMg].max, 400.0);
    EXPECT_FALSE(targets[N::CaffeineMg].min.has_value());
    EXPECT_EQ(targets[N::PotassiumMg].min, 2600.0);
    EXPECT_EQ(targets[N::SodiumMg].max, 2300.0);
    EXPECT_EQ(targets[N::IronMg].min, 18.0);
    EXPECT_FALSE(targets[N::FolateDfeUg].max.has_value());
    EXPECT_EQ(targets[N::FolateDfeUg].ul_scope, UpperLimitScope::AddedForms);
    EXPECT_EQ(targets[N::FolicAcidUg].max, 1000.0);
    EXPECT_EQ(targets[N::RetinolUg].max, 3000.0);
    EXPECT_FALSE(targets[N::NiacinMg].max.has_value());
}

TEST(TargetsFor, ManOf67) {
    const Targets targets = targets_of(person(Sex::Male, 67));
    EXPECT_EQ(targets.life_stage, "Males 51-70 y");
    EXPECT_EQ(targets.energy_kcal, 2320.0);  // EER 2319.849 for 177 cm, 70 kg, low active
    EXPECT_EQ(targets[N::MagnesiumMg].min, 420.0);
    EXPECT_EQ(targets[N::CalciumMg].min, 1000.0);
    EXPECT_EQ(targets[N::CalciumMg].max, 2000.0);
    EXPECT_EQ(targets[N::VitaminB6Mg].min, 1.7);
    EXPECT_EQ(targets[N::PotassiumMg].min, 3400.0);
    EXPECT_EQ(targets[N::WaterG].min, 3700.0);
    EXPECT_THAT(targets[N::VitaminB12Ug].source, HasSubstr("footnote h"));
}

TEST(TargetsFor, PregnancyLactationAndAChild) {
    Profile pregnant = person(Sex::Female, 25);
    pregnant.pregnant = true;
    const Targets pregnancy = targets_of(pregnant);
    EXPECT_EQ(pregnancy.life_stage, "Pregnancy 19-30 y");
    EXPECT_EQ(pregnancy[N::MagnesiumMg].min, 350.0);
    EXPECT_EQ(pregnancy[N::FolateDfeUg].min, 600.0);
    EXPECT_EQ(pregnancy[N::CaffeineMg].max, 200.0);
    EXPECT_EQ(pregnancy.energy_kcal, 2444.0);  // 2104.178 + 340 (second trimester)

    Profile breastfeeding = person(Sex::Female, 30);
    breastfeeding.lactating = true;
    const Targets lactation = targets_of(breastfeeding);
    EXPECT_EQ(lactation.life_stage, "Lactation 19-30 y");
    EXPECT_EQ(lactation[N::VitaminB6Mg].min, 2.0);
    EXPECT_EQ(lactation[N::WaterG].min, 3800.0);
    EXPECT_EQ(lactation.energy_kcal, 2400.0);  // 2069.628 + 330

    const Targets child = targets_of(person(Sex::Male, 6));
    EXPECT_EQ(child.life_stage, "Children 4-8 y");
    EXPECT_EQ(child[N::CalciumMg].min, 1000.0);
    EXPECT_EQ(child[N::CalciumMg].max, 2500.0);
    EXPECT_EQ(child[N::SodiumMg].max, 1500.0);  // CDRR 4-8 y
    EXPECT_EQ(child[N::MagnesiumMg].ul, 110.0);
    EXPECT_FALSE(child[N::MagnesiumMg].max.has_value());
    EXPECT_EQ(child[N::CaffeineMg].max, 60.0);  // 3 mg/kg × 20 kg reference weight
    EXPECT_EQ(child[N::ProteinG].amdr_high_percent, 30.0);
    EXPECT_EQ(child.energy_kcal, 1514.0);  // boys' equation, 115 cm, 20 kg, low active

    const Targets toddler = targets_of(person(Sex::Female, 2));
    EXPECT_EQ(toddler[N::SodiumMg].max, 1200.0);
    EXPECT_EQ(toddler.energy_kcal, 988.0);
    const Targets teenager = targets_of(person(Sex::Female, 10));
    EXPECT_EQ(teenager[N::SodiumMg].max, 1800.0);
}

TEST(TargetsFor, MacronutrientRangesInGramsFromEnergy) {
    Profile profile = person(Sex::Female, 34);
    profile.energy_kcal = 2000.0;
    const Targets targets = targets_of(profile);
    EXPECT_EQ(targets.energy_kcal, 2000.0);
    EXPECT_DOUBLE_EQ(*targets[N::EnergyKcal].min, 1800.0);
    EXPECT_DOUBLE_EQ(*targets[N::EnergyKcal].max, 2200.0);
    // Protein 10-35 %: 50-175 g; the 50 g AMDR floor is above the 46 g RDA.
    EXPECT_DOUBLE_EQ(*targets[N::ProteinG].min, 50.0);
    EXPECT_EQ(targets[N::ProteinG].min_kind, "AMDR");
    EXPECT_DOUBLE_EQ(*targets[N::ProteinG].max, 175.0);
    // Fat 20-35 % at 9 kcal/g; carbohydrate 45-65 % at 4 kcal/g.
    EXPECT_NEAR(*targets[N::FatG].min, 44.444, 1e-3);
    EXPECT_NEAR(*targets[N::FatG].max, 77.778, 1e-3);
    EXPECT_DOUBLE_EQ(*targets[N::CarbohydrateG].min, 225.0);
    EXPECT_DOUBLE_EQ(*targets[N::CarbohydrateG].max, 325.0);
}

TEST(TargetsFor, WeightHeightAndActivityGiveTheEerAndProteinPerKilogram) {
    Profile profile = person(Sex::Female, 40);
    profile.weight_kg = 100.0;
    profile.height_cm = 165.0;
    profile.activity = ActivityLevel::Sedentary;
    const Targets targets = targets_of(profile);
    EXPECT_EQ(targets.energy_kcal, 2211.0);  // 354 − 276.4 + 936 + 1197.9 = 2211.5 → 2211
    EXPECT_DOUBLE_EQ(*targets[N::ProteinG].min, 80.0);  // 0.8 g/kg × 100 kg > 10 % AMDR
    EXPECT_EQ(targets[N::ProteinG].min_kind, "RDA");
}

TEST(TargetsFor, TooLittleEnergyForTheMacronutrientMinimumsIsAProblem) {
    Profile profile = person(Sex::Female, 34);
    profile.energy_kcal = 500.0;  // 65 % is 81 g of carbohydrate, under the 130 g RDA
    EXPECT_THAT(fields_named(profile), Contains(ProfileField::EnergyKcal));
}

TEST(TargetsFor, EveryUnsupportedProfileNamesItsField) {
    const auto with = [](auto change) {
        Profile profile = person(Sex::Female, 30);
        change(profile);
        return profile;
    };
    EXPECT_THAT(fields_named(with([](Profile& p) { p.age_years = 0.5; })),
                Contains(ProfileField::Age));
    EXPECT_THAT(fields_named(with([](Profile& p) { p.age_years = 121; })),
                Contains(ProfileField::Age));
    EXPECT_THAT(fields_named(with(
                    [](Profile& p) { p.age_years = std::numeric_limits<double>::quiet_NaN(); })),
                Contains(ProfileField::Age));
    EXPECT_THAT(fields_named(with([](Profile& p) {
                    p.sex = Sex::Male;
                    p.pregnant = true;
                })),
                Contains(ProfileField::Pregnant));
    EXPECT_THAT(fields_named(with([](Profile& p) {
                    p.sex = Sex::Male;
                    p.lactating = true;
                })),
                Contains(ProfileField::Lactating));
    EXPECT_THAT(fields_named(with([](Profile& p) {
                    p.pregnant = true;
                    p.age_years = 13;
                })),
                Contains(ProfileField::Pregnant));
    EXPECT_THAT(fields_named(with([](Profile& p) {
                    p.pregnant = true;
                    p.age_years = 51;
                })),
                Contains(ProfileField::Pregnant));
    EXPECT_THAT(fields_named(with([](Profile& p) {
                    p.lactating = true;
                    p.age_years = 60;
                })),
                Contains(ProfileField::Lactating));
    EXPECT_THAT(fields_named(with([](Profile& p) {
                    p.pregnant = true;
                    p.lactating = true;
                })),
                Contains(ProfileField::Lactating));
    EXPECT_THAT(fields_named(with([](Profile& p) {
                    p.energy_kcal = 2000;
                    p.weight_kg = 60;
                })),
                Contains(ProfileField::EnergyKcal));
    const auto partial = fields_named(with([](Profile& p) { p.weight_kg = 60; }));
    EXPECT_THAT(partial, Contains(ProfileField::HeightCm));
    EXPECT_THAT(partial, Contains(ProfileField::Activity));
    EXPECT_THAT(fields_named(with([](Profile& p) {
                    p.weight_kg = 0;
                    p.height_cm = 170;
                    p.activity = ActivityLevel::Active;
                })),
                Contains(ProfileField::WeightKg));
    EXPECT_THAT(fields_named(with([](Profile& p) {
                    p.weight_kg = -60;
                    p.height_cm = 170;
                    p.activity = ActivityLevel::Active;
                })),
                Contains(ProfileField::WeightKg));
    EXPECT_THAT(fields_named(with([](Profile& p) {
                    p.weight_kg = 60;
                    p.height_cm = 0;
                    p.activity = ActivityLevel::Active;
                })),
                Contains(ProfileField::HeightCm));
    EXPECT_THAT(fields_named(with([](Profile& p) { p.energy_kcal = -1; })),
                Contains(ProfileField::EnergyKcal));
}

TEST(TargetsFor, SupportedEdgesOfTheTables) {
    Profile oldest = person(Sex::Male, 120);
    EXPECT_EQ(targets_of(oldest).life_stage, "Males >70 y");
    Profile youngest_mother = person(Sex::Female, 14);
    youngest_mother.pregnant = true;
    EXPECT_EQ(targets_of(youngest_mother).life_stage, "Pregnancy 14-18 y");
    Profile oldest_mother = person(Sex::Female, 50.9);
    oldest_mother.lactating = true;
    EXPECT_EQ(targets_of(oldest_mother).life_stage, "Lactation 31-50 y");
    EXPECT_EQ(targets_of(person(Sex::Female, 1)).life_stage, "Children 1-3 y");
}

TEST(TargetsFor, AGroupMissingFromTheTableIsAProblemNamingTheAge) {
    DriTable partial;
    partial.life_stages.push_back(*shipped_dri().find(Sex::Female, 34, LifeStageCondition::None));
    const auto result = targets_for(partial, person(Sex::Male, 67));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.problems().front().field, ProfileField::Age);
}

TEST(ValidateProfile, MessagesMentionTheOtherFieldsTheyConcern) {
    Profile profile;
    profile.sex = Sex::Male;
    profile.pregnant = true;
    const auto problems = validate_profile(profile);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].field, ProfileField::Pregnant);
    EXPECT_EQ(problems[0].mentions, std::vector<ProfileField>{ProfileField::Sex});
    EXPECT_EQ(describe(problems[0], [](ProfileField) { return std::string("<sex>"); }),
              "applies to <sex> female only");
}

TEST(ValidateProfile, TheReferenceAdultIsValid) {
    EXPECT_TRUE(validate_profile(Profile{}).empty());
    EXPECT_EQ(Profile{}.sex, Sex::Female);
    EXPECT_EQ(Profile{}.age_years, 30.0);
}

TEST(ProfileText, NamesRoundTrip) {
    EXPECT_EQ(from_string<Sex>("male"), Sex::Male);
    EXPECT_FALSE(from_string<Sex>("Male").has_value());
    EXPECT_EQ(from_string<ActivityLevel>("very-active"), ActivityLevel::VeryActive);
    EXPECT_EQ(to_string(ActivityLevel::LowActive), "low-active");
    EXPECT_EQ(to_string(UpperLimitScope::AddedForms), "added_forms");
}

}  // namespace
}  // namespace mealplan

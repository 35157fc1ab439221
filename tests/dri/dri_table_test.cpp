// The shipped DRI table (data/dri.json) against the printed tables, and the validation
// of a DRI file.

#include "dri/dri_table.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/files.hpp"
#include "test_tables.hpp"

namespace mealplan {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::shipped_dri;

const DriValues& values_of(Sex sex, double age, LifeStageCondition condition, Nutrient nutrient) {
    const LifeStage* stage = shipped_dri().find(sex, age, condition);
    if (stage == nullptr) throw std::runtime_error("no life stage");
    const auto& values = stage->nutrients[index(nutrient)];
    if (!values) throw std::runtime_error("no values for " + std::string(info(nutrient).key));
    return *values;
}

double min_of(Sex sex, double age, LifeStageCondition condition, Nutrient nutrient) {
    return values_of(sex, age, condition, nutrient).min.value_or(-1.0);
}

constexpr auto kNone = LifeStageCondition::None;
constexpr auto kPregnancy = LifeStageCondition::Pregnancy;
constexpr auto kLactation = LifeStageCondition::Lactation;

TEST(ShippedDri, HasEveryLifeStageGroupFromAgeOne) {
    std::vector<std::string> ids;
    for (const auto& stage : shipped_dri().life_stages) ids.push_back(stage.id);
    EXPECT_THAT(
        ids, ElementsAre("children_1_3", "children_4_8", "males_9_13", "males_14_18", "males_19_30",
                         "males_31_50", "males_51_70", "males_over_70", "females_9_13",
                         "females_14_18", "females_19_30", "females_31_50", "females_51_70",
                         "females_over_70", "pregnancy_14_18", "pregnancy_19_30", "pregnancy_31_50",
                         "lactation_14_18", "lactation_19_30", "lactation_31_50"));
}

TEST(ShippedDri, EveryGroupHasAMinimumForEveryNutrientWithADri) {
    for (const auto& stage : shipped_dri().life_stages) {
        for (const auto nutrient :
             {Nutrient::ProteinG,     Nutrient::CarbohydrateG,     Nutrient::FiberG,
              Nutrient::WaterG,       Nutrient::CalciumMg,         Nutrient::MagnesiumMg,
              Nutrient::PotassiumMg,  Nutrient::SodiumMg,          Nutrient::IronMg,
              Nutrient::ZincMg,       Nutrient::PhosphorusMg,      Nutrient::CopperMg,
              Nutrient::ManganeseMg,  Nutrient::SeleniumUg,        Nutrient::VitaminARaeUg,
              Nutrient::VitaminCMg,   Nutrient::VitaminDUg,        Nutrient::VitaminEMg,
              Nutrient::VitaminKUg,   Nutrient::ThiaminMg,         Nutrient::RiboflavinMg,
              Nutrient::NiacinMg,     Nutrient::VitaminB6Mg,       Nutrient::FolateDfeUg,
              Nutrient::VitaminB12Ug, Nutrient::PantothenicAcidMg, Nutrient::CholineMg}) {
            const auto& values = stage.nutrients[index(nutrient)];
            ASSERT_TRUE(values && values->min) << stage.id << " " << info(nutrient).key;
            EXPECT_GT(*values->min, 0.0) << stage.id << " " << info(nutrient).key;
            EXPECT_FALSE(values->min_source.empty());
        }
        EXPECT_TRUE(stage.amdr[index(Nutrient::FatG)].has_value()) << stage.id;
    }
}

TEST(ShippedDri, MinimumsMatchThePrintedTables) {
    EXPECT_EQ(min_of(Sex::Female, 34, kNone, Nutrient::MagnesiumMg), 320.0);
    EXPECT_EQ(min_of(Sex::Male, 25, kNone, Nutrient::MagnesiumMg), 400.0);
    EXPECT_EQ(min_of(Sex::Female, 25, kPregnancy, Nutrient::MagnesiumMg), 350.0);
    EXPECT_EQ(min_of(Sex::Female, 16, kLactation, Nutrient::MagnesiumMg), 360.0);
    EXPECT_EQ(min_of(Sex::Male, 6, kNone, Nutrient::CalciumMg), 1000.0);
    EXPECT_EQ(min_of(Sex::Female, 2, kNone, Nutrient::CalciumMg), 700.0);
    EXPECT_EQ(min_of(Sex::Female, 60, kNone, Nutrient::CalciumMg), 1200.0);
    EXPECT_EQ(min_of(Sex::Male, 40, kNone, Nutrient::VitaminDUg), 15.0);
    EXPECT_EQ(min_of(Sex::Male, 75, kNone, Nutrient::VitaminDUg), 20.0);
    EXPECT_EQ(min_of(Sex::Female, 34, kNone, Nutrient::ThiaminMg), 1.1);
    EXPECT_EQ(min_of(Sex::Female, 30, kLactation, Nutrient::VitaminB6Mg), 2.0);
    EXPECT_EQ(min_of(Sex::Male, 67, kNone, Nutrient::VitaminB6Mg), 1.7);
    EXPECT_EQ(min_of(Sex::Female, 25, kPregnancy, Nutrient::VitaminB12Ug), 2.6);
    EXPECT_EQ(min_of(Sex::Female, 25, kPregnancy, Nutrient::FolateDfeUg), 600.0);
    EXPECT_EQ(min_of(Sex::Female, 34, kNone, Nutrient::IronMg), 18.0);
    EXPECT_EQ(min_of(Sex::Male, 10, kNone, Nutrient::CopperMg), 0.7);  // 700 µg in the table
    // AIs are minimums too, and say so.
    EXPECT_EQ(min_of(Sex::Female, 34, kNone, Nutrient::WaterG), 2700.0);  // 2.7 L
    EXPECT_EQ(values_of(Sex::Female, 34, kNone, Nutrient::WaterG).min_kind, "AI");
    EXPECT_EQ(min_of(Sex::Male, 67, kNone, Nutrient::FiberG), 30.0);
    EXPECT_EQ(values_of(Sex::Male, 67, kNone, Nutrient::VitaminKUg).min_kind, "AI");
    EXPECT_EQ(values_of(Sex::Male, 67, kNone, Nutrient::MagnesiumMg).min_kind, "RDA");
    // Protein: the g/day RDA, not the g/kg value.
    EXPECT_EQ(min_of(Sex::Male, 40, kNone, Nutrient::ProteinG), 56.0);
    EXPECT_EQ(min_of(Sex::Female, 25, kPregnancy, Nutrient::ProteinG), 71.0);
}

TEST(ShippedDri, PotassiumAndSodiumAreThe2019Values) {
    EXPECT_EQ(min_of(Sex::Female, 34, kNone, Nutrient::PotassiumMg), 2600.0);
    EXPECT_EQ(min_of(Sex::Male, 34, kNone, Nutrient::PotassiumMg), 3400.0);
    EXPECT_EQ(min_of(Sex::Male, 2, kNone, Nutrient::PotassiumMg), 2000.0);
    EXPECT_EQ(min_of(Sex::Female, 20, kLactation, Nutrient::PotassiumMg), 2800.0);
    EXPECT_EQ(min_of(Sex::Male, 75, kNone, Nutrient::SodiumMg), 1500.0);  // 2011: 1,200
    EXPECT_THAT(values_of(Sex::Male, 34, kNone, Nutrient::PotassiumMg).min_source,
                HasSubstr("nasem_2019"));
}

TEST(ShippedDri, SodiumMaxIsTheCdrrAndThereIsNoSodiumUl) {
    const auto cdrr = [](double age) {
        const auto& sodium = values_of(Sex::Female, age, kNone, Nutrient::SodiumMg);
        EXPECT_EQ(sodium.max_kind, "CDRR");
        EXPECT_FALSE(sodium.ul.has_value());
        return sodium.max.value_or(-1.0);
    };
    EXPECT_EQ(cdrr(2), 1200.0);
    EXPECT_EQ(cdrr(5), 1500.0);
    EXPECT_EQ(cdrr(10), 1800.0);
    EXPECT_EQ(cdrr(15), 2300.0);
    EXPECT_EQ(cdrr(45), 2300.0);
}

TEST(ShippedDri, UpperLimitsAndWhatTheyCount) {
    const auto& vitamin_d = values_of(Sex::Female, 34, kNone, Nutrient::VitaminDUg);
    EXPECT_EQ(vitamin_d.ul, 100.0);
    EXPECT_EQ(vitamin_d.ul_scope, UpperLimitScope::Total);
    EXPECT_EQ(vitamin_d.max, 100.0);
    const auto& calcium = values_of(Sex::Female, 60, kNone, Nutrient::CalciumMg);
    EXPECT_EQ(calcium.ul, 2000.0);
    EXPECT_EQ(calcium.max, 2000.0);
    EXPECT_EQ(values_of(Sex::Male, 25, kNone, Nutrient::CalciumMg).max, 2500.0);
    EXPECT_EQ(values_of(Sex::Male, 25, kNone, Nutrient::VitaminB6Mg).max, 100.0);
    EXPECT_EQ(values_of(Sex::Male, 25, kNone, Nutrient::IronMg).max, 45.0);
    EXPECT_EQ(values_of(Sex::Male, 25, kNone, Nutrient::ZincMg).max, 40.0);

    const auto& magnesium = values_of(Sex::Female, 34, kNone, Nutrient::MagnesiumMg);
    EXPECT_EQ(magnesium.ul, 350.0);
    EXPECT_EQ(magnesium.ul_scope, UpperLimitScope::Supplements);
    EXPECT_FALSE(magnesium.max.has_value()) << "the magnesium UL never applies to food";
    EXPECT_EQ(values_of(Sex::Male, 2, kNone, Nutrient::MagnesiumMg).ul, 65.0);

    const auto& folate = values_of(Sex::Female, 34, kNone, Nutrient::FolateDfeUg);
    EXPECT_EQ(folate.ul, 1000.0);
    EXPECT_EQ(folate.ul_scope, UpperLimitScope::AddedForms);
    EXPECT_FALSE(folate.max.has_value());
    EXPECT_EQ(values_of(Sex::Female, 34, kNone, Nutrient::FolicAcidUg).max, 1000.0);

    const auto& vitamin_a = values_of(Sex::Female, 34, kNone, Nutrient::VitaminARaeUg);
    EXPECT_EQ(vitamin_a.ul_scope, UpperLimitScope::Preformed);
    EXPECT_FALSE(vitamin_a.max.has_value());
    EXPECT_EQ(values_of(Sex::Female, 34, kNone, Nutrient::RetinolUg).max, 3000.0);

    EXPECT_EQ(values_of(Sex::Female, 34, kNone, Nutrient::VitaminEMg).ul_scope,
              UpperLimitScope::AddedForms);
    EXPECT_EQ(values_of(Sex::Female, 34, kNone, Nutrient::VitaminEAddedMg).max, 1000.0);
    const auto& niacin = values_of(Sex::Female, 34, kNone, Nutrient::NiacinMg);
    EXPECT_EQ(niacin.ul, 35.0);
    EXPECT_EQ(niacin.ul_scope, UpperLimitScope::AddedForms);
    EXPECT_FALSE(niacin.max.has_value());
}

TEST(ShippedDri, NotDeterminedUpperLimitsAreAbsentNotZero) {
    for (const auto& stage : shipped_dri().life_stages) {
        for (const auto nutrient :
             {Nutrient::ThiaminMg, Nutrient::RiboflavinMg, Nutrient::VitaminB12Ug,
              Nutrient::VitaminKUg, Nutrient::PantothenicAcidMg, Nutrient::PotassiumMg}) {
            const auto& values = stage.nutrients[index(nutrient)];
            ASSERT_TRUE(values.has_value());
            EXPECT_FALSE(values->ul.has_value()) << stage.id << " " << info(nutrient).key;
            EXPECT_FALSE(values->max.has_value()) << stage.id << " " << info(nutrient).key;
        }
        for (const auto& values : stage.nutrients) {
            if (values && values->ul) {
                EXPECT_GT(*values->ul, 0.0) << stage.id;
            }
        }
    }
}

TEST(ShippedDri, AmdrRangesByAge) {
    const auto protein = [](Sex sex, double age, LifeStageCondition condition) {
        return shipped_dri().find(sex, age, condition)->amdr[index(Nutrient::ProteinG)].value();
    };
    EXPECT_EQ(protein(Sex::Female, 2, kNone), (PercentRange{5, 20}));
    EXPECT_EQ(protein(Sex::Male, 10, kNone), (PercentRange{10, 30}));
    EXPECT_EQ(protein(Sex::Female, 16, kPregnancy), (PercentRange{10, 30}));
    EXPECT_EQ(protein(Sex::Male, 40, kNone), (PercentRange{10, 35}));
    const LifeStage* toddler = shipped_dri().find(Sex::Male, 2, kNone);
    EXPECT_EQ(toddler->amdr[index(Nutrient::FatG)], (PercentRange{30, 40}));
    EXPECT_EQ(toddler->amdr[index(Nutrient::CarbohydrateG)], (PercentRange{45, 65}));
}

TEST(ShippedDri, FindPicksTheGroupByAgeSexAndCondition) {
    EXPECT_EQ(shipped_dri().find(Sex::Female, 34, kNone)->id, "females_31_50");
    EXPECT_EQ(shipped_dri().find(Sex::Male, 67, kNone)->id, "males_51_70");
    EXPECT_EQ(shipped_dri().find(Sex::Male, 3.9, kNone)->id, "children_1_3");
    EXPECT_EQ(shipped_dri().find(Sex::Female, 4, kNone)->id, "children_4_8");
    EXPECT_EQ(shipped_dri().find(Sex::Male, 71, kNone)->id, "males_over_70");
    EXPECT_EQ(shipped_dri().find(Sex::Female, 50.5, kLactation)->id, "lactation_31_50");
    EXPECT_EQ(shipped_dri().find(Sex::Female, 0.5, kNone), nullptr);
    EXPECT_EQ(shipped_dri().find(Sex::Female, 51, kPregnancy), nullptr);
}

TEST(ShippedDri, WritingItBackGivesTheSameBytes) {
    const auto text = read_file(std::string(MEALPLAN_DATA_DIR) + "/dri.json");
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(dri_to_json(shipped_dri()), *text);
    const auto reparsed = parse_dri(dri_to_json(shipped_dri()), "again.json");
    ASSERT_TRUE(reparsed.ok());
    EXPECT_EQ(*reparsed, shipped_dri());
}

std::vector<std::string> places(const Problems& problems) {
    std::vector<std::string> result;
    for (const auto& problem : problems) result.push_back(problem.where);
    return result;
}

TEST(ParseDri, ReportsEveryProblemWithItsJsonPointer) {
    const char* text = R"({
  "schema": "mealplan.dri/2",
  "sources": {"iom": ""},
  "extra": 1,
  "life_stages": [
    {"id": "a", "label": "A", "sex": "robot", "condition": "none",
     "age_from_years": 19, "age_to_years": 31,
     "nutrients": {
       "magnesium": {"min": 1},
       "calcium_mg": {"min": -5, "min_kind": "RDA"},
       "iron_mg": {"min": 8, "min_kind": "EAR"},
       "zinc_mg": {"min": 8, "min_kind": "RDA", "ul": 40, "ul_scope": "everything"},
       "magnesium_mg": {"min": 320, "min_kind": "RDA", "ul": 350, "ul_scope": "supplements",
                        "max": 350, "max_kind": "UL"},
       "vitamin_d_ug": {"min": 150, "min_kind": "RDA", "ul": 100, "ul_scope": "total",
                        "max": 100, "max_kind": "UL"}},
     "amdr_percent": {"fiber_g": [1, 2], "fat_g": [35, 20]}},
    {"id": "b", "label": "B", "sex": "female", "condition": "none",
     "age_from_years": 19, "age_to_years": 31, "nutrients": {}, "amdr_percent": {}},
    {"label": "no id", "sex": "male", "condition": "pregnancy",
     "age_from_years": 50, "age_to_years": 14, "nutrients": {}, "amdr_percent": {}},
    {"id": "b", "label": "B again", "sex": "male", "condition": "none",
     "age_from_years": 1, "age_to_years": 4, "nutrients": {}, "amdr_percent": {}},
    {"id": "c", "label": "C", "sex": "female", "condition": "none",
     "age_from_years": 30, "age_to_years": 51, "nutrients": {}, "amdr_percent": {}}
  ]
})";
    const auto result = parse_dri(text, "bad.json");
    ASSERT_FALSE(result.ok());
    const auto where = places(result.problems());
    for (const char* pointer :
         {"bad.json:/schema", "bad.json:/extra", "bad.json:/sources/iom",
          "bad.json:/life_stages/0/sex", "bad.json:/life_stages/0/nutrients/magnesium",
          "bad.json:/life_stages/0/nutrients/calcium_mg/min",
          "bad.json:/life_stages/0/nutrients/iron_mg/min_kind",
          "bad.json:/life_stages/0/nutrients/zinc_mg/ul_scope",
          "bad.json:/life_stages/0/nutrients/magnesium_mg/max",
          "bad.json:/life_stages/0/nutrients/vitamin_d_ug/min",
          "bad.json:/life_stages/0/amdr_percent/fiber_g",
          "bad.json:/life_stages/0/amdr_percent/fat_g", "bad.json:/life_stages/2",
          "bad.json:/life_stages/2/age_to_years", "bad.json:/life_stages/2/sex",
          "bad.json:/life_stages/3/id", "bad.json:/life_stages/4/age_from_years"}) {
        EXPECT_THAT(where, Contains(pointer));
    }
    for (const auto& problem : result.problems()) EXPECT_FALSE(problem.what.empty());
}

TEST(ParseDri, RejectsTextThatIsNotJson) {
    const auto result = parse_dri("{\"schema\": ", "broken.json");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.problems().front().where, "broken.json");
}

TEST(LoadDri, NamesAMissingFile) {
    const auto result = load_dri("/nonexistent/dri.json");
    ASSERT_FALSE(result.ok());
    EXPECT_THAT(to_string(result.problems().front()), HasSubstr("/nonexistent/dri.json"));
}

}  // namespace
}  // namespace mealplan

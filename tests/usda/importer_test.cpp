#include "usda/importer.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/files.hpp"

namespace mealplan::usda {
namespace {

using ::testing::HasSubstr;

const std::filesystem::path kFixture =
    std::filesystem::path(MEALPLAN_TEST_DIR) / "fixtures/sr28-mini";

struct Inputs {
    Sr28Database sr28;
    CatalogueSpec spec;
};

const Inputs& inputs() {
    static const Inputs loaded = [] {
        Inputs result;
        auto sr28 = read_sr28(kFixture);
        auto spec = load_catalogue_spec(kFixture / "catalogue-spec.json");
        if (!sr28 || !spec) {
            ADD_FAILURE() << "fixture does not load";
            return result;
        }
        result.sr28 = std::move(sr28).value();
        result.spec = std::move(spec).value();
        return result;
    }();
    return loaded;
}

Catalogue imported() {
    auto catalogue = build_catalogue(inputs().sr28, inputs().spec, "catalogue-spec.json");
    if (!catalogue) {
        ADD_FAILURE() << to_string(catalogue.problems().front());
        return {};
    }
    return std::move(catalogue).value();
}

TEST(Importer, ReproducesTheExpectedFileByteForByte) {
    const std::string expected = read_file(kFixture / "expected-foods.json").value();
    EXPECT_EQ(catalogue_to_json(imported()), expected);
    EXPECT_EQ(catalogue_to_json(imported()), catalogue_to_json(imported()));
}

TEST(Importer, TakesNutrientsFromSr28AndTheRestFromTheSpec) {
    const Catalogue catalogue = imported();
    ASSERT_EQ(catalogue.foods.size(), 8u);
    const Food& spinach = catalogue.foods[0];
    EXPECT_EQ(spinach.name, "Spinach, raw");
    EXPECT_EQ(spinach.usda_food_group, "Vegetables and Vegetable Products");
    EXPECT_EQ(spinach.per_100g[index(Nutrient::MagnesiumMg)], 79.0);
    EXPECT_EQ(spinach.serving_label, "85 g");
    EXPECT_EQ(spinach.sources.at(Nutrient::MagnesiumMg), SourceLevel::Good);  // 67 mg = 16 %
    EXPECT_EQ(catalogue.foods[3].serving_label, "360 mL (355.5 g)");
    EXPECT_EQ(catalogue.source, kSr28Citation);
}

TEST(Importer, MissingSr28ValueStaysNull) {
    const Catalogue catalogue = imported();
    const Food* soy_milk = catalogue.find("16223");
    ASSERT_NE(soy_milk, nullptr);
    EXPECT_FALSE(soy_milk->per_100g[index(Nutrient::MagnesiumMg)].has_value());
    EXPECT_EQ(soy_milk->sources.count(Nutrient::MagnesiumMg), 0u);
}

TEST(Importer, DietsFollowTheFoodGroupUnlessTheSpecOverrides) {
    const Catalogue catalogue = imported();
    EXPECT_EQ(catalogue.find("11457")->diets, diets_fitting(Diet::Vegan));
    EXPECT_EQ(catalogue.find("15236")->diets, (std::set<Diet>{Diet::Pescatarian, Diet::Omnivore}));
    EXPECT_EQ(catalogue.find("01123")->diets, diets_fitting(Diet::Vegetarian));
    // Group 2200 (meals) defaults to omnivore; the spec says this one is vegetarian.
    EXPECT_EQ(default_strictest_diet("2200"), Diet::Omnivore);
    EXPECT_EQ(catalogue.find("22996")->diets, diets_fitting(Diet::Vegetarian));
}

TEST(Importer, FirstPortionIsTheWholeItem) {
    const Catalogue catalogue = imported();
    EXPECT_EQ(catalogue.find("01123")->portions.front().measure, "large");
    EXPECT_EQ(catalogue.find("01123")->portions.front().grams, 50.0);
    EXPECT_EQ(catalogue.find("12061")->portions.front().measure, "oz (23 whole kernels)");
    EXPECT_EQ(catalogue.find("12061")->portions.size(), 6u);
    EXPECT_EQ(catalogue.find("22996")->portions.front().measure,
              "Entr\xC3\xA9"
              "e");
}

Problems import_problems(CatalogueSpec spec) {
    auto result = build_catalogue(inputs().sr28, spec, "catalogue-spec.json");
    EXPECT_FALSE(result.ok());
    return result.ok() ? Problems{} : result.problems();
}

TEST(Importer, ReportsIdsSr28Lacks) {
    CatalogueSpec spec = inputs().spec;
    spec.foods[2].id = "99999";
    const auto problems = import_problems(spec);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].where, "catalogue-spec.json:/foods/2/id");
    EXPECT_EQ(problems[0].what, "NDB number 99999 is not in SR28");
}

TEST(Importer, ReportsAFirstPortionSr28LacksListingWhatItHas) {
    CatalogueSpec spec = inputs().spec;
    spec.foods[6].first_portion = "dozen";
    const auto problems = import_problems(spec);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].where, "catalogue-spec.json:/foods/6/first_portion");
    EXPECT_THAT(problems[0].what, HasSubstr("large"));
}

TEST(Importer, ReportsASpecThatContradictsItself) {
    CatalogueSpec spec = inputs().spec;
    spec.foods[6].strictest_diet = Diet::Vegan;       // an egg
    spec.foods[2].strictest_diet = Diet::Vegetarian;  // salmon, allergen fish
    const auto problems = import_problems(spec);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].where, "catalogue-spec.json:/foods/2/allergens");
    EXPECT_EQ(problems[1].where, "catalogue-spec.json:/foods/6/allergens");
    EXPECT_THAT(problems[1].what, HasSubstr("vegan"));
}

}  // namespace
}  // namespace mealplan::usda

#include "nutrients/nutrient.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace mealplan {
namespace {

TEST(Nutrient, EveryKeyOfTheDesignIsKnown) {
    for (const char* key :
         {"energy_kcal", "protein_g", "fat_g", "carbohydrate_g", "fiber_g", "water_g",
          "calcium_mg", "magnesium_mg", "potassium_mg", "sodium_mg", "iron_mg", "zinc_mg",
          "phosphorus_mg", "copper_mg", "manganese_mg", "selenium_ug", "vitamin_a_rae_ug",
          "vitamin_c_mg", "vitamin_d_ug", "vitamin_e_mg", "vitamin_k_ug", "thiamin_mg",
          "riboflavin_mg", "niacin_mg", "vitamin_b6_mg", "folate_dfe_ug", "vitamin_b12_ug",
          "pantothenic_acid_mg", "choline_mg", "caffeine_mg"}) {
        const auto nutrient = nutrient_from_key(key);
        ASSERT_TRUE(nutrient.has_value()) << key;
        EXPECT_EQ(info(*nutrient).key, key);
    }
    EXPECT_FALSE(nutrient_from_key("magnesium").has_value());
}

TEST(Nutrient, KeysAndSr28NumbersAreUnique) {
    std::set<std::string> keys;
    std::set<std::string> numbers;
    for (const auto& entry : all_nutrients()) {
        EXPECT_TRUE(keys.insert(std::string(entry.key)).second) << entry.key;
        EXPECT_TRUE(numbers.insert(std::string(entry.sr28_number)).second) << entry.sr28_number;
    }
}

TEST(Nutrient, Sr28NumbersMatchTheUsdaDocumentation) {
    EXPECT_EQ(nutrient_from_sr28_number("304"), Nutrient::MagnesiumMg);
    EXPECT_EQ(nutrient_from_sr28_number("328"), Nutrient::VitaminDUg);
    EXPECT_EQ(nutrient_from_sr28_number("418"), Nutrient::VitaminB12Ug);
    EXPECT_EQ(nutrient_from_sr28_number("262"), Nutrient::CaffeineMg);
    EXPECT_FALSE(nutrient_from_sr28_number("999").has_value());
}

TEST(Nutrient, DailyValuesAreTheFda2016Values) {
    EXPECT_DOUBLE_EQ(*info(Nutrient::MagnesiumMg).daily_value, 420.0);
    EXPECT_DOUBLE_EQ(*info(Nutrient::CalciumMg).daily_value, 1300.0);
    EXPECT_DOUBLE_EQ(*info(Nutrient::VitaminDUg).daily_value, 20.0);
    EXPECT_DOUBLE_EQ(*info(Nutrient::VitaminB12Ug).daily_value, 2.4);
    EXPECT_FALSE(info(Nutrient::CaffeineMg).daily_value.has_value());
}

TEST(Nutrient, HeadlineGroupsLeadWithMagnesium) {
    EXPECT_EQ(headline_nutrients().front(), Nutrient::MagnesiumMg);
    EXPECT_EQ(headline_nutrients().size(), 6u);
}

}  // namespace
}  // namespace mealplan

#include "catalogue/source_tags.hpp"

#include <gtest/gtest.h>

namespace mealplan {
namespace {

constexpr double kMagnesiumDv = 420.0;

TEST(SourceLevel, BelowTenPercentIsNoClaim) {
    EXPECT_FALSE(source_level(0.099 * kMagnesiumDv, kMagnesiumDv).has_value());  // 9.9 %
    EXPECT_FALSE(source_level(0.0, kMagnesiumDv).has_value());
}

TEST(SourceLevel, TenPercentIsGood) {
    EXPECT_EQ(source_level(42.0, kMagnesiumDv), SourceLevel::Good);  // exactly 10 %
    EXPECT_EQ(source_level(0.1 * 2.4, 2.4), SourceLevel::Good);      // B12, inexact in binary
    EXPECT_EQ(source_level(0.199 * kMagnesiumDv, kMagnesiumDv), SourceLevel::Good);  // 19.9 %
}

TEST(SourceLevel, TwentyPercentIsExcellent) {
    EXPECT_EQ(source_level(84.0, kMagnesiumDv), SourceLevel::Excellent);  // exactly 20 %
    EXPECT_EQ(source_level(0.2 * 1.2, 1.2), SourceLevel::Excellent);      // thiamin
    EXPECT_EQ(source_level(1000.0, kMagnesiumDv), SourceLevel::Excellent);
}

TEST(SourceLevel, UnknownAmountOrNoDailyValueIsNoClaim) {
    EXPECT_FALSE(source_level(std::nullopt, kMagnesiumDv).has_value());
    EXPECT_FALSE(source_level(100.0, std::nullopt).has_value());
    EXPECT_FALSE(source_level(100.0, 0.0).has_value());
}

TEST(DeriveSources, UsesTheReferenceServingNotHundredGrams) {
    NutrientValues values{};
    values[index(Nutrient::MagnesiumMg)] = 79.0;  // spinach, per 100 g
    // 85 g: 67.15 mg = 16 % DV → good; 30 g: 23.7 mg = 5.6 % → none.
    EXPECT_EQ(derive_sources(values, 85.0).at(Nutrient::MagnesiumMg), SourceLevel::Good);
    EXPECT_EQ(derive_sources(values, 30.0).count(Nutrient::MagnesiumMg), 0u);
}

TEST(DeriveSources, UnknownValueGetsNoTag) {
    NutrientValues values{};  // everything unknown
    EXPECT_TRUE(derive_sources(values, 100.0).empty());
}

TEST(DeriveSources, NutrientsToLimitAreNeverClaimed) {
    NutrientValues values{};
    values[index(Nutrient::SodiumMg)] = 5000.0;
    values[index(Nutrient::FatG)] = 100.0;
    values[index(Nutrient::EnergyKcal)] = 900.0;
    values[index(Nutrient::CaffeineMg)] = 40.0;  // no Daily Value
    EXPECT_TRUE(derive_sources(values, 100.0).empty());
}

TEST(PercentDailyValue, ScalesPer100gToTheServing) {
    const auto percent = percent_daily_value(Nutrient::CalciumMg, 130.0, 50.0);
    ASSERT_TRUE(percent.has_value());
    EXPECT_DOUBLE_EQ(*percent, 5.0);  // 65 mg of 1,300 mg
    EXPECT_FALSE(percent_daily_value(Nutrient::CalciumMg, std::nullopt, 50.0).has_value());
}

}  // namespace
}  // namespace mealplan

#include "usda/sr28_table.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/files.hpp"

namespace mealplan::usda {
namespace {

using ::testing::HasSubstr;

const std::filesystem::path kFixture =
    std::filesystem::path(MEALPLAN_TEST_DIR) / "fixtures/sr28-mini";

std::string fixture_table() {
    auto database = read_sr28(kFixture);
    if (!database) {
        ADD_FAILURE() << to_string(database.problems().front());
        return {};
    }
    return sr28_table_tsv(database.value());
}

TEST(Sr28Table, MatchesTheExpectedFixtureTable) {
    EXPECT_EQ(fixture_table(), read_file(kFixture / "expected-sr28-foods.tsv").value());
}

TEST(Sr28Table, RoundTripsValuesPortionsAndUnknowns) {
    const auto table = parse_sr28_table(fixture_table(), "table.tsv");
    ASSERT_TRUE(table.ok()) << to_string(table.problems().front());
    ASSERT_EQ(table->size(), 8u);
    const auto& spinach = table->at(2);
    EXPECT_EQ(spinach.id, "11457");
    EXPECT_EQ(spinach.description, "Spinach, raw");
    EXPECT_EQ(spinach.food_group, "Vegetables and Vegetable Products");
    EXPECT_EQ(spinach.per_100g[index(Nutrient::MagnesiumMg)], 79.0);
    EXPECT_EQ(spinach.portions.at(0).measure, "cup");
    EXPECT_EQ(spinach.portions.at(0).grams, 30.0);
    const auto soy_milk = std::find_if(
        table->begin(), table->end(), [](const Sr28TableFood& food) { return food.id == "16223"; });
    ASSERT_NE(soy_milk, table->end());
    EXPECT_FALSE(soy_milk->per_100g[index(Nutrient::MagnesiumMg)].has_value());
    EXPECT_EQ(soy_milk->per_100g[index(Nutrient::CalciumMg)], 140.0);
    const auto& egg = table->at(0);
    EXPECT_EQ(egg.food_group_code, "0100");
    EXPECT_EQ(egg.refuse_percent, 12.0);
    EXPECT_EQ(egg.refuse_description, "Shell");
}

TEST(Sr28Table, RefusesAGroupCodeOrRefuseThatIsWrong) {
    const std::string text = fixture_table();
    const auto first_row = text.find('\n') + 1;
    const std::string nutrients(kNutrientCount, '\t');
    const std::string broken = text.substr(0, first_row) + "01123\tEgg\tdairy\tDairy\t12\tShell\t" +
                               nutrients + "\n" + "01124\tEgg\t0100\tDairy\t112\tShell\t" +
                               nutrients + "\n";
    const auto result = parse_sr28_table(broken, "table.tsv");
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.problems().size(), 2u);
    EXPECT_EQ(result.problems().at(0).where, "table.tsv:2");
    EXPECT_THAT(result.problems().at(0).what, HasSubstr("food_group_code"));
    EXPECT_EQ(result.problems().at(1).where, "table.tsv:3");
    EXPECT_THAT(result.problems().at(1).what, HasSubstr("refuse_percent"));
}

TEST(Sr28Table, GzipRoundTripsThroughReadFile) {
    const std::string text = fixture_table();
    const auto path = std::filesystem::temp_directory_path() / "mealplan-sr28-table-test.tsv.gz";
    ASSERT_FALSE(write_file_atomically(path, gzip_compress(text)).has_value());
    EXPECT_EQ(read_file(path).value(), text);
    EXPECT_EQ(gzip_compress(text), gzip_compress(text));  // no timestamp in the output
    const auto loaded = load_sr28_table(path);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->size(), 8u);
    std::filesystem::remove(path);
}

TEST(Sr28Table, ReportsLineAndProblem) {
    std::string text = fixture_table();
    const auto first_row = text.find('\n') + 1;
    std::string broken = text.substr(0, first_row) + "1123\tEgg\tDairy\t\t\n" +
                         "01123\tEgg\t0100\tDairy\t\t\t1;large\t" +
                         std::string(kNutrientCount - 1, '\t') + "\n";
    const auto result = parse_sr28_table(broken, "table.tsv");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.problems().at(0).where, "table.tsv:2");
    EXPECT_THAT(result.problems().at(0).what, HasSubstr("tab-separated columns"));
    EXPECT_EQ(result.problems().at(1).where, "table.tsv:3");
    EXPECT_THAT(result.problems().at(1).what, HasSubstr("amount;measure;grams"));
    const auto no_header = parse_sr28_table("01123\tEgg\n", "table.tsv");
    ASSERT_FALSE(no_header.ok());
    EXPECT_EQ(no_header.problems().at(0).where, "table.tsv:1");
}

}  // namespace
}  // namespace mealplan::usda

// The targets as a person reads them (aligned table, headline nutrients first, UL notes)
// and as a program reads them (JSON).

#include "dri/targets_report.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "test_tables.hpp"

namespace mealplan {
namespace {

using ::testing::HasSubstr;
using testing::shipped_dri;

Targets woman_of_34() {
    Profile profile;
    profile.age_years = 34;
    return targets_for(shipped_dri(), profile).value();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

/// Position in characters (not bytes) of `token` in `line`.
std::size_t column_of(const std::string& line, const std::string& token) {
    const auto at = line.find(token);
    if (at == std::string::npos) return std::string::npos;
    std::size_t count = 0;
    for (std::size_t i = 0; i < at; ++i)
        count += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
    return count;
}

const std::string& line_starting(const std::vector<std::string>& lines, const std::string& start) {
    for (const auto& line : lines) {
        if (line.rfind(start, 0) == 0) return line;
    }
    throw std::runtime_error("no line starting with " + start);
}

TEST(TargetsText, HeadlineNutrientsWaterAndCaffeineComeFirst) {
    const std::string text = targets_to_text(woman_of_34(), "female, 34");
    std::size_t previous = text.find("\nNutrient ");
    ASSERT_NE(previous, std::string::npos);
    for (const char* label :
         {"Magnesium ", "Calcium ", "Vitamin D ", "Thiamin (B1) ", "Vitamin B6 ", "Vitamin B12 ",
          "Water ", "Caffeine ", "Energy ", "Protein ", "Potassium ", "Folate "}) {
        const auto at = text.find(std::string("\n") + label, previous);
        ASSERT_NE(at, std::string::npos) << label;
        EXPECT_GT(at, previous) << label;
        previous = at;
    }
    EXPECT_THAT(text, HasSubstr("female, 34 · Females 31-50 y"));
    EXPECT_THAT(text, HasSubstr("2,042 kcal"));
}

TEST(TargetsText, ShowsUnitsLimitsAndUlScopes) {
    const auto lines = lines_of(targets_to_text(woman_of_34(), "female, 34"));
    const auto& magnesium = line_starting(lines, "Magnesium ");
    EXPECT_THAT(magnesium, HasSubstr("320 mg"));
    EXPECT_THAT(magnesium, HasSubstr("UL 350 mg applies to supplements only"));
    const auto& calcium = line_starting(lines, "Calcium ");
    EXPECT_THAT(calcium, HasSubstr("1,000 mg"));
    EXPECT_THAT(calcium, HasSubstr("2,500 mg UL"));
    EXPECT_THAT(line_starting(lines, "Vitamin D "), HasSubstr("100 µg UL"));
    EXPECT_THAT(line_starting(lines, "Folate "), HasSubstr("applies to folic acid"));
    EXPECT_THAT(line_starting(lines, "Folate "), HasSubstr("if pregnancy is possible"));
    EXPECT_THAT(line_starting(lines, "Vitamin A "), HasSubstr("preformed vitamin A"));
    EXPECT_THAT(line_starting(lines, "Sodium "), HasSubstr("2,300 mg CDRR"));
    EXPECT_THAT(line_starting(lines, "Caffeine "), HasSubstr("400 mg"));
    EXPECT_THAT(line_starting(lines, "Caffeine "), HasSubstr("not a DRI"));
    EXPECT_THAT(line_starting(lines, "Water "), HasSubstr("2.7 L"));
    // Auxiliary forms appear only inside the notes of their nutrient.
    for (const auto& line : lines) EXPECT_NE(line.rfind("Folic acid", 0), 0u);
}

TEST(TargetsText, ColumnsAreAligned) {
    const auto lines = lines_of(targets_to_text(woman_of_34(), "female, 34"));
    const auto rda_column = column_of(line_starting(lines, "Magnesium "), " RDA");
    EXPECT_EQ(column_of(line_starting(lines, "Vitamin D "), " RDA"), rda_column);
    EXPECT_EQ(column_of(line_starting(lines, "Calcium "), " RDA"), rda_column);
    EXPECT_EQ(column_of(line_starting(lines, "Water "), " AI"), rda_column);
    EXPECT_EQ(column_of(line_starting(lines, "Vitamin D "), " UL"),
              column_of(line_starting(lines, "Calcium "), " UL"));
}

TEST(TargetsJson, HasTheSchemaAndTheLimitThatAppliesToFood) {
    const auto json = nlohmann::json::parse(targets_to_json(woman_of_34(), "female, 34"));
    EXPECT_EQ(json["schema"], "mealplan.targets/1");
    EXPECT_EQ(json["life_stage"], "Females 31-50 y");
    EXPECT_EQ(json["energy_kcal"], 2042);
    EXPECT_EQ(json["profile"]["sex"], "female");
    EXPECT_EQ(json["profile"]["age_years"], 34.0);
    const auto& targets = json["targets"];
    EXPECT_EQ(targets["magnesium_mg"]["min"], 320);
    EXPECT_TRUE(targets["magnesium_mg"]["max"].is_null());
    EXPECT_EQ(targets["magnesium_mg"]["ul"], 350);
    EXPECT_EQ(targets["magnesium_mg"]["ul_scope"], "supplements");
    EXPECT_EQ(targets["magnesium_mg"]["min_kind"], "RDA");
    EXPECT_TRUE(targets["folate_dfe_ug"]["max"].is_null());
    EXPECT_EQ(targets["folate_dfe_ug"]["ul_scope"], "added_forms");
    EXPECT_EQ(targets["folic_acid_ug"]["max"], 1000);
    EXPECT_EQ(targets["vitamin_a_rae_ug"]["ul_scope"], "preformed");
    EXPECT_EQ(targets["calcium_mg"]["max"], 2500);
    EXPECT_EQ(targets["calcium_mg"]["ul_scope"], "total");
    EXPECT_EQ(targets["sodium_mg"]["max"], 2300);
    EXPECT_TRUE(targets["sodium_mg"]["ul"].is_null());
    EXPECT_TRUE(targets["caffeine_mg"]["min"].is_null());
    EXPECT_EQ(targets["caffeine_mg"]["max"], 400);
    EXPECT_EQ(targets["water_g"]["min"], 2700);
    EXPECT_EQ(targets["water_g"]["min_kind"], "AI");
    EXPECT_EQ(targets["protein_g"]["amdr_percent"], nlohmann::json::array({10.0, 35.0}));
    EXPECT_TRUE(targets["thiamin_mg"]["ul"].is_null());
    EXPECT_TRUE(targets["thiamin_mg"]["ul_scope"].is_null());
    EXPECT_FALSE(targets.contains("vitamin_b12_added_ug"));
}

}  // namespace
}  // namespace mealplan

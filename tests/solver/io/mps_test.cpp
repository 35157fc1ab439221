#include "solver/mps.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "model_comparison.hpp"
#include "solver/model_file.hpp"

namespace mealplan::solver {
namespace {

using ::testing::HasSubstr;

/// A fixed-format data line with each field at its column (2, 5, 15, 25, 40, 50).
std::string fixed(std::vector<std::string> fields) {
    static const std::size_t columns[] = {1, 4, 14, 24, 39, 49};
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (line.size() < columns[i]) line.resize(columns[i], ' ');
        line += fields[i];
    }
    return line + "\n";
}

int find_variable(const Model& model, const std::string& name) {
    for (int j = 0; j < model.variable_count(); ++j) {
        if (model.variables[j].name == name) return j;
    }
    ADD_FAILURE() << "no variable " << name;
    return 0;
}

int find_row(const Model& model, const std::string& name) {
    for (int i = 0; i < model.row_count(); ++i) {
        if (model.rows[i].name == name) return i;
    }
    ADD_FAILURE() << "no row " << name;
    return 0;
}

std::string errors_of(const ModelReading& reading) {
    std::string text;
    for (const auto& issue : reading.errors) text += to_string(issue) + "\n";
    return text;
}

// Every section and bound kind, with names that contain spaces.
std::string every_section_fixed() {
    std::string text = "* a comment line\nNAME          ALL KINDS\nROWS\n";
    text += fixed({"N", "COST"});
    text += fixed({"E", "EQ ROW"});
    text += fixed({"L", "LIM"});
    text += fixed({"G", "MIN"});
    text += fixed({"N", "FREE"});
    text += fixed({"E", "EQNEG"});
    text += "COLUMNS\n";
    text += fixed({"", "X ONE", "COST", "1", "EQ ROW", "2"});
    text += fixed({"", "X ONE", "LIM", "-3.5"});
    text += fixed({"", "MARKER", "'MARKER'", "", "'INTORG'"});
    text += fixed({"", "K", "COST", "-1", "MIN", "1"});
    text += fixed({"", "K", "FREE", "9"});
    text += fixed({"", "MARKER", "'MARKER'", "", "'INTEND'"});
    text += fixed({"", "Y", "LIM", "1e+2", "EQNEG", "1"});
    for (const char* name :
         {"LOW", "FIXED", "FREEV", "MINUS", "PLUS", "BIN", "LOWI", "UPI", "NEG"}) {
        text += fixed({"", name, "MIN", "1"});
    }
    text += "RHS\n";
    text += fixed({"", "RHS", "COST", "-2.5", "EQ ROW", "4"});
    text += fixed({"", "RHS", "LIM", "10", "MIN", "-1"});
    text += fixed({"", "RHS", "EQNEG", "7"});
    text += "RANGES\n";
    text += fixed({"", "RNG", "EQ ROW", "3", "EQNEG", "-2"});
    text += fixed({"", "RNG", "LIM", "-4", "MIN", "5"});
    text += "BOUNDS\n";
    text += fixed({"UP", "BND", "X ONE", "8"});
    text += fixed({"LO", "BND", "LOW", "-2"});
    text += fixed({"FX", "BND", "FIXED", "3.25"});
    text += fixed({"FR", "BND", "FREEV"});
    text += fixed({"MI", "BND", "MINUS"});
    text += fixed({"UP", "BND", "MINUS", "6"});
    text += fixed({"UP", "BND", "PLUS", "5"});
    text += fixed({"PL", "BND", "PLUS"});
    text += fixed({"BV", "BND", "BIN"});
    text += fixed({"LI", "BND", "LOWI", "-3"});
    text += fixed({"UI", "BND", "UPI", "12"});
    text += fixed({"UP", "BND", "K", "4"});
    text += fixed({"LO", "BND", "NEG", "-9"});
    text += fixed({"UP", "BND", "NEG", "-1"});
    text += "ENDATA\n";
    return text;
}

TEST(Mps, FixedFormatReadsEverySectionAndBoundKind) {
    const ModelReading reading = parse_mps(every_section_fixed(), "all.mps", MpsFormat::Fixed);
    ASSERT_TRUE(reading.ok()) << errors_of(reading);
    const Model& model = *reading.model;
    EXPECT_EQ(model.name, "ALL KINDS");
    EXPECT_EQ(model.objective_name, "COST");
    EXPECT_EQ(model.sense, ObjectiveSense::Minimize);
    EXPECT_DOUBLE_EQ(model.objective_offset, 2.5);  // RHS on the objective = −offset
    ASSERT_EQ(model.row_count(), 4);                // the second N row is dropped
    ASSERT_EQ(reading.warnings.size(), 1u);
    EXPECT_EQ(reading.warnings[0].where, "all.mps:8");
    EXPECT_THAT(reading.warnings[0].what, HasSubstr("FREE"));

    const Row& eq = model.rows[find_row(model, "EQ ROW")];
    EXPECT_EQ(eq.lower, 4.0);  // E row, R > 0: [b, b + R]
    EXPECT_EQ(eq.upper, 7.0);
    const Row& eqneg = model.rows[find_row(model, "EQNEG")];
    EXPECT_EQ(eqneg.lower, 5.0);  // E row, R < 0: [b + R, b]
    EXPECT_EQ(eqneg.upper, 7.0);
    const Row& lim = model.rows[find_row(model, "LIM")];
    EXPECT_EQ(lim.lower, 6.0);  // L row: [b − |R|, b]
    EXPECT_EQ(lim.upper, 10.0);
    const Row& min = model.rows[find_row(model, "MIN")];
    EXPECT_EQ(min.lower, -1.0);  // G row: [b, b + |R|]
    EXPECT_EQ(min.upper, 4.0);

    const Variable& x = model.variables[find_variable(model, "X ONE")];
    EXPECT_EQ(x.cost, 1.0);
    EXPECT_EQ(x.upper, 8.0);
    ASSERT_EQ(eq.terms.size(), 1u);
    EXPECT_EQ(eq.terms[0].coefficient, 2.0);
    ASSERT_EQ(lim.terms.size(), 2u);
    EXPECT_EQ(lim.terms[0].coefficient, -3.5);
    EXPECT_EQ(lim.terms[1].coefficient, 100.0);

    const Variable& k = model.variables[find_variable(model, "K")];
    EXPECT_EQ(k.type, VariableType::Integer);
    EXPECT_EQ(k.lower, 0.0);
    EXPECT_EQ(k.upper, 4.0);
    EXPECT_EQ(k.cost, -1.0);  // the entry in the dropped free row is ignored
    EXPECT_EQ(model.variables[find_variable(model, "Y")].type, VariableType::Continuous);

    auto bounds = [&](const std::string& name) {
        const Variable& v = model.variables[find_variable(model, name)];
        return std::pair{v.lower, v.upper};
    };
    EXPECT_EQ(bounds("LOW"), std::pair(-2.0, kInfinity));
    EXPECT_EQ(bounds("FIXED"), std::pair(3.25, 3.25));
    EXPECT_EQ(bounds("FREEV"), std::pair(-kInfinity, kInfinity));
    EXPECT_EQ(bounds("MINUS"), std::pair(-kInfinity, 6.0));
    EXPECT_EQ(bounds("PLUS"), std::pair(0.0, kInfinity));
    EXPECT_EQ(bounds("BIN"), std::pair(0.0, 1.0));
    EXPECT_EQ(model.variables[find_variable(model, "BIN")].type, VariableType::Binary);
    EXPECT_EQ(bounds("LOWI"), std::pair(-3.0, kInfinity));
    EXPECT_EQ(model.variables[find_variable(model, "LOWI")].type, VariableType::Integer);
    EXPECT_EQ(bounds("UPI"), std::pair(0.0, 12.0));
    EXPECT_EQ(model.variables[find_variable(model, "UPI")].type, VariableType::Integer);
    EXPECT_EQ(bounds("NEG"), std::pair(-9.0, -1.0));  // explicit lower kept
}

TEST(Mps, FreeFormatReadsTheSameModelAsFixed) {
    const std::string text = R"(NAME free
ROWS
 N cost
 L lim
 G min
 E eq
COLUMNS
 x cost 1 lim 2
 x eq 1
 MARKER 'MARKER' 'INTORG'
 k cost -1 min 1
 MARKER 'MARKER' 'INTEND'
RHS
 rhs lim 10 min -1
 eq 3
RANGES
 lim 4
BOUNDS
 UP bnd x 8
 FR k
 MI BND2 x
ENDATA
)";
    const ModelReading reading = parse_mps(text, "free.mps", MpsFormat::Free);
    ASSERT_TRUE(reading.ok()) << errors_of(reading);
    const Model& model = *reading.model;
    EXPECT_EQ(model.name, "free");
    ASSERT_EQ(model.row_count(), 3);
    EXPECT_EQ(model.rows[0].lower, 6.0);
    EXPECT_EQ(model.rows[0].upper, 10.0);
    EXPECT_EQ(model.rows[2].lower, 3.0);  // RHS line without a vector name
    EXPECT_EQ(model.variables[0].upper, 8.0);
    EXPECT_EQ(model.variables[0].lower, 0.0);  // the second BOUNDS vector is ignored
    EXPECT_EQ(model.variables[1].type, VariableType::Integer);
    EXPECT_EQ(model.variables[1].lower, -kInfinity);
    EXPECT_EQ(model.variables[1].upper, kInfinity);
    ASSERT_EQ(reading.warnings.size(), 1u);
    EXPECT_THAT(reading.warnings[0].what, HasSubstr("BND2"));
    EXPECT_EQ(reading.warnings[0].where, "free.mps:21");
}

TEST(Mps, ObjectiveSenseInBothStyles) {
    const std::string body = "ROWS\n N obj\nCOLUMNS\n x obj 1\nENDATA\n";
    for (const std::string sense :
         {"OBJSENSE\n    MAX\n", "OBJSENSE MAXIMIZE\n", "OBJSENSE\n MAXIMIZE\n"}) {
        const ModelReading reading = parse_mps("NAME t\n" + sense + body, "t.mps", MpsFormat::Free);
        ASSERT_TRUE(reading.ok()) << errors_of(reading);
        EXPECT_EQ(reading.model->sense, ObjectiveSense::Maximize) << sense;
    }
    const ModelReading fixed_reading =
        parse_mps("NAME          t\nOBJSENSE\n    MAX\nROWS\n N  obj\nCOLUMNS\n" +
                      fixed({"", "x", "obj", "1"}) + "ENDATA\n",
                  "t.mps", MpsFormat::Fixed);
    ASSERT_TRUE(fixed_reading.ok()) << errors_of(fixed_reading);
    EXPECT_EQ(fixed_reading.model->sense, ObjectiveSense::Maximize);
    const ModelReading bad =
        parse_mps("NAME t\nOBJSENSE\n    SIDEWAYS\n" + body, "t.mps", MpsFormat::Free);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.errors[0].where, "t.mps:3");
}

TEST(Mps, NegativeUpperBoundWithoutLowerFreesTheLowerBoundWithAWarning) {
    const std::string text =
        "NAME t\nROWS\n N obj\nCOLUMNS\n x obj 1\n y obj 1\nBOUNDS\n UP b x -4\n LO b y 0\n UP b y "
        "-4\nENDATA\n";
    const ModelReading reading = parse_mps(text, "neg.mps", MpsFormat::Free);
    ASSERT_TRUE(reading.ok()) << errors_of(reading);
    EXPECT_EQ(reading.model->variables[0].lower, -kInfinity);
    EXPECT_EQ(reading.model->variables[0].upper, -4.0);
    EXPECT_EQ(reading.model->variables[1].lower, 0.0);  // explicitly set: kept
    ASSERT_EQ(reading.warnings.size(), 1u);
    EXPECT_EQ(reading.warnings[0].where, "neg.mps:8");
    EXPECT_THAT(reading.warnings[0].what, HasSubstr("-infinity"));
}

TEST(Mps, MarkerIntegersDefaultToZeroOneAsInMiplib) {
    const std::string text =
        "NAME t\nROWS\n N obj\n L c\nCOLUMNS\n MARKER 'MARKER' 'INTORG'\n a obj 1 c 1\n b obj 1 c "
        "1\n"
        " MARKER 'MARKER' 'INTEND'\n z obj 1 c 1\nRHS\n rhs c 4\nBOUNDS\n UP bnd b 7\nENDATA\n";
    const ModelReading reading = parse_mps(text, "m.mps", MpsFormat::Free);
    ASSERT_TRUE(reading.ok()) << errors_of(reading);
    const auto& v = reading.model->variables;
    EXPECT_EQ(v[0].type, VariableType::Integer);
    EXPECT_EQ(v[0].lower, 0.0);
    EXPECT_EQ(v[0].upper, 1.0);
    EXPECT_EQ(v[1].upper, 7.0);
    EXPECT_EQ(v[2].type, VariableType::Continuous);
    EXPECT_EQ(v[2].upper, kInfinity);
}

TEST(Mps, EveryErrorIsReportedWithItsLine) {
    const std::string text = R"(NAME bad
ROWS
 N obj
 Q weird
 L c
 L c
COLUMNS
 x obj 1 R7 2
 x c abc
 y obj 1 c
RHS
 rhs nowhere 3
RANGES
 rng c 1e+x
BOUNDS
 UP bnd ghost 1
 SC bnd x 4
 ZZ bnd x 1
 UP bnd x
SOS
)";
    const ModelReading reading = parse_mps(text, "bad.mps", MpsFormat::Free);
    ASSERT_FALSE(reading.ok());
    std::vector<std::string> lines;
    for (const auto& issue : reading.errors) lines.push_back(to_string(issue));
    EXPECT_THAT(
        lines,
        ::testing::ElementsAre(
            "bad.mps:4: unknown row type 'Q' (expected N, E, L or G)",
            "bad.mps:6: row 'c' is defined twice", "bad.mps:8: unknown row name 'R7' in COLUMNS",
            "bad.mps:9: 'abc' is not a number (coefficient)",
            "bad.mps:10: a COLUMNS line needs a column name and one or two row-value pairs",
            "bad.mps:12: unknown row name 'nowhere' in RHS",
            "bad.mps:14: '1e+x' is not a number (range)",
            "bad.mps:16: unknown column name 'ghost' in BOUNDS",
            "bad.mps:17: semi-continuous bounds (SC) are not supported",
            "bad.mps:18: unknown bound type 'ZZ'",
            "bad.mps:19: bound UP on column 'x' needs a value",
            "bad.mps:20: unknown or unsupported section 'SOS'",
            "bad.mps:20: the file ends here, without ENDATA"));
    EXPECT_FALSE(reading.model.has_value());
}

TEST(Mps, DataBeforeAnySectionIsAnError) {
    const ModelReading reading = parse_mps("   x obj 1\nENDATA\n", "early.mps", MpsFormat::Free);
    ASSERT_FALSE(reading.ok());
    EXPECT_EQ(to_string(reading.errors[0]), "early.mps:1: data line before any section");
}

class MpsFiles : public ::testing::Test {
  protected:
    void SetUp() override {
        directory_ = std::filesystem::temp_directory_path() /
                     ("mealplan_mps_test_" + std::to_string(::getpid()));
        std::filesystem::create_directories(directory_);
    }
    void TearDown() override { std::filesystem::remove_all(directory_); }
    std::string path(const std::string& name) const { return (directory_ / name).string(); }
    std::filesystem::path directory_;
};

TEST_F(MpsFiles, GzipFilesAreReadLikePlainOnes) {
    const std::string text = every_section_fixed();
    const std::string compressed = path("all.mps.gz");
    gzFile file = gzopen(compressed.c_str(), "wb");
    ASSERT_NE(file, nullptr);
    ASSERT_EQ(gzwrite(file, text.data(), static_cast<unsigned>(text.size())),
              static_cast<int>(text.size()));
    gzclose(file);
    const ModelReading from_gzip = read_mps_file(compressed, MpsFormat::Fixed);
    ASSERT_TRUE(from_gzip.ok()) << errors_of(from_gzip);
    const ModelReading from_text = parse_mps(text, "all.mps", MpsFormat::Fixed);
    EXPECT_EQ(testing::model_difference(*from_text.model, *from_gzip.model), "");
    // The format guess reads the fixed file too (free fails on its names with spaces).
    const ModelReading guessed = read_model_file(compressed, ModelFileFormat::Mps);
    ASSERT_TRUE(guessed.ok()) << errors_of(guessed);
    EXPECT_EQ(testing::model_difference(*from_text.model, *guessed.model), "");
}

TEST_F(MpsFiles, MissingFileIsOneError) {
    const ModelReading reading = read_mps_file(path("absent.mps"), MpsFormat::Free);
    ASSERT_EQ(reading.errors.size(), 1u);
    EXPECT_THAT(reading.errors[0].what, HasSubstr("absent.mps: cannot open"));
}

Model model_with_every_feature() {
    Model model;
    model.name = "round trip";
    model.sense = ObjectiveSense::Maximize;
    model.objective_offset = -1.0 / 3.0;
    model.objective_name = "profit";
    const int a = model.add_variable("a", 0, kInfinity, 0.1);
    const int b = model.add_variable("b b", -kInfinity, kInfinity, -2);
    const int c = model.add_variable("c", -kInfinity, -3, 0);
    const int d = model.add_variable("d", 0, -2, 1);  // lower 0 must survive a negative upper
    const int e = model.add_variable("e", 2, 9, 1e-12, VariableType::Integer);
    const int f = model.add_variable("f", 0, kInfinity, 1, VariableType::Integer);
    const int g = model.add_variable("g", 0, 1, 3, VariableType::Binary);
    const int h = model.add_variable("h", -kInfinity, 4, 0, VariableType::Integer);
    const int k = model.add_variable("k", 5, 5, 0);
    const int unused = model.add_variable("unused", 1, 2, 0);
    (void)unused;
    model.add_row("le", -kInfinity, 4.5, {{a, 1}, {b, -1e20}});
    model.add_row("ge", -7, kInfinity, {{c, 3}, {e, 1}});
    model.add_row("eq", 2, 2, {{d, 1}, {f, 1}, {g, 1}});
    model.add_row("range", -1, 0.625, {{h, 2}, {k, -1}});
    model.add_row("free row", -kInfinity, kInfinity, {{a, 1}});
    model.add_row("empty", -kInfinity, 0, {});
    model.add_row("profit", 0, 0, {{a, 1}});  // same name as the objective
    return model;
}

TEST(Mps, WrittenModelReadsBackUnchanged) {
    const Model model = model_with_every_feature();
    const std::string text = write_mps(model);
    const ModelReading reading = parse_mps(text, "written.mps", MpsFormat::Free);
    ASSERT_TRUE(reading.ok()) << errors_of(reading) << text;
    EXPECT_EQ(testing::model_difference(model, *reading.model, false), "") << text;
    EXPECT_TRUE(reading.warnings.empty());
    EXPECT_EQ(reading.model->variables[1].name, "b_b");
    EXPECT_EQ(reading.model->rows[4].name, "free_row");
    EXPECT_EQ(reading.model->rows[6].name, "profit_2");
    EXPECT_EQ(
        write_mps(*reading.model),
        write_mps(parse_mps(write_mps(*reading.model), "again", MpsFormat::Free).model.value()));
}

}  // namespace
}  // namespace mealplan::solver

namespace mealplan::solver {
namespace {

/// A free MPS file whose row R1 has `terms` terms, one column each.
std::string mps_with_one_row_of(std::size_t terms) {
    std::string text = "NAME wide\nROWS\n N obj\n G R1\nCOLUMNS\n";
    for (std::size_t i = 0; i < terms; ++i) text += " x" + std::to_string(i) + " R1 1\n";
    return text + "RHS\n rhs R1 1\nENDATA\n";
}

TEST(MpsLimits, ARowOfTheMostTermsAllowedIsRead) {
    const ModelReading reading =
        parse_mps(mps_with_one_row_of(kMaxRowTerms), "wide.mps", MpsFormat::Free);
    ASSERT_TRUE(reading.ok()) << to_string(reading.errors.front());
    EXPECT_EQ(reading.model->rows.front().terms.size(), kMaxRowTerms);
}

TEST(MpsLimits, ARowOfOneTermMoreIsRefusedAtItsLineAndReadingStops) {
    const ModelReading reading =
        parse_mps(mps_with_one_row_of(kMaxRowTerms + 1), "wider.mps", MpsFormat::Free);
    ASSERT_FALSE(reading.ok());
    ASSERT_EQ(reading.errors.size(), 1U) << to_string(reading.errors.back());
    EXPECT_EQ(to_string(reading.errors.front()),
              "wider.mps:" + std::to_string(5 + kMaxRowTerms + 1) +
                  ": row 'R1' has more than 100000 terms (the limit for one row); reading "
                  "stopped here");
}

TEST(MpsLimits, AFileOfGarbageLinesStopsAfterAHundredErrors) {
    std::string text;
    for (int line = 0; line < 10000; ++line) text += "?\n";
    const ModelReading reading = parse_mps(text, "garbage.mps", MpsFormat::Free);
    ASSERT_EQ(reading.errors.size(), kMaxReadingErrors + 1);
    EXPECT_EQ(to_string(reading.errors[kMaxReadingErrors - 1]),
              "garbage.mps:100: unknown or unsupported section '?'");
    EXPECT_EQ(to_string(reading.errors.back()), "garbage.mps: reading stopped after 100 errors");
}

}  // namespace
}  // namespace mealplan::solver

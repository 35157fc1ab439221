#include "solver/lp_format.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "model_comparison.hpp"

namespace mealplan::solver {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::string errors_of(const ModelReading& reading) {
    std::string text;
    for (const auto& issue : reading.errors) text += to_string(issue) + "\n";
    return text;
}

TEST(LpFormat, ReadsEverySection) {
    const std::string text = R"(\ a comment
\Problem name: sample
Maximize
 value: 2 x + 3 y
   - z + 4 - 1.5
Subject To
 cap: x + y + z <= 10
 floor: x + z >= -2   \ trailing comment
 link: y - z = 1
 window: -3 <= x - y <= 4
 down: 8 >= 2 x + y >= 1
 c5: 3 x + 2 - y >= 7
 x + y =< 20
Bounds
 x <= 4
 -inf <= z <= 3
 y free
 2 <= w <= 5
 6 >= v
 u >= -infinity
 t = 2.5
 s >= 1
General
 z w
Binaries
 b
End
this is ignored
)";
    const ModelReading reading = parse_lp(text, "sample.lp");
    ASSERT_TRUE(reading.ok()) << errors_of(reading);
    const Model& m = *reading.model;
    EXPECT_EQ(m.name, "sample");
    EXPECT_EQ(m.sense, ObjectiveSense::Maximize);
    EXPECT_EQ(m.objective_name, "value");
    EXPECT_DOUBLE_EQ(m.objective_offset, 2.5);
    ASSERT_GE(m.variable_count(), 3);
    EXPECT_EQ(m.variables[0].name, "x");
    EXPECT_EQ(m.variables[0].cost, 2.0);
    EXPECT_EQ(m.variables[2].cost, -1.0);

    ASSERT_EQ(m.row_count(), 7);
    EXPECT_EQ(m.rows[0].name, "cap");
    EXPECT_EQ(m.rows[0].upper, 10.0);
    EXPECT_EQ(m.rows[1].lower, -2.0);
    EXPECT_EQ(m.rows[2].lower, 1.0);
    EXPECT_EQ(m.rows[2].upper, 1.0);
    EXPECT_EQ(m.rows[3].lower, -3.0);
    EXPECT_EQ(m.rows[3].upper, 4.0);
    EXPECT_EQ(m.rows[4].lower, 1.0);  // 8 >= expr >= 1
    EXPECT_EQ(m.rows[4].upper, 8.0);
    // 3x + 2 − y >= 7  →  3x − y >= 5
    EXPECT_EQ(m.rows[5].lower, 5.0);
    ASSERT_EQ(m.rows[5].terms.size(), 2u);
    EXPECT_EQ(m.rows[5].terms[1].coefficient, -1.0);
    EXPECT_EQ(m.rows[6].name, "R7");
    EXPECT_EQ(m.rows[6].upper, 20.0);

    auto variable = [&](const std::string& name) -> const Variable& {
        for (const auto& v : m.variables) {
            if (v.name == name) return v;
        }
        ADD_FAILURE() << "no variable " << name;
        return m.variables[0];
    };
    EXPECT_EQ(variable("x").upper, 4.0);
    EXPECT_EQ(variable("z").lower, -kInfinity);
    EXPECT_EQ(variable("z").upper, 3.0);
    EXPECT_EQ(variable("z").type, VariableType::Integer);
    EXPECT_EQ(variable("y").lower, -kInfinity);
    EXPECT_EQ(variable("y").upper, kInfinity);
    EXPECT_EQ(variable("w").lower, 2.0);
    EXPECT_EQ(variable("w").upper, 5.0);
    EXPECT_EQ(variable("v").upper, 6.0);
    EXPECT_EQ(variable("u").lower, -kInfinity);
    EXPECT_EQ(variable("t").lower, 2.5);
    EXPECT_EQ(variable("t").upper, 2.5);
    EXPECT_EQ(variable("s").lower, 1.0);
    EXPECT_EQ(variable("b").type, VariableType::Binary);
    EXPECT_EQ(variable("b").upper, 1.0);
    // Variables first named in Bounds or Binaries are created, with a warning each.
    EXPECT_EQ(reading.warnings.size(), 6u);
}

TEST(LpFormat, MinimizeIsTheDefaultSenseAndKeywordsAreCaseInsensitive) {
    const ModelReading reading = parse_lp("MINIMIZE\n obj: x\nST\n c: x >= 1\nEND\n", "m.lp");
    ASSERT_TRUE(reading.ok()) << errors_of(reading);
    EXPECT_EQ(reading.model->sense, ObjectiveSense::Minimize);
    EXPECT_EQ(reading.model->row_count(), 1);
}

TEST(LpFormat, EveryErrorIsReportedWithItsLine) {
    const std::string text = R"(Minimize
 obj: x + 2 y
Subject To
 c1: x + y
 c2: x + y <= 3
 c2: x >= 1
 c3: x * y <= 4
 c4: x + <= 2
 c5: 1 <= x + y >= 4
Bounds
 x <= 
 y frog
 3 <= 
Semi-Continuous
 y
)";
    const ModelReading reading = parse_lp(text, "bad.lp");
    ASSERT_FALSE(reading.ok());
    std::vector<std::string> lines;
    for (const auto& issue : reading.errors) lines.push_back(to_string(issue));
    EXPECT_THAT(lines,
                ElementsAre("bad.lp:4: row 'c1' needs a relation (<=, >= or =)",
                            "bad.lp:6: row 'c2' is defined twice",
                            "bad.lp:7: quadratic terms are not supported",
                            "bad.lp:8: a sign must be followed by a number or a variable",
                            "bad.lp:9: row 'c5': a ranged row must read L <= expression <= U",
                            "bad.lp:11: a bound on 'x' needs a number",
                            "bad.lp:12: a bound needs a relation or 'free' after 'y'",
                            "bad.lp:13: a bound must name a variable",
                            "bad.lp:14: semi-continuous and SOS sections are not supported",
                            "bad.lp:15: the file ends without End"));
}

TEST(LpFormat, TermsWithoutASignAndInfiniteRowSidesAreErrors) {
    const std::string text = R"(Maximize
 obj: 3 x + 2 y
Subject To
 c1: x y <= 4
 c2: 1e31 <= x + y <= 4
 c3: x + y <= -1e30
 c4: 1 <= x + y <= 1e31
End
)";
    const ModelReading reading = parse_lp(text, "typo.lp");
    ASSERT_FALSE(reading.ok());
    std::vector<std::string> lines;
    for (const auto& issue : reading.errors) lines.push_back(to_string(issue));
    // c4's upper side at 1e31 is +infinity, as in Bounds: a legal one-sided row.
    EXPECT_THAT(lines, ElementsAre("typo.lp:4: expected '+' or '-' before 'y'",
                                   "typo.lp:5: row 'c2' has an infinite right-hand side",
                                   "typo.lp:6: row 'c3' has an infinite right-hand side"));
}

TEST(LpFormat, InfinityBesideVariablesIsAnErrorWithItsLine) {
    // -inf < x - inf < 2 once became a row with a NaN side, refused later without a line.
    const std::string text = R"(Minimize
 obj: x
Subject To
 c1: -inf <= x - inf <= 2
 c2: x + inf >= 1
 c3: inf - inf <= x <= 2
End
)";
    const ModelReading reading = parse_lp(text, "nan.lp");
    ASSERT_FALSE(reading.ok());
    std::vector<std::string> lines;
    for (const auto& issue : reading.errors) lines.push_back(to_string(issue));
    EXPECT_THAT(lines,
                ElementsAre("nan.lp:4: row 'c1': infinity may only stand alone as a side, not "
                            "beside variables",
                            "nan.lp:5: row 'c2': infinity may only stand alone as a side, not "
                            "beside variables",
                            "nan.lp:6: row 'c3' adds infinities of opposite signs in a side"));
}

TEST(LpFormat, FileMustStartWithTheObjective) {
    const ModelReading reading = parse_lp("Subject To\n c: x >= 1\nEnd\n", "s.lp");
    ASSERT_FALSE(reading.ok());
    EXPECT_EQ(to_string(reading.errors[0]),
              "s.lp:1: the file must begin with Minimize or Maximize");
}

TEST(LpFormat, MissingFileIsOneError) {
    const ModelReading reading = read_lp_file("/nonexistent/dir/model.lp");
    ASSERT_EQ(reading.errors.size(), 1u);
    EXPECT_THAT(reading.errors[0].what, HasSubstr("cannot open"));
}

TEST(LpFormat, NamesAreMadeLegalUniquelyAndDeterministically) {
    EXPECT_EQ(lp_legal_name("milk, 1% fat"), "milk__1__fat");
    EXPECT_EQ(lp_legal_name("2nd"), "_2nd");
    EXPECT_EQ(lp_legal_name("e12"), "_e12");
    EXPECT_EQ(lp_legal_name("eggs"), "eggs");
    EXPECT_EQ(lp_legal_name("free"), "_free");
    EXPECT_EQ(lp_legal_name("End"), "_End");
    EXPECT_EQ(lp_legal_name(""), "_");
    EXPECT_EQ(lp_legal_name("~r_1"), "_r_1");

    Model model;
    model.add_variable("a b", 0, 1, 1);
    model.add_variable("a_b", 0, 1, 1);
    model.add_variable("a b", 0, 1, 1);
    model.add_row("st", 0, kInfinity, {{0, 1}});
    const ModelReading reading = parse_lp(write_lp(model), "names.lp");
    ASSERT_TRUE(reading.ok()) << errors_of(reading);
    ASSERT_EQ(reading.model->variable_count(), 3);
    EXPECT_EQ(reading.model->variables[0].name, "a_b");
    EXPECT_EQ(reading.model->variables[1].name, "a_b_2");
    EXPECT_EQ(reading.model->variables[2].name, "a_b_3");
    EXPECT_EQ(reading.model->rows[0].name, "_st");
    EXPECT_EQ(write_lp(model), write_lp(model));
}

Model model_with_every_feature() {
    Model model;
    model.name = "every feature";
    model.sense = ObjectiveSense::Maximize;
    model.objective_offset = -1.0 / 3.0;
    const int a = model.add_variable("a", 0, kInfinity, 0.1);
    const int b = model.add_variable("b b", -kInfinity, kInfinity, -2);
    const int c = model.add_variable("c", -kInfinity, -3, 0);
    const int d = model.add_variable("d", 0, -2, 1);
    const int e = model.add_variable("e", 2, 9, 1e-12, VariableType::Integer);
    const int f = model.add_variable("f", 0, kInfinity, 1, VariableType::Integer);
    const int g = model.add_variable("g", 0, 1, 3, VariableType::Binary);
    const int h = model.add_variable("h", -kInfinity, 4, 0, VariableType::Integer);
    const int k = model.add_variable("k", 5, 5, -0.0);
    model.add_variable("unused", 1, 2, 0);
    model.add_row("le", -kInfinity, 4.5, {{a, 1}, {b, -1e20}});
    model.add_row("ge", -7, kInfinity, {{c, 3}, {e, 1}});
    model.add_row("eq", 2, 2, {{d, 1}, {f, 1}, {g, 1}});
    model.add_row("range", -1, 1.0 / 7.0, {{h, 2}, {k, -1}});
    model.add_row("free row", -kInfinity, kInfinity, {{a, 1}});
    model.add_row("empty", -kInfinity, 0, {});
    model.add_row("obj", 0, 0, {{a, 1}});
    return model;
}

TEST(LpFormat, WrittenModelReadsBackUnchanged) {
    const Model model = model_with_every_feature();
    const std::string text = write_lp(model);
    const ModelReading reading = parse_lp(text, "written.lp");
    ASSERT_TRUE(reading.ok()) << errors_of(reading) << text;
    EXPECT_EQ(testing::model_difference(model, *reading.model, false), "") << text;
    EXPECT_TRUE(reading.warnings.empty());
    EXPECT_EQ(reading.model->name, "every feature");
    EXPECT_EQ(reading.model->variables[1].name, "b_b");
    EXPECT_EQ(reading.model->rows[6].name, "obj_2");
}

TEST(LpFormat, RandomModelsRoundTrip) {
    std::mt19937 random(20240611);
    std::uniform_real_distribution<double> value(-100.0, 100.0);
    std::uniform_int_distribution<int> pick(0, 5);
    for (int round = 0; round < 50; ++round) {
        Model model;
        model.objective_offset = pick(random) == 0 ? value(random) : 0.0;
        model.sense = pick(random) < 3 ? ObjectiveSense::Minimize : ObjectiveSense::Maximize;
        const int variables = 1 + pick(random) * 3;
        for (int j = 0; j < variables; ++j) {
            double lower = pick(random) < 2 ? -kInfinity : value(random);
            double upper = pick(random) < 2 ? kInfinity : value(random);
            if (lower > upper) std::swap(lower, upper);
            const int kind = pick(random);
            const VariableType type = kind == 0   ? VariableType::Integer
                                      : kind == 1 ? VariableType::Binary
                                                  : VariableType::Continuous;
            if (type == VariableType::Binary) {
                lower = 0.0;
                upper = 1.0;
            }
            model.add_variable("v" + std::to_string(j), lower, upper, value(random), type);
        }
        const int rows = pick(random) * 2;
        for (int i = 0; i < rows; ++i) {
            std::vector<Term> terms;
            for (int j = 0; j < variables; ++j) {
                if (pick(random) < 2) terms.push_back({j, value(random)});
            }
            double lower = pick(random) < 2 ? -kInfinity : value(random);
            double upper = pick(random) < 2 ? kInfinity : value(random);
            if (lower > upper) std::swap(lower, upper);
            if (pick(random) == 0 && std::isfinite(lower)) upper = lower;
            model.add_row("r" + std::to_string(i), lower, upper, std::move(terms));
        }
        const ModelReading reading = parse_lp(write_lp(model), "random.lp");
        ASSERT_TRUE(reading.ok()) << errors_of(reading);
        EXPECT_EQ(testing::model_difference(model, *reading.model), "") << write_lp(model);
    }
}

}  // namespace
}  // namespace mealplan::solver

namespace mealplan::solver {
namespace {

/// An LP file whose one row has `terms` terms, one variable each: "c1: x0 + x1 + … >= 1".
std::string lp_with_one_row_of(std::size_t terms) {
    std::string text = "Minimize\n obj: x0\nSubject To\n c1: x0";
    for (std::size_t i = 1; i < terms; ++i) {
        text += (i % 16 == 0 ? "\n + x" : " + x") + std::to_string(i);
    }
    return text + " >= 1\nEnd\n";
}

TEST(LpFormatLimits, ARowOfTheMostTermsAllowedIsRead) {
    const ModelReading reading = parse_lp(lp_with_one_row_of(kMaxRowTerms), "wide.lp");
    ASSERT_TRUE(reading.ok()) << to_string(reading.errors.front());
    EXPECT_EQ(reading.model->rows.front().terms.size(), kMaxRowTerms);
}

TEST(LpFormatLimits, ARowOfOneTermMoreIsRefusedAtItsLineAndReadingStops) {
    const ModelReading reading = parse_lp(lp_with_one_row_of(kMaxRowTerms + 1), "wider.lp");
    ASSERT_FALSE(reading.ok());
    ASSERT_EQ(reading.errors.size(), 1U) << to_string(reading.errors.back());
    // Term 100,000 (0-based) is on line 4 + 100000 / 16.
    EXPECT_EQ(to_string(reading.errors.front()),
              "wider.lp:" + std::to_string(4 + kMaxRowTerms / 16) +
                  ": a row or the objective has more than 100000 terms (the limit for one row); "
                  "reading stopped here");
}

TEST(LpFormatLimits, AStatementOfEndlessSignsIsRefusedWithoutReadingTheRest) {
    std::string text = "Minimize\n obj: x\nSubject To\n c1: x";
    for (std::size_t i = 0; i < 4 * kMaxRowTerms; ++i) text += "+ ";
    const ModelReading reading = parse_lp(text, "signs.lp");
    ASSERT_FALSE(reading.ok());
    ASSERT_EQ(reading.errors.size(), 1U) << to_string(reading.errors.back());
    EXPECT_THAT(to_string(reading.errors.front()),
                HasSubstr("signs.lp:4: a statement of more than 300016 words, numbers and signs"));
}

TEST(LpFormatLimits, AFileOfGarbageLinesStopsAfterAHundredErrors) {
    std::string text;
    for (int line = 0; line < 10000; ++line) text += "?\n";
    const ModelReading reading = parse_lp(text, "garbage.lp");
    ASSERT_EQ(reading.errors.size(), kMaxReadingErrors + 1);
    EXPECT_EQ(to_string(reading.errors.front()),
              "garbage.lp:1: the file must begin with Minimize or Maximize");
    EXPECT_EQ(to_string(reading.errors.back()), "garbage.lp: reading stopped after 100 errors");
}

}  // namespace
}  // namespace mealplan::solver

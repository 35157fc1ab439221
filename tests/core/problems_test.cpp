// Problems as values: a file's problems name the place, a request's name the field.

#include "core/problems.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace mealplan {
namespace {

enum class Field { Weight, Height };

std::string option(Field field) {
    return field == Field::Weight ? "--weight" : "--height";
}

TEST(Problem, ReadsAsWhereAndWhat) {
    EXPECT_EQ(to_string(Problem{"foods.json:/foods/3/id", "is missing"}),
              "foods.json:/foods/3/id: is missing");
    EXPECT_EQ(to_string(Problem{"", "out of memory"}), "out of memory");
}

TEST(FieldProblem, NamesEachMentionedFieldInTheCallersTerms) {
    const FieldProblem<Field> problem{
        Field::Weight, "goes with {}; {} is missing", {Field::Height, Field::Height}};
    EXPECT_EQ(describe(problem, option), "goes with --height; --height is missing");
    // A brace pair with no mention left stays as written.
    EXPECT_EQ(describe(FieldProblem<Field>{Field::Height, "{} and {}", {Field::Weight}}, option),
              "--weight and {}");
}

TEST(Result, HoldsAValueOrEveryIssue) {
    const Result<int> value = 3;
    ASSERT_TRUE(value.ok());
    EXPECT_EQ(*value, 3);
    const Result<int, FieldProblem<Field>> refused = std::vector<FieldProblem<Field>>{
        {Field::Weight, "must be positive"}, {Field::Height, "must be positive"}};
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.problems().size(), 2u);
    EXPECT_EQ(refused.problems()[1].field, Field::Height);
}

}  // namespace
}  // namespace mealplan

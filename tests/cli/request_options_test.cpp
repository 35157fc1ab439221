// The command line names each request field by the option that sets it, so a library's
// problem with a field reads as a problem with the option the user typed.

#include "cli/request_options.hpp"

#include <gtest/gtest.h>

#include "planner/planner.hpp"

namespace mealplan::cli {
namespace {

TEST(RequestOptions, EveryFieldHasItsOption) {
    EXPECT_EQ(option_for(ProfileField::EnergyKcal), "--kcal");
    EXPECT_EQ(option_for(ProfileField::WeightKg), "--weight-kg");
    EXPECT_EQ(option_for(PlanField::Days), "--days");
    EXPECT_EQ(option_for(PlanField::AllowSupplements), "--allow-supplements");
    EXPECT_EQ(option_for(ShoppingField::People), "--people");
}

TEST(RequestOptions, AProblemWithAFieldReadsAsAProblemWithItsOption) {
    const ProfileProblem problem{
        ProfileField::Lactating, "cannot be combined with {}", {ProfileField::Pregnant}};
    EXPECT_EQ(to_string(as_option_problem(problem)),
              "--lactating: cannot be combined with --pregnant");
    PlanRequest request;
    request.days = 40;
    const Problems problems = as_option_problems(validate_request(request));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(to_string(problems[0]),
              "--days: must be a whole number of days from 1 to 28, got 40");
}

}  // namespace
}  // namespace mealplan::cli

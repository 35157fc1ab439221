// The shared profile options as `targets`, `day` and `week` parse them.

#include "cli/profile_options.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <CLI/CLI.hpp>

namespace mealplan::cli {
namespace {

using ::testing::Contains;

Result<Profile> parse(std::vector<std::string> arguments) {
    CLI::App app;
    ProfileOptions options;
    add_profile_options(app, options);
    std::reverse(arguments.begin(), arguments.end());  // CLI11 takes them reversed
    app.parse(arguments);
    return profile_from_options(options);
}

std::vector<std::string> options_named(const Result<Profile>& result) {
    std::vector<std::string> where;
    EXPECT_FALSE(result.ok());
    if (!result.ok()) {
        for (const auto& problem : result.problems()) where.push_back(problem.where);
    }
    return where;
}

TEST(ProfileOptions, DefaultIsTheReferenceAdult) {
    const auto profile = parse({});
    ASSERT_TRUE(profile.ok());
    EXPECT_EQ(profile->sex, Sex::Female);
    EXPECT_EQ(profile->age_years, 30.0);
    EXPECT_FALSE(profile->energy_kcal.has_value());
    EXPECT_EQ(describe_profile(*profile), "female, 30");
}

TEST(ProfileOptions, ReadsEveryOption) {
    const auto profile = parse({"--sex", "female", "--age", "28.5", "--pregnant", "--weight-kg",
                                "62", "--height-cm", "168", "--activity", "active"});
    ASSERT_TRUE(profile.ok());
    EXPECT_EQ(profile->age_years, 28.5);
    EXPECT_TRUE(profile->pregnant);
    EXPECT_EQ(profile->weight_kg, 62.0);
    EXPECT_EQ(profile->height_cm, 168.0);
    EXPECT_EQ(profile->activity, ActivityLevel::Active);
    EXPECT_EQ(describe_profile(*profile), "female, 28.5, pregnant, 62 kg, 168 cm, active");
    const auto with_kcal = parse({"--sex", "male", "--age", "67", "--kcal", "2200"});
    ASSERT_TRUE(with_kcal.ok());
    EXPECT_EQ(with_kcal->sex, Sex::Male);
    EXPECT_EQ(with_kcal->energy_kcal, 2200.0);
}

TEST(ProfileOptions, UnreadableNumbersNameTheirOption) {
    EXPECT_THAT(options_named(parse({"--age", "thirty"})), Contains("--age"));
    EXPECT_THAT(options_named(parse({"--age", "nan"})), Contains("--age"));
    EXPECT_THAT(options_named(parse({"--kcal", "lots"})), Contains("--kcal"));
    EXPECT_THAT(
        options_named(parse({"--weight-kg", "60kg", "--height-cm", "170", "--activity", "active"})),
        Contains("--weight-kg"));
}

/// What CLI11 says when it refuses the arguments; empty when it takes them.
std::string refusal(std::vector<std::string> arguments) {
    CLI::App app;
    ProfileOptions options;
    add_profile_options(app, options);
    std::reverse(arguments.begin(), arguments.end());
    try {
        app.parse(arguments);
    } catch (const CLI::ParseError& error) {
        return error.what();
    }
    return "";
}

TEST(ProfileOptions, NamesOutsideTheTablesAreRefusedWithEveryName) {
    EXPECT_EQ(refusal({"--sex", "other"}), "--sex: must be one of female or male, got \"other\"");
    EXPECT_EQ(refusal({"--activity", "lazy"}),
              "--activity: must be one of sedentary, low-active, active or very-active, got "
              "\"lazy\"");
    EXPECT_EQ(refusal({"--sex", "male", "--activity", "very-active"}), "");
}

TEST(ProfileOptions, ListsEveryProblemAtOnce) {
    const auto where = options_named(parse({"--sex", "male", "--pregnant", "--kcal", "x"}));
    EXPECT_THAT(where, Contains("--pregnant"));
    EXPECT_THAT(where, Contains("--kcal"));
}

TEST(ProfileOptions, ProblemsOfTheProfileNameEveryOptionInvolved) {
    const auto profile = parse({"--sex", "male", "--pregnant"});
    ASSERT_FALSE(profile.ok());
    ASSERT_EQ(profile.problems().size(), 1u);
    EXPECT_EQ(to_string(profile.problems()[0]), "--pregnant: applies to --sex female only");
    const auto body = parse({"--kcal", "2000", "--height-cm", "170"});
    ASSERT_FALSE(body.ok());
    EXPECT_EQ(to_string(body.problems()[0]),
              "--kcal: sets the energy target directly: do not combine it with --weight-kg, "
              "--height-cm or --activity");
}

TEST(ProfileOptions, CombinationsAreChecked) {
    EXPECT_THAT(options_named(parse({"--sex", "male", "--lactating"})), Contains("--lactating"));
    EXPECT_THAT(options_named(parse({"--age", "0.5"})), Contains("--age"));
    EXPECT_THAT(options_named(parse({"--kcal", "2000", "--height-cm", "170"})), Contains("--kcal"));
    EXPECT_THAT(options_named(parse({"--activity", "active"})), Contains("--weight-kg"));
}

}  // namespace
}  // namespace mealplan::cli

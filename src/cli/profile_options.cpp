#include "cli/profile_options.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "cli/enum_option.hpp"
#include "cli/request_options.hpp"
#include "core/text.hpp"
#include "dri/dri_table.hpp"

namespace mealplan::cli {
namespace {

/// Reads an optional numeric option; an unreadable value becomes a problem.
std::optional<double> read_number(const std::string& text, ProfileField field, const char* unit,
                                  Problems& problems) {
    if (text.empty()) return std::nullopt;
    const auto value = parse_number<double>(text);
    if (!value) {
        problems.push_back({std::string(option_for(field)),
                            fmt::format("must be a number of {}; got '{}'", unit, text)});
    }
    return value;
}

}  // namespace

void add_profile_options(CLI::App& command, ProfileOptions& options) {
    const char* group = "Profile";
    command.add_option("--sex", options.sex, "Sex (default: female)")
        ->check(enum_names<Sex>())
        ->group(group);
    command
        .add_option(
            "--age", options.age,
            fmt::format("Age in years, {:g} to {:g} (default: 30)", kMinAgeYears, kMaxAgeYears))
        ->group(group);
    // Conflicts (--pregnant with --lactating, --kcal with body measures) are checked by
    // validate_profile, not CLI11 ->excludes(), so every command reports them in the same
    // words and all at once.
    command.add_flag("--pregnant", options.pregnant, "Pregnant (female, 14-50)")->group(group);
    command.add_flag("--lactating", options.lactating, "Breastfeeding (female, 14-50)")
        ->group(group);
    command
        .add_option("--kcal", options.kcal,
                    "Energy target in kcal/day (instead of the estimate from the DRI equations)")
        ->group(group);
    command
        .add_option("--weight-kg", options.weight_kg,
                    "Body weight in kg (with --height-cm and --activity)")
        ->group(group);
    command
        .add_option("--height-cm", options.height_cm,
                    "Height in cm (with --weight-kg and --activity)")
        ->group(group);
    command
        .add_option("--activity", options.activity,
                    "Physical activity level (with --weight-kg and --height-cm)")
        ->check(enum_names<ActivityLevel>())
        ->group(group);
}

Result<Profile> profile_from_options(const ProfileOptions& options) {
    Problems problems;
    Profile profile;
    profile.sex = option_value(options.sex, Sex::Female);
    if (const auto age = parse_number<double>(options.age)) {
        profile.age_years = *age;
    } else {
        problems.push_back({std::string(option_for(ProfileField::Age)),
                            fmt::format("must be a number of years; got '{}'", options.age)});
    }
    profile.pregnant = options.pregnant;
    profile.lactating = options.lactating;
    profile.energy_kcal = read_number(options.kcal, ProfileField::EnergyKcal, "kcal", problems);
    profile.weight_kg = read_number(options.weight_kg, ProfileField::WeightKg, "kg", problems);
    profile.height_cm = read_number(options.height_cm, ProfileField::HeightCm, "cm", problems);
    if (!options.activity.empty()) {
        profile.activity = option_value(options.activity, ActivityLevel::LowActive);
    }
    add_checked(problems, validate_profile(profile));
    if (!problems.empty()) return problems;
    return profile;
}

Result<Targets> targets_from_dri_file(const std::filesystem::path& dri_path,
                                      const Profile& profile) {
    auto table = load_dri(dri_path);
    if (!table) return std::move(table).problems();
    const bool valid = validate_profile(profile).empty();
    if (auto missing = missing_life_stage(*table, profile); valid && missing) {
        return Problem{dri_path.string(),
                       "has no life-stage group for " + *missing +
                           ": add that group to the file, or plan for another --sex or --age"};
    }
    auto targets = targets_for(*table, profile);
    if (!targets) return as_option_problems(targets.problems());
    return std::move(targets).value();
}

std::string describe_profile(const Profile& profile) {
    std::string text = fmt::format("{}, {:g}", to_string(profile.sex), profile.age_years);
    if (profile.pregnant) text += ", pregnant";
    if (profile.lactating) text += ", lactating";
    if (profile.energy_kcal) text += fmt::format(", {:g} kcal", *profile.energy_kcal);
    if (profile.weight_kg) text += fmt::format(", {:g} kg", *profile.weight_kg);
    if (profile.height_cm) text += fmt::format(", {:g} cm", *profile.height_cm);
    if (profile.activity) text += fmt::format(", {}", to_string(*profile.activity));
    return text;
}

}  // namespace mealplan::cli

#include "cli/profile_options.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <charconv>
#include <cmath>

namespace mealplan::cli {
namespace {

/// A finite number from the whole of `text`, or nullopt.
std::optional<double> parse_number(const std::string& text) {
    double value = 0.0;
    const auto* first = text.data();
    const auto* last = text.data() + text.size();
    const auto [end, error] = std::from_chars(first, last, value);
    if (error != std::errc() || end != last || !std::isfinite(value)) return std::nullopt;
    return value;
}

/// Reads an optional numeric option; an unreadable value becomes a problem.
std::optional<double> read_number(const std::string& text, const char* option, const char* unit,
                                  Problems& problems) {
    if (text.empty()) return std::nullopt;
    const auto value = parse_number(text);
    if (!value) {
        problems.push_back({option, fmt::format("must be a number of {}; got '{}'", unit, text)});
    }
    return value;
}

}  // namespace

void add_profile_options(CLI::App& command, ProfileOptions& options) {
    const char* group = "Profile";
    command.add_option("--sex", options.sex, "female or male (default: female)")->group(group);
    command.add_option("--age", options.age, "Age in years, 1 to 120 (default: 30)")->group(group);
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
                    "Body weight in kg (with --height-cm "
                    "and --activity)")
        ->group(group);
    command
        .add_option("--height-cm", options.height_cm,
                    "Height in cm (with --weight-kg and "
                    "--activity)")
        ->group(group);
    command
        .add_option("--activity", options.activity,
                    "sedentary, low-active, active or very-active (with --weight-kg and "
                    "--height-cm)")
        ->group(group);
}

Result<Profile> profile_from_options(const ProfileOptions& options) {
    Problems problems;
    Profile profile;
    if (const auto sex = sex_from_string(options.sex)) {
        profile.sex = *sex;
    } else {
        problems.push_back({"--sex", fmt::format("must be female or male; got '{}'", options.sex)});
    }
    if (const auto age = parse_number(options.age)) {
        profile.age_years = *age;
    } else {
        problems.push_back(
            {"--age", fmt::format("must be a number of years; got '{}'", options.age)});
    }
    profile.pregnant = options.pregnant;
    profile.lactating = options.lactating;
    profile.energy_kcal = read_number(options.kcal, "--kcal", "kcal", problems);
    profile.weight_kg = read_number(options.weight_kg, "--weight-kg", "kg", problems);
    profile.height_cm = read_number(options.height_cm, "--height-cm", "cm", problems);
    if (!options.activity.empty()) {
        if (const auto level = activity_from_string(options.activity)) {
            profile.activity = *level;
        } else {
            problems.push_back(
                {"--activity", fmt::format("must be sedentary, low-active, active or "
                                           "very-active; got '{}'",
                                           options.activity)});
        }
    }
    if (!problems.empty()) {
        // Checks of combinations still run on what could be read, so one run lists all.
        for (auto& problem : validate_profile(profile)) {
            bool already = false;
            for (const auto& existing : problems)
                already = already || existing.where == problem.where;
            if (!already) problems.push_back(std::move(problem));
        }
        return problems;
    }
    if (auto invalid = validate_profile(profile); !invalid.empty()) return invalid;
    return profile;
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

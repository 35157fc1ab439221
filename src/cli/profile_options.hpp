#pragma once
// The profile options shared by `targets`, `day` and `week`:
//   --sex female|male --age YEARS [--pregnant|--lactating]
//   [--kcal N | --weight-kg N --height-cm N --activity sedentary|low-active|active|very-active]
// Without options the profile is the DRI reference adult: a woman of 30 (the 19-30 year
// group whose reference body the DRI reports use).

#include <filesystem>
#include <optional>
#include <string>

#include "core/problems.hpp"
#include "dri/targets.hpp"

namespace CLI {
class App;
}

namespace mealplan::cli {

/// The profile options as typed; numbers stay text so that a bad value becomes a
/// problem naming its option instead of a generic parse error. Sex and activity are names
/// CLI11 has checked against their name tables.
struct ProfileOptions {
    std::string sex{to_string(Sex::Female)};
    std::string age = "30";
    bool pregnant = false;
    bool lactating = false;
    std::string kcal;
    std::string weight_kg;
    std::string height_cm;
    std::string activity;  ///< empty when not given
};

/// Adds the profile options to `command`, storing what the user typed in `options`
/// (which must outlive the parse).
void add_profile_options(CLI::App& command, ProfileOptions& options);

/// The profile, or every problem with the options, each naming its option: the numbers
/// that are not numbers, then what validate_profile() finds in the rest
/// ("--pregnant: applies to --sex female only").
Result<Profile> profile_from_options(const ProfileOptions& options);

/// The targets for `profile` from the DRI file at `dri_path`: its problems when it cannot
/// be read; when it has no group for the profile, a problem naming the file and the group
/// ("dri.json: has no life-stage group for a female of 30 years …"), since the options
/// may be the defaults the user never typed; else those of targets_for().
Result<Targets> targets_from_dri_file(const std::filesystem::path& dri_path,
                                      const Profile& profile);

/// "female, 34", "female, 28, pregnant", "male, 67, 80 kg, 178 cm, active": for headings.
std::string describe_profile(const Profile& profile);

}  // namespace mealplan::cli

#pragma once
// What a plan was asked for, as plan JSON records it under "request": every field of the
// request and the profile as given, so that a program can plan the same request again
// (`mealplan why` plans it without one food or dish). Plain data; the planner fills it,
// the JSON writer writes it, the plan reader reads it back.

#include <string>
#include <vector>

#include "catalogue/food.hpp"
#include "core/enum_names.hpp"
#include "dri/targets.hpp"

namespace mealplan {

/// How minimums are enforced (docs/ARCHITECTURE.md, "The plan model"): every day, or, for
/// nutrients the body stores (vitamin D, B12, vitamin A, folate), as a weekly average
/// above a daily floor.
enum class CoverageMode { Daily, Weekly };

/// "daily", "weekly", as plan JSON, reports and the command line spell them.
template <>
inline constexpr auto kEnumNames<CoverageMode> = make_enum_names<CoverageMode>(
    {{CoverageMode::Daily, "daily"}, {CoverageMode::Weekly, "weekly"}});

/// The request a plan answers, field for field as the planner took it. The profile is the
/// one given (an energy target only when the person set one), not the targets derived.
struct RecordedRequest {
    Profile profile;
    int days = 1;
    CoverageMode coverage = CoverageMode::Daily;
    int max_repeats = 2;
    unsigned seed = 1;
    double time_limit_seconds = 10.0;
    double relative_gap = 0.01;
    Diet diet = Diet::Omnivore;
    std::vector<Allergen> avoid;
    std::vector<std::string> exclude;  ///< as typed
    bool allow_supplements = false;
};

}  // namespace mealplan

#pragma once
// What a caller asks the planner for: how many days, under which rules, and the dishes it
// may choose from. Plain data; the planner checks it (plan_meals) and names the fields it
// objects to, so any front end can fill it.

#include <atomic>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "catalogue/food.hpp"
#include "dishes/dish.hpp"
#include "plan/plan.hpp"
#include "plan/plan_result.hpp"

namespace mealplan {

/// A dish as the planner sees it: foods in grams per serving and the slots it suits.
/// Diet and allergen fitness are derived from the ingredients' catalogue tags by the
/// planner itself, so a dish can never smuggle in an excluded food.
struct PlannerDish {
    struct Ingredient {
        FoodId food_id;
        double grams = 0.0;     ///< per serving
        bool optional = false;  ///< a garnish the dish may be served without
        std::optional<Preparation> as_served = std::nullopt;  ///< nullopt: as SR28 describes it
    };
    std::string id;
    std::string name;
    std::vector<Ingredient> ingredients;
    std::set<MealSlot> slots;
};

/// The dishes of a dishes file as the planner takes them.
std::vector<PlannerDish> planner_dishes(const std::vector<Dish>& dishes);

/// The portions a dish may be served at, in servings (docs/ARCHITECTURE.md, "The plan
/// model": ½ to 2).
inline constexpr double kPortionServings[] = {0.5, 1.0, 1.5, 2.0};

/// Share of a weekly-coverage nutrient's minimum that every single day must still reach
/// (docs/ARCHITECTURE.md, "The plan model": the daily floor). Half keeps a day from
/// dropping a stored nutrient entirely while letting a fish day carry the week's vitamin D.
inline constexpr double kWeeklyDailyFloor = 0.5;

/// The longest plan, in days.
inline constexpr int kMaxPlanDays = 28;
/// The longest time limit a request may set, in seconds.
inline constexpr double kMaxTimeLimitSeconds = 3600.0;

/// What the planner is doing, told to a person watching a long plan (PlanRequest::progress).
struct PlanProgress {
    std::string stage;  ///< "building the model", "day 3 of 7", "checking fixes" …
    /// The best plan so far: how many nutrients it leaves short of a minimum (nullopt before
    /// there is a plan).
    std::optional<int> nutrients_short;
    /// Once every minimum the plan can meet is held: the objective of the best plan so far
    /// (energy fit, cost and portions; lower is better).
    std::optional<double> objective;
};

/// One meal of a plan: its day (1-based) and slot.
struct MealRef {
    int day = 1;
    MealSlot slot = MealSlot::Breakfast;
    auto operator<=>(const MealRef&) const = default;
};

/// A plan to change rather than plan afresh (the command line's `--from`): some meals kept
/// exactly, some given another dish, and the rest kept where the targets and filters allow
/// (planner/plan_revision.hpp).
struct PlanRevision {
    Plan base;                  ///< the plan to change, its days numbered 1, 2, … in order
    std::vector<MealRef> keep;  ///< served exactly as in `base`
    std::vector<MealRef> swap;  ///< served with another dish than in `base`
};

struct PlanRequest {
    int days = 7;                                  ///< 1 … kMaxPlanDays
    CoverageMode coverage = CoverageMode::Weekly;  ///< a one-day plan is always daily
    int max_repeats = 2;                           ///< times a dish may appear in the plan
    unsigned seed = 1;                             ///< perturbs ties; same seed, same plan
    double time_limit_seconds = 10.0;              ///< safety limit of the search, ≤ 3600
    /// Safety limit on finding a first plan at all, which a shorter time limit does not
    /// bound (a longer one extends it): past it without a plan the status is time_limit.
    double first_plan_limit_seconds = 120.0;
    double relative_gap = 0.01;  ///< stop when proven within this gap, [0, 1)
    Diet diet = Diet::Omnivore;
    std::vector<Allergen> avoid;
    std::vector<std::string> exclude;  ///< food ids, names or aisles, as typed
    bool allow_supplements = false;
    bool diagnose = true;  ///< explain shortfalls by re-solving relaxations
    /// With diagnose: plan again with each fix the diagnosis proposes, and find one joint
    /// fix (fix_verification.hpp). Costs a few plans of the request.
    bool check_fixes = true;
    /// False: stop at the plan of least shortfall, unpolished (no search for a better energy
    /// fit, cost or portions after it). Enough to tell whether every target can be met, at a
    /// fraction of the time: what screening a fix needs (fix_verification.hpp).
    bool polish = true;
    /// When set and it becomes true (Ctrl-C), every solve stops at its next check; the
    /// result is then incomplete and the caller should discard it.
    const std::atomic<bool>* interrupt = nullptr;
    /// When set, told each stage of the search and the best plan found so far, on the
    /// planning thread. The plans made to check fixes tell nothing of their own.
    std::function<void(const PlanProgress&)> progress;
    /// When set, the plan changes this one instead of starting afresh; `days` is at most
    /// its number of days (a shorter request revises its first days).
    std::optional<PlanRevision> revision = std::nullopt;
};

/// The fields of a PlanRequest that a problem or a fix can name.
enum class PlanField {
    Days,
    Coverage,
    MaxRepeats,
    TimeLimit,
    Gap,
    Exclude,
    AllowSupplements,
    From,  ///< the revised plan (PlanRevision::base)
    Swap,
    Keep,
};

using PlanProblem = FieldProblem<PlanField>;

/// `request` as plan JSON records it, for `profile` (the profile as given).
RecordedRequest record_of(const PlanRequest& request, const Profile& profile);

/// The request a plan recorded, to plan it again: every recorded field, the rest as a
/// PlanRequest defaults them (diagnosis on, no interrupt).
PlanRequest request_from(const RecordedRequest& recorded);

}  // namespace mealplan

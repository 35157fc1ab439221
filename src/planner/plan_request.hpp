#pragma once
// What a caller asks the planner for: how many days, under which rules, and the dishes it
// may choose from. Plain data; the planner checks it (plan_meals) and names the fields it
// objects to, so any front end can fill it.

#include <atomic>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "catalogue/food.hpp"
#include "dishes/dish.hpp"
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

struct PlanRequest {
    int days = 7;                                  ///< 1 … kMaxPlanDays
    CoverageMode coverage = CoverageMode::Weekly;  ///< a one-day plan is always daily
    int max_repeats = 2;                           ///< times a dish may appear in the plan
    unsigned seed = 1;                             ///< perturbs ties; same seed, same plan
    double time_limit_seconds = 10.0;              ///< safety limit of the search, ≤ 3600
    double relative_gap = 0.01;                    ///< stop when proven within this gap, [0, 1)
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
};

/// The fields of a PlanRequest that a problem or a fix can name.
enum class PlanField { Days, Coverage, MaxRepeats, TimeLimit, Gap, Exclude, AllowSupplements };

using PlanProblem = FieldProblem<PlanField>;

/// `request` as plan JSON records it, for `profile` (the profile as given).
RecordedRequest record_of(const PlanRequest& request, const Profile& profile);

/// The request a plan recorded, to plan it again: every recorded field, the rest as a
/// PlanRequest defaults them (diagnosis on, no interrupt).
PlanRequest request_from(const RecordedRequest& recorded);

}  // namespace mealplan

#pragma once
// What a caller asks the planner for: how many days, under which rules, and the dishes it
// may choose from. Plain data; the CLI fills it from the command line.

#include <atomic>
#include <set>
#include <string>
#include <vector>

#include "catalogue/food.hpp"
#include "planner/plan_result.hpp"

namespace mealplan {

/// A dish as the planner sees it: foods in grams per serving and the slots it suits.
/// Diet and allergen fitness are derived from the ingredients' catalogue tags by the
/// planner itself, so a dish can never smuggle in an excluded food.
struct PlannerDish {
    struct Ingredient {
        FoodId food_id;
        double grams = 0.0;  ///< per serving
    };
    std::string id;
    std::string name;
    std::vector<Ingredient> ingredients;
    std::set<MealSlot> slots;
};

/// The portions a dish may be served at, in servings (DESIGN §4: ½ to 2).
inline constexpr double kPortionServings[] = {0.5, 1.0, 1.5, 2.0};

/// Share of a weekly-coverage nutrient's minimum that every single day must still reach
/// (DESIGN §2 "a weekly average with a daily floor"). Half keeps a day from dropping a
/// stored nutrient entirely while letting a fish day carry the week's vitamin D.
inline constexpr double kWeeklyDailyFloor = 0.5;

struct PlanRequest {
    int days = 7;                                  ///< 1 … 28
    CoverageMode coverage = CoverageMode::Weekly;  ///< a one-day plan is always daily
    int max_repeats = 2;                           ///< times a dish may appear in the plan
    unsigned seed = 1;                             ///< perturbs ties; same seed, same plan
    double time_limit_seconds = 10.0;              ///< safety limit of the search
    double relative_gap = 0.01;                    ///< stop when proven within this gap
    Diet diet = Diet::Omnivore;
    std::vector<Allergen> avoid;
    std::vector<std::string> exclude;  ///< food ids, names or aisles, as typed
    bool allow_supplements = false;
    bool diagnose = true;  ///< explain shortfalls by re-solving relaxations
    /// When set and it becomes true (Ctrl-C), every solve stops at its next check; the
    /// result is then incomplete and the caller should discard it.
    const std::atomic<bool>* interrupt = nullptr;
};

}  // namespace mealplan

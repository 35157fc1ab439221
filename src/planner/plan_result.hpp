#pragma once
// What the planner returns: the plan, the targets it was held to, how good it is, and
// for every target it could not meet, how much is missing, what blocks it and what would
// fix it. Reports (report/) render this; plan JSON (schema mealplan.plan/1) carries it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/food.hpp"
#include "dri/targets.hpp"
#include "nutrients/nutrient.hpp"
#include "plan/plan.hpp"

namespace mealplan {

/// How minimums are enforced (DESIGN §2): every day, or, for nutrients the body stores
/// (vitamin D, B12, vitamin A, folate), as a weekly average above a daily floor.
enum class CoverageMode { Daily, Weekly };

enum class PlanStatus {
    Optimal,    ///< every target met; proven optimal within the gap
    Feasible,   ///< every target met; a limit stopped the search (gap reported)
    Shortfall,  ///< some minimum cannot be met; best plan returned with the shortfalls
    NoPlan,     ///< not even a plan with shortfalls could be built (e.g. no dish for a slot)
};

/// "daily" / "weekly", as plan JSON and reports spell it. Inline so that the reports can
/// name a result without linking the planner.
inline std::string_view to_string(CoverageMode mode) {
    return mode == CoverageMode::Daily ? "daily" : "weekly";
}

/// "optimal", "feasible", "shortfall", "no_plan", as plan JSON spells it.
inline std::string_view to_string(PlanStatus status) {
    switch (status) {
        case PlanStatus::Optimal:
            return "optimal";
        case PlanStatus::Feasible:
            return "feasible";
        case PlanStatus::Shortfall:
            return "shortfall";
        case PlanStatus::NoPlan:
            return "no_plan";
    }
    return "no_plan";
}

/// The filters a plan was built under, as the user gave them (for headers and reports).
struct PlanFilters {
    Diet diet = Diet::Omnivore;
    std::vector<Allergen> avoid;
    std::vector<std::string> exclude;       ///< as typed
    std::vector<FoodId> excluded_food_ids;  ///< what the exclusions resolved to
    bool allow_supplements = false;
};

/// A minimum the plan misses. Amounts are in the nutrient's unit, per day (for a weekly
/// nutrient: the weekly average per day).
struct Shortfall {
    Nutrient nutrient = Nutrient::MagnesiumMg;
    double target = 0.0;
    double achieved = 0.0;
    double missing = 0.0;   ///< target − achieved, > 0
    std::vector<int> days;  ///< 1-based days that miss it (all days for a weekly nutrient)
};

/// Why a minimum cannot be met and the smallest change that would fix it.
struct Diagnosis {
    Nutrient nutrient = Nutrient::MagnesiumMg;
    double missing = 0.0;
    double missing_percent = 0.0;       ///< of the target
    std::vector<std::string> blockers;  ///< "the vegan diet", "excluded: spinach, almonds" …
    std::vector<std::string>
        fixes;  ///< "allow fortified soy milk (16139)", "--allow-supplements" …
};

/// A supplement tablet taken on a day (only with --allow-supplements). Its nutrients count
/// in the day's totals for coverage and for the upper limits.
struct SupplementDose {
    int day = 1;       ///< 1-based
    std::string id;    ///< "vitamin-d3"
    std::string name;  ///< "Vitamin D3 1,000 IU (25 µg)"
    NutrientAmounts amounts{};
};

struct PlanResult {
    Plan plan;
    Targets targets;
    PlanFilters filters;
    CoverageMode coverage = CoverageMode::Weekly;
    unsigned seed = 1;
    PlanStatus status = PlanStatus::NoPlan;
    double objective = 0.0;
    double gap = 0.0;      ///< relative gap reported by the solver
    double seconds = 0.0;  ///< wall time of the solve
    std::vector<Shortfall> shortfalls;
    std::vector<Diagnosis> diagnosis;
    std::vector<SupplementDose> supplements;
    /// With status NoPlan: why, in words a person can act on.
    std::string no_plan_reason;
    /// Size of the model solved, for reports and benchmarks.
    int model_rows = 0;
    int model_columns = 0;
    int model_integers = 0;
};

}  // namespace mealplan

#pragma once
// What the planner returns: the plan, the targets it was held to, how good it is, and
// for every target it could not meet, how much is missing, what blocks it and which
// changes to the request would fix it. Reports (report/) render this; plan JSON (schema
// mealplan.plan/1) carries it. Plain data, so that a report never needs the planner.

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "catalogue/food.hpp"
#include "core/enum_names.hpp"
#include "dri/targets.hpp"
#include "nutrients/nutrient.hpp"
#include "plan/plan.hpp"

namespace mealplan {

/// The nutrients the body stores (vitamin D, B12, vitamin A, folate): in weekly coverage
/// they are held to a weekly average with a daily floor; the others to a minimum every day.
constexpr bool is_stored_nutrient(Nutrient nutrient) {
    return nutrient == Nutrient::VitaminDUg || nutrient == Nutrient::VitaminB12Ug ||
           nutrient == Nutrient::VitaminARaeUg || nutrient == Nutrient::FolateDfeUg;
}

enum class PlanStatus {
    Optimal,    ///< every target met; proven optimal within the gap
    Feasible,   ///< every target met; a limit stopped the search (gap reported)
    Shortfall,  ///< some minimum cannot be met; best plan returned with the shortfalls
    NoPlan,     ///< not even a plan with shortfalls could be built (e.g. no dish for a slot)
    TimeLimit,  ///< the time limit ran out before a first plan: not a proof that none exists
};

/// "optimal", "feasible", "shortfall", "no_plan", "time_limit", as plan JSON spells them.
template <>
inline constexpr auto kEnumNames<PlanStatus> =
    make_enum_names<PlanStatus>({{PlanStatus::Optimal, "optimal"},
                                 {PlanStatus::Feasible, "feasible"},
                                 {PlanStatus::Shortfall, "shortfall"},
                                 {PlanStatus::NoPlan, "no_plan"},
                                 {PlanStatus::TimeLimit, "time_limit"}});

/// What a user is told when the time limit ran out before a first plan was found.
inline constexpr std::string_view kTimeLimitAdvice =
    "this is not a proof that no plan exists; allow more time with --time-limit";

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

// The changes to a plan request that a diagnosis can propose. Each names everything a
// front end needs to apply it to the request it made (the command line: the arguments
// that ask for it), so a fix can be shown, and later run, in that front end's own terms.

/// Take these foods out of the exclusions (their ids, and their names for people, in the
/// same order: the richest in the missing nutrient first).
struct AllowFoods {
    std::vector<FoodId> food_ids;
    std::vector<std::string> names;
    bool operator==(const AllowFoods&) const = default;
};
/// Stop avoiding this allergen.
struct StopAvoiding {
    Allergen allergen = Allergen::Milk;
    bool operator==(const StopAvoiding&) const = default;
};
/// Hold the stored nutrients to a weekly average rather than every day.
struct UseWeeklyCoverage {
    bool operator==(const UseWeeklyCoverage&) const = default;
};
/// Let a dish appear this many times in the plan.
struct RaiseRepeatCap {
    int max_repeats = 0;
    bool operator==(const RaiseRepeatCap&) const = default;
};
/// Allow supplement tablets.
struct AllowSupplements {
    bool operator==(const AllowSupplements&) const = default;
};
/// Plan for this broader diet.
struct ChangeDiet {
    Diet diet = Diet::Omnivore;
    bool operator==(const ChangeDiet&) const = default;
};

using Fix = std::variant<AllowFoods, StopAvoiding, UseWeeklyCoverage, RaiseRepeatCap,
                         AllowSupplements, ChangeDiet>;

/// A change to the request (one fix, or several applied together) and what the planner
/// found when it planned again with it.
struct CheckedFix {
    std::vector<Fix> changes;      ///< applied together, smallest first
    std::vector<Nutrient> closes;  ///< shortfalls of the plan that the new plan no longer has
    std::vector<Nutrient> opens;   ///< shortfalls of the new plan that the plan did not have
    /// Planned again with the request's own budget: the new plan meets every target.
    bool verified = false;
    /// The front end's arguments that make the whole request with the change applied,
    /// ready to run (the command line: "mealplan", "week", …). Left empty by the planner,
    /// which knows no front end; the front end fills it before rendering.
    std::vector<std::string> argv;
};

/// Why a minimum cannot be met and the smallest changes that would fix it.
struct Diagnosis {
    Nutrient nutrient = Nutrient::MagnesiumMg;
    double missing = 0.0;
    double missing_percent = 0.0;       ///< of the target
    std::vector<std::string> blockers;  ///< "the vegan diet", "excluded: spinach, almonds" …
    /// Smallest first. Each was planned with: it closes this shortfall, and says what else
    /// it closes or opens.
    std::vector<CheckedFix> fixes;
    /// True when each single change was tried on the relaxation, so that no fix means
    /// that no single change closes the gap (reports say so). False when the relaxation
    /// already meets the target: then whole portions and variety are what blocks, and the
    /// fixes are the changes that loosen those.
    bool every_change_tried = false;
};

/// A supplement tablet taken on a day (only when the request allows supplements). Its
/// nutrients count in the day's totals for coverage and for the upper limits.
struct SupplementDose {
    int day = 1;       ///< 1-based
    std::string id;    ///< "vitamin-d3"
    std::string name;  ///< "Vitamin D3 1,000 IU (25 µg)"
    NutrientAmounts amounts{};
};

/// Objectives at or below this size count as this size when the gap is measured: the gap is
/// relative, and a plan of objective 0 (every cost met exactly) has nothing to be
/// relative to. Far below any objective a plan with a choice to make reaches.
inline constexpr double kGapFloor = 1e-6;

/// How far a plan may be from the best one: (objective − bound) / max(|objective|,
/// kGapFloor), never below 0. With a gap of 0.01 no plan is more than 1 % better.
inline double relative_gap(double objective, double bound) {
    const double size = objective < 0.0 ? -objective : objective;
    const double distance = objective - bound;
    return distance <= 0.0 ? 0.0 : distance / (size > kGapFloor ? size : kGapFloor);
}

/// A food-safety rule of the person's life stage (data/safety-rules.json) and what it did
/// to the dishes and sides the plan could choose from.
struct AppliedSafetyRule {
    std::string id;    ///< "no-raw-animal-foods"
    std::string what;  ///< "No raw or undercooked fish, shellfish, meat, poultry or eggs"
    /// What it changed, in words: "left out Salmon poke bowl (Atlantic salmon, raw)",
    /// "serves Tofu pad thai without Mung bean sprouts, raw"; empty when nothing offered
    /// broke it (the rule still held).
    std::vector<std::string> effects;
    std::string sources;  ///< "FDA/EPA, Advice about Eating Fish (2021)"
};

/// A meal whose energy is outside its slot's share of the day's energy target
/// (data/meal-shape.json): the model holds the shares softly, so that coverage wins where
/// the two collide, and the plan says where it gave way.
struct MealOutsideShare {
    int day = 1;
    MealSlot slot = MealSlot::Breakfast;
    double energy_kcal = 0.0;
    double low_kcal = 0.0;   ///< the share's low end, of the day's target
    double high_kcal = 0.0;  ///< the share's high end
};

/// A meal that differs from the plan a revision changed (PlanRequest::revision).
struct ChangedMeal {
    int day = 1;  ///< 1-based
    MealSlot slot = MealSlot::Breakfast;
    std::string was;       ///< the dish before; empty when the slot had no meal
    std::string now;       ///< the dish now (the same name when only portion or sides changed)
    bool swapped = false;  ///< asked for; otherwise changed to meet a target or a filter
};

struct PlanResult {
    Plan plan;  ///< with the request it answers
    Targets targets;
    PlanFilters filters;
    CoverageMode coverage = CoverageMode::Weekly;
    unsigned seed = 1;
    PlanStatus status = PlanStatus::NoPlan;
    double objective = 0.0;
    double bound = 0.0;    ///< no plan of the solved model has a lower objective
    double gap = 0.0;      ///< relative_gap(objective, bound)
    double seconds = 0.0;  ///< wall time of the solve
    std::vector<Shortfall> shortfalls;
    std::vector<Diagnosis> diagnosis;
    /// With shortfalls: the smallest change found that closes all of them at once.
    std::optional<CheckedFix> fix;
    /// What checking the fixes took: plans made with a change, and their wall time.
    int fix_check_plans = 0;
    double fix_check_seconds = 0.0;
    std::vector<SupplementDose> supplements;
    /// The food-safety rules that applied to the person, in the rules file's order.
    std::vector<AppliedSafetyRule> safety;
    /// Meals outside their share of the day's energy, in plan order (empty when every
    /// meal keeps its size).
    std::vector<MealOutsideShare> meals_outside_share;
    /// True when the plan revises another (PlanRequest::revision); `changed_meals` then
    /// lists every meal that differs from it, in day and slot order.
    bool revised = false;
    std::vector<ChangedMeal> changed_meals;
    /// With status NoPlan: why, in words a person can act on.
    std::string no_plan_reason;
    /// Size of the model solved, for reports and benchmarks.
    int model_rows = 0;
    int model_columns = 0;
    int model_integers = 0;
};

}  // namespace mealplan

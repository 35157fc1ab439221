#pragma once
// The mixed-integer model of a plan of one or more days (docs/ARCHITECTURE.md, "The plan
// model"), built from prepared dishes, side items and supplements, and the map from its
// variables back to meals.
//
// Variables, for day d and slot s:
//   x[d,s,j,p]  binary: dish j at portion p (½, 1, 1½, 2 servings) — one per day-slot
//               (a convexity row, no big-M);
//   y[d,s,f]    integer portions of side f of the sides file (each within its own
//               max_per_meal, at most `side_portions_per_meal` portions a meal in all);
//   z[d,k]      binary: one tablet of supplement k (only when supplements are allowed);
//   u[f]        binary: side f is used at all in the plan (only for sides of a kind with a
//               limit on its varieties);
//   shortfall slacks per minimum row, energy deviations below/above the target.
// Rows: coverage minimums (daily, or a weekly average plus a daily floor for stored
// nutrients), upper limits within their scope (hard, every day), energy (soft, two bands),
// each slot's share of the energy target (soft, as heavy as the energy band), a main
// protein at most once a day, per-group daily caps,
// per-food daily caps, variety (a dish at most `max_repeats` times, never on consecutive
// days, never twice a day), sides by kind (one side of a kind a meal, none of a kind the
// dish holds, a few varieties of a kind in the plan).
//
// Unknown nutrient values (null in the catalogue) count as 0 in every row: the plan is
// built on what is known, and the reports flag totals that rest on unknown data.

#include <optional>
#include <string>
#include <vector>

#include "catalogue/food.hpp"
#include "dri/targets.hpp"
#include "food_rules/meal_shape.hpp"
#include "plan/plan_result.hpp"
#include "planner/side_items.hpp"
#include "planner/supplements.hpp"
#include "solver/model.hpp"

namespace mealplan {

/// A dish ready for the model: nutrients and foods per serving, in grams.
struct ModelDish {
    std::string id;
    std::string name;
    std::vector<std::pair<FoodId, double>> grams_per_serving;
    std::set<MealSlot> slots;
    NutrientAmounts per_serving{};
    std::optional<double> cost_usd_per_serving;  ///< when every ingredient has a price
    /// The kinds of side the dish holds already (SideKind::not_with), which it never takes.
    std::set<std::string> side_kinds_held;
    /// The kind of its main protein ("chicken", "lentils"; data/meal-shape.json), empty for
    /// a dish without one. A day serves a kind at most once.
    std::string main_protein;
};

/// The most of a group of foods all together in one day (all fruit juices: 1 cup).
struct GroupCap {
    std::string id;
    std::set<FoodId> foods;
    double grams = 0.0;
};

/// A side ready for the model: nutrients of one portion (its `per_unit`).
struct ModelSide {
    Side item;
    NutrientAmounts per_unit{};
    std::optional<double> cost_usd_per_unit;
};

struct PlanModelInput {
    int days = 1;
    CoverageMode coverage = CoverageMode::Daily;
    int max_repeats = 2;
    unsigned seed = 1;
    Targets targets;
    std::vector<ModelDish> dishes;
    std::vector<ModelSide> sides;
    /// Side portions one meal may add in all, so at most this many different sides
    /// (data/meal-shape.json sides_per_meal_max).
    int side_portions_per_meal = 2;
    /// The kinds of the sides (data/sides.json); a side whose kind is not here is unlimited
    /// by kind.
    std::vector<SideKind> side_kinds;
    std::vector<Supplement> supplements;  ///< empty unless supplements are allowed
    /// Daily cap in grams per food (dish ingredients and sides together); foods not listed
    /// are uncapped.
    std::vector<std::pair<FoodId, double>> daily_cap_grams;
    std::vector<GroupCap> daily_group_caps;
    /// Each slot's share of the day's energy target, low to high; nullopt: no share rows.
    std::optional<SlotShares> slot_shares;
};

/// Objective weights. Phase 1 minimises shortfall; phase 2 (shortfall fixed) the rest.
struct PlanWeights {
    double shortfall = 1000.0;      ///< per day at 100 % of a minimum missing
    double energy_outside = 200.0;  ///< per day at 100 % of the energy target outside its tolerance
    double supplement = 1.0;        ///< per tablet
    double energy_inside = 10.0;    ///< per day at 100 % of the target (within tolerance)
    /// Per day at 100 % of the energy target by which a slot leaves its share; as heavy as
    /// a day outside its energy band, so meal sizes are held whenever the minimums allow.
    double slot_share_outside = 200.0;
    double cost_per_usd = 0.05;
    double odd_portion = 0.02;   ///< per serving away from 1
    double side_item = 0.01;     ///< per side portion
    double perturbation = 0.05;  ///< largest seeded tie-breaking cost of a dish choice
};

struct DishChoice {
    int dish = 0;     ///< index into PlanModelInput::dishes
    int portion = 0;  ///< index into kPortionServings
    int variable = 0;
};
struct SideChoice {
    int side = 0;
    int variable = 0;
};
struct SupplementChoice {
    int supplement = 0;
    int variable = 0;
};

/// An upper-limit row: the nutrient whose limit it is (for a scoped UL, the nutrient of the
/// target, not the form counted) and the row's index in the model.
struct LimitRow {
    Nutrient nutrient;
    int row = 0;
};

/// One minimum row's slack: how much of `nutrient` is missing on `day` (or, for a weekly
/// row, `day` = -1 and the slack is the missing weekly average per day).
struct ShortfallSlack {
    Nutrient nutrient;
    int day = -1;
    bool floor = false;  ///< the daily floor row of a weekly nutrient
    int variable = 0;
};

struct PlanModel {
    solver::Model model;
    /// [day][slot] → choices, slots in MealSlot order.
    std::vector<std::array<std::vector<DishChoice>, kMealSlotCount>> dish_choices;
    std::vector<std::array<std::vector<SideChoice>, kMealSlotCount>> side_choices;
    std::vector<std::vector<SupplementChoice>> supplement_choices;  ///< [day]
    /// u[f]: whether side f is used at all, for the sides of a kind with limited varieties.
    std::vector<SideChoice> side_used;
    std::vector<ShortfallSlack> shortfall_slacks;
    std::vector<LimitRow> limit_rows;        ///< every upper-limit row, every day
    std::vector<int> energy_outside;         ///< deviation variables beyond the tolerance
    std::vector<int> energy_inside;          ///< deviation variables within the tolerance
    std::vector<int> slot_share_deviations;  ///< a slot's energy below or above its share
    /// Costs of each phase, one per variable; the model starts with phase 1's.
    std::vector<double> phase1_cost;
    std::vector<double> phase2_cost;
};

/// Builds the model. Deterministic: the same input gives the same model.
PlanModel build_plan_model(const PlanModelInput& input, const PlanWeights& weights = {});

/// Switches `plan` to phase 2: shortfall (phase 1's objective) may not exceed
/// `phase1_objective + tolerance`; when it was zero, the slacks are fixed at 0 so coverage
/// holds as hard rows and the relaxation stays tight.
void fix_shortfall_for_phase2(PlanModel& plan, double phase1_objective, double tolerance);

}  // namespace mealplan

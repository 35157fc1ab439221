#pragma once
// How a day of meals is shaped (data/meal-shape.json, schema "mealplan.meal-shape/1"):
// each slot's share of the day's energy target, how many sides a meal and how many
// different foods a day, the main protein of a dish (never twice a day), and how much of
// one food a day may hold, by food group and age band.

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "core/problems.hpp"
#include "food_rules/selector.hpp"

namespace mealplan {

/// An age band of the dietary patterns: "1-3", "4-8", "9+".
struct AgeBand {
    std::string id;
    AgeRange ages;
    std::optional<double> energy_pattern_kcal;  ///< the DGA pattern the band's amounts follow
};

/// A share of the day's energy target, low to high (fractions of 1).
struct ShareRange {
    double low = 0.0;
    double high = 1.0;
};
using SlotShares = std::array<ShareRange, kMealSlotCount>;

/// A ceiling in grams a day, with the words people read it in; nullopt grams: no limit.
struct DailyAmount {
    std::optional<double> max_grams;
    std::string label;  ///< "3 cups (24 fl oz)"
};

/// A group of foods with the most of one of them a day, per age band (in the order of
/// MealShape::age_bands), and optionally the most of all of them together.
struct DailyAmountGroup {
    std::string id;
    std::string name;
    FoodSelector selector;
    std::vector<DailyAmount> max_per_food;
    std::vector<DailyAmount> max_for_group;  ///< empty: the group has no joint ceiling
    std::map<FoodId, std::vector<DailyAmount>> overrides;  ///< a food's own max_per_food
    std::string basis;
    std::vector<RuleSource> sources;
    /// The catalogue foods whose group this is: the first group whose selector chooses them.
    std::set<FoodId> members;
};

/// A kind of main protein: "chicken" (breast and thigh), "salmon" (raw, cooked, canned).
struct ProteinKind {
    std::string kind;
    FoodSelector selector;
};

struct MainProteinRule {
    double min_protein_g = 7.0;  ///< below this a protein food seasons the dish
    FoodSelector protein_foods;
    std::vector<ProteinKind> kinds;
    /// Each protein food's kind: the first kind whose criteria match it.
    std::map<FoodId, std::string> kind_of;
};

struct MealShape {
    std::map<std::string, RuleSource> sources;
    std::vector<AgeBand> age_bands;       ///< consecutive, from the youngest
    std::vector<SlotShares> slot_shares;  ///< per age band
    std::string slot_share_basis;
    std::vector<RuleSource> slot_share_sources;
    int sides_per_meal_max = 2;
    int distinct_foods_per_day_max = 30;
    FoodSelector distinct_foods_not_counted;
    MainProteinRule main_protein;
    std::vector<DailyAmountGroup> daily_amounts;

    /// The index of the age band `age_years` falls in (the last band when above all).
    std::size_t band_for(double age_years) const;
    /// The daily amount group of `food_id`, or nullptr for a food the catalogue lacked.
    const DailyAmountGroup* group_of(const FoodId& food_id) const;
    /// The most of `food_id` one day may hold at age band `band` (its override, else its
    /// group's), nullopt for no limit.
    std::optional<double> max_grams_per_day(const FoodId& food_id, std::size_t band) const;
};

inline constexpr std::string_view kMealShapeSchema = "mealplan.meal-shape/1";

/// Parses and validates a meal-shape file against `catalogue`: every member known, bands
/// consecutive, slot shares that can add up to a whole day, every protein food of a kind,
/// every catalogue food in a daily amount group, a child's amount never above an older
/// band's. Every problem is reported with `file_label` and its JSON pointer.
Result<MealShape> parse_meal_shape(std::string_view json_text, std::string_view file_label,
                                   const Catalogue& catalogue);

}  // namespace mealplan

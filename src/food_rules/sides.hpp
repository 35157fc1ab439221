#pragma once
// The sides a meal may add besides its dish (data/sides.json, schema "mealplan.sides/1"):
// a piece of fruit, a glass of milk, a slice of toast with peanut butter, each one portion
// of one or a few catalogue foods in SR28 household measures, with the slots it suits and
// how many portions one meal may take. Nothing else is ever a side.

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "catalogue/preparation.hpp"
#include "core/problems.hpp"

namespace mealplan {

/// One food of a side's portion: `count` × one SR28 household measure of it.
struct SideFood {
    FoodId food_id;
    double count = 1.0;
    std::string measure;  ///< an SR28 WEIGHT measure of the food ("tbsp", "cup, sliced")
    double grams = 0.0;   ///< count × the measure's grams
    /// How it is served where a safety rule cares ("thinly spread"); nullopt: as SR28
    /// describes the food.
    std::optional<Preparation> as_served;
};

struct Side {
    std::string id;       ///< kebab-case, unique: "toast-peanut-butter"
    std::string name;     ///< as a person says it: "Slice of whole-wheat toast with peanut butter"
    std::string portion;  ///< one portion, for people: "1 slice and 1 tbsp peanut butter"
    std::vector<SideFood> foods;
    std::set<MealSlot> slots;  ///< the meals it may accompany
    int max_per_meal = 1;      ///< portions of it one meal may take (1–4)
    std::string note;

    /// Grams of one portion: the sum of its foods.
    double grams() const;
};

struct SideList {
    std::string source;
    std::vector<Side> sides;  ///< in file order
};

inline constexpr std::string_view kSidesSchema = "mealplan.sides/1";

/// Parses and validates a sides file against `catalogue`. Every problem is reported with
/// `file_label` and its JSON pointer, e.g. `sides.json:/sides/12/foods/0/measure: 'cup' is
/// not an SR28 household measure of 18075 …` or `…/grams: must be 32 (1 × slice …)`.
Result<SideList> parse_sides(std::string_view json_text, std::string_view file_label,
                             const Catalogue& catalogue);

}  // namespace mealplan

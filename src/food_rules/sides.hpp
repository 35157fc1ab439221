#pragma once
// The sides a meal may add besides its dish (data/sides.json, schema "mealplan.sides/1"):
// a piece of fruit, a glass of milk, a slice of toast with peanut butter, each one portion
// of one or a few catalogue foods in SR28 household measures, with the slots it suits and
// how many portions one meal may take. Nothing else is ever a side. Each side is of a kind
// (milk, juice, bread, a starch, …): a meal takes one side of a kind, a week only a few
// varieties of some kinds, and no side of a kind the dish already holds (no rice beside a
// pasta bake, no egg beside an omelette).

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "catalogue/preparation.hpp"
#include "core/problems.hpp"
#include "food_rules/selector.hpp"

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

/// What makes a dish hold a kind of side already: at least `grams_at_least` grams a
/// serving of the foods `foods` chooses (grains and pasta for a starch side).
struct DishHolds {
    FoodSelector foods;
    double grams_at_least = 0.0;
};

/// A kind of side: "milk" (whole, 2 %, soy, almond…), "starch" (brown rice, a potato).
struct SideKind {
    std::string id;    ///< kebab-case, unique
    std::string name;  ///< for people: "a glass of milk"
    /// Sides of this kind one meal may take; a side at its max_per_meal portions counts as
    /// one (two slices of toast are one side of toast).
    int sides_per_meal = 1;
    /// Different sides of this kind a plan may use in all (one milk, one juice a week);
    /// nullopt: as many as it likes.
    std::optional<int> varieties_per_plan;
    /// A dish that holds this kind already takes no side of it; nullopt: any dish may.
    std::optional<DishHolds> not_with;
    std::string why;  ///< the reason for its limits, for the next reader of the file
};

struct Side {
    std::string id;       ///< kebab-case, unique: "toast-peanut-butter"
    std::string kind;     ///< the id of its SideKind
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
    std::vector<SideKind> kinds;  ///< in file order
    std::vector<Side> sides;      ///< in file order, each of a kind of `kinds`

    /// The kind `id`, or nullptr.
    const SideKind* kind(std::string_view id) const;
};

inline constexpr std::string_view kSidesSchema = "mealplan.sides/1";

/// Parses and validates a sides file against `catalogue`. Every problem is reported with
/// `file_label` and its JSON pointer, e.g. `sides.json:/sides/12/foods/0/measure: 'cup' is
/// not an SR28 household measure of 18075 …` or `…/grams: must be 32 (1 × slice …)`.
Result<SideList> parse_sides(std::string_view json_text, std::string_view file_label,
                             const Catalogue& catalogue);

}  // namespace mealplan

#pragma once
// Nutrient totals of plan items from the catalogue, with how much of each total rests on
// unknown values, and which foods a nutrient comes from.

#include <span>
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "nutrients/nutrient.hpp"
#include "plan/plan.hpp"

namespace mealplan {

/// Totals of a set of plan items. `amounts` is Σ grams/100 × value per 100 g, where an
/// unknown value (null in the catalogue) counts as 0; `unknown_grams` is, per nutrient,
/// the grams of the items whose value is unknown — the part of the food the amount says
/// nothing about. A food missing from the catalogue counts as unknown for every nutrient.
struct NutrientTotals {
    NutrientAmounts amounts{};
    NutrientAmounts unknown_grams{};
    double grams = 0.0;  ///< all the food weighed

    double operator[](Nutrient nutrient) const { return amounts[index(nutrient)]; }

    /// The fraction (0–1) of the food, by weight, whose value of `nutrient` is unknown;
    /// 0 when there is no food at all.
    double unknown_share(Nutrient nutrient) const;
};

/// Totals over every item of the day's meals (dish ingredients and sides).
NutrientTotals day_totals(const PlanDay& day, const Catalogue& catalogue);

/// Totals of every day divided by the number of days (an empty span gives zeros).
NutrientTotals average_day_totals(std::span<const PlanDay> days, const Catalogue& catalogue);

/// How much one food gives of a nutrient over some days.
struct FoodContribution {
    FoodId food_id;
    std::string name;     ///< the catalogue name (foods the catalogue lacks are left out)
    double amount = 0.0;  ///< in the nutrient's unit
    double share = 0.0;   ///< of the total of the nutrient over the same days, 0–1
};

/// The foods giving `nutrient` over `days`, the same food summed across meals and days,
/// largest first (ties by food id); foods giving nothing are left out.
std::vector<FoodContribution> contributions(std::span<const PlanDay> days, Nutrient nutrient,
                                            const Catalogue& catalogue);

}  // namespace mealplan

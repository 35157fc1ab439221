#pragma once
// What a report says about each nutrient of a day (or of a week's average day): the
// amount against its target and its upper limit, and how much of it rests on unknowns.

#include <optional>
#include <vector>

#include "dri/targets.hpp"
#include "plan/totals.hpp"

namespace mealplan {

enum class LimitStatus {
    None,              ///< no upper limit published
    Ok,                ///< under the limit that applies to food
    Over,              ///< over it
    NotFromFood,       ///< the UL counts supplements only (magnesium): food never exceeds it
    AddedFormsOk,      ///< the UL counts a form (retinol, folic acid, added E) that is under it
    AddedFormsOver,    ///< … that is over it
    AddedFormsUnknown  ///< the UL counts a form the catalogue does not track (added niacin)
};

struct CoverageRow {
    Nutrient nutrient = Nutrient::MagnesiumMg;
    double amount = 0.0;
    std::optional<double> min;
    std::optional<double> max;  ///< the limit that applies to food
    std::optional<double> ul;   ///< the UL as published
    LimitStatus limit = LimitStatus::None;
    double limited_amount = 0.0;  ///< what the UL counts (the amount, or its form)
    double unknown_share = 0.0;   ///< fraction of the food with no value for the nutrient

    /// Amount as a percentage of the minimum; nullopt without a minimum.
    std::optional<double> percent() const;
};

/// Rows in report order: the headline groups (magnesium, calcium, vitamin D, B1, B6, B12),
/// then water and caffeine, then every other nutrient with a target (energy first, held to
/// the plan's energy target). Auxiliary forms and nutrients without any target are left
/// out.
std::vector<CoverageRow> coverage_rows(const NutrientTotals& totals, const Targets& targets);

/// True when a share of unknown data is worth telling the reader (at least 0.5 %).
bool rests_on_unknowns(const CoverageRow& row);

}  // namespace mealplan

#include "report/coverage.hpp"

#include <algorithm>

namespace mealplan {
namespace {

CoverageRow row_for(Nutrient nutrient, const NutrientTotals& totals, const Targets& targets) {
    const NutrientTarget& target = targets[nutrient];
    CoverageRow row;
    row.nutrient = nutrient;
    row.amount = totals[nutrient];
    row.min = target.min;
    row.max = target.max;
    row.ul = target.ul;
    row.unknown_share = totals.unknown_share(nutrient);
    row.limited_amount = row.amount;
    if (nutrient == Nutrient::EnergyKcal) {
        row.min = targets.energy_kcal;
        row.max = targets.energy_kcal * (1.0 + targets.energy_tolerance);
        row.limit = row.amount > *row.max ? LimitStatus::Over : LimitStatus::Ok;
        return row;
    }
    if (row.max) {
        row.limit = row.amount > *row.max ? LimitStatus::Over : LimitStatus::Ok;
    } else if (row.ul) {
        switch (target.ul_scope) {
            case UpperLimitScope::Total:
                row.limit = row.amount > *row.ul ? LimitStatus::Over : LimitStatus::Ok;
                break;
            case UpperLimitScope::Supplements:
                row.limit = LimitStatus::NotFromFood;
                break;
            case UpperLimitScope::AddedForms:
            case UpperLimitScope::Preformed:
                if (const auto form = upper_limit_form(nutrient)) {
                    row.limited_amount = totals[*form];
                    row.limit = row.limited_amount > *row.ul ? LimitStatus::AddedFormsOver
                                                             : LimitStatus::AddedFormsOk;
                } else {
                    row.limit = LimitStatus::AddedFormsUnknown;
                }
                break;
        }
    }
    return row;
}

}  // namespace

std::optional<double> CoverageRow::percent() const {
    if (!min || *min <= 0.0) return std::nullopt;
    return amount / *min * 100.0;
}

bool rests_on_unknowns(const CoverageRow& row) {
    return row.unknown_share >= 0.005;
}

std::vector<CoverageRow> coverage_rows(const NutrientTotals& totals, const Targets& targets) {
    std::vector<CoverageRow> rows;
    const auto& headline = headline_nutrients();
    for (const Nutrient nutrient : headline) rows.push_back(row_for(nutrient, totals, targets));
    for (const Nutrient nutrient : {Nutrient::WaterG, Nutrient::CaffeineMg}) {
        rows.push_back(row_for(nutrient, totals, targets));
    }
    for (const auto& entry : all_nutrients()) {
        const Nutrient nutrient = entry.nutrient;
        if (entry.auxiliary || nutrient == Nutrient::WaterG || nutrient == Nutrient::CaffeineMg ||
            std::find(headline.begin(), headline.end(), nutrient) != headline.end()) {
            continue;
        }
        const NutrientTarget& target = targets[nutrient];
        if (nutrient != Nutrient::EnergyKcal && !target.min && !target.max && !target.ul) continue;
        rows.push_back(row_for(nutrient, totals, targets));
    }
    return rows;
}

}  // namespace mealplan

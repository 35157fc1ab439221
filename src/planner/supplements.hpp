#pragma once
// The supplements a plan may add when its request allows them: one tablet a day at most of
// each, at typical label doses. They close gaps food cannot; the planner penalises them
// heavily so food always comes first.

#include <string>
#include <vector>

#include "nutrients/nutrient.hpp"

namespace mealplan {

struct Supplement {
    std::string id;    ///< "vitamin-d3"
    std::string name;  ///< "Vitamin D3 1,000 IU"
    /// What one tablet adds, in each nutrient's unit; 0 where it adds nothing. Synthetic
    /// forms are also counted in their auxiliary nutrient (folic acid, added B12) so the
    /// upper limits scoped to those forms see them.
    NutrientAmounts amounts{};
    std::string dose_source;  ///< where the dose comes from
};

/// Vitamin D3, B12, magnesium, calcium and a B-complex.
const std::vector<Supplement>& supplement_table();

/// True when some tablet of supplement_table() adds `nutrient`: only then can allowing
/// supplements close a shortfall of it.
bool some_supplement_supplies(Nutrient nutrient);

}  // namespace mealplan

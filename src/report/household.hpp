#pragma once
// Weights as a person measures them: "½ cup", "1 oz", "2 large".

#include <string>

#include "catalogue/food.hpp"

namespace mealplan {

/// The household measure closest to `grams` of `food`, from its USDA portions: a simple
/// multiple (¼, ⅓, ½, ⅔, ¾, 1, 1¼ … 2, 2½, 3 … 10) of one portion, within 10 % of the
/// weight; "" when no portion fits. Parenthesised detail of the USDA measure is dropped
/// ("1 oz (22 whole kernels)" reads "1 oz").
std::string household_measure(const Food& food, double grams);

/// A quantity as a person reads it: 0.5 → "½", 1.5 → "1½", 2 → "2", 0.4 → "0.4".
std::string quantity_text(double quantity);

}  // namespace mealplan

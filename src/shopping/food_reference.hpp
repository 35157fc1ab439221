#pragma once
// Finding a food the way a person names it in a pantry or price file.

#include <string_view>

#include "catalogue/catalogue.hpp"
#include "core/problems.hpp"

namespace mealplan {

/// The food whose NDB number is `reference` ("01123"), or else whose name is `reference`
/// without regard to case ("egg, whole, raw, fresh"). The problem (without `where`) says
/// that no food or several foods have that name.
Result<const Food*> find_food(const Catalogue& catalogue, std::string_view reference);

}  // namespace mealplan

#pragma once
// The foods and dishes a command works with: the shipped ones with the person's own
// layered over them (kitchen/user_kitchen.hpp), unless --catalogue or --dishes name a file,
// which then is used alone.

#include <vector>

#include "catalogue/catalogue.hpp"
#include "cli/command.hpp"
#include "core/problems.hpp"
#include "dishes/dish.hpp"

namespace mealplan::cli {

/// --catalogue alone when given; otherwise the shipped catalogue and the person's foods.
Result<Catalogue> load_kitchen_catalogue(const GlobalOptions& global);

/// --dishes alone when given; the shipped dishes when only --catalogue is (the person's
/// dishes may use foods that catalogue lacks); otherwise the shipped and the person's
/// dishes. Validated against `catalogue`.
Result<std::vector<Dish>> load_kitchen_dishes(const GlobalOptions& global,
                                              const Catalogue& catalogue);

}  // namespace mealplan::cli

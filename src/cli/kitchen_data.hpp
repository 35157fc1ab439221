#pragma once
// The foods and dishes a command works with: the shipped ones with the person's own
// layered over them (kitchen/user_kitchen.hpp), unless --catalogue or --dishes name a file,
// which then is used alone.

#include <vector>

#include "catalogue/catalogue.hpp"
#include "cli/command.hpp"
#include "core/problems.hpp"
#include "dishes/dish.hpp"
#include "kitchen/user_kitchen.hpp"
#include "usda/catalogue_spec.hpp"
#include "usda/kitchen_rules.hpp"
#include "usda/sr28_table.hpp"

namespace mealplan::cli {

/// --catalogue alone when given; otherwise the shipped catalogue and the person's foods.
Result<Catalogue> load_kitchen_catalogue(const GlobalOptions& global);

/// --dishes alone when given; the shipped dishes when only --catalogue is (the person's
/// dishes may use foods that catalogue lacks); otherwise the shipped and the person's
/// dishes. Validated against `catalogue`.
Result<std::vector<Dish>> load_kitchen_dishes(const GlobalOptions& global,
                                              const Catalogue& catalogue);

/// What a person's foods are derived from: the catalogue (--catalogue, or the shipped
/// one), the shipped SR28 table, catalogue spec and kitchen rules.
struct KitchenSources {
    Catalogue shipped;
    std::vector<usda::Sr28TableFood> sr28_table;
    usda::CatalogueSpec spec;
    usda::KitchenRules rules;

    /// The sources as the kitchen library takes them (pointers into this).
    kitchen::FoodSources view() const { return {&sr28_table, &rules, &spec, &shipped}; }
};

/// Loads the sources; problems name the file that is wrong.
Result<KitchenSources> load_kitchen_sources(const GlobalOptions& global);

}  // namespace mealplan::cli

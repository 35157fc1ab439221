#pragma once
// Builds the food catalogue from SR28 and the selection spec: nutrients per 100 g and
// household portions come from SR28 unchanged; names, aisles, packages, slots, allergens
// and reference servings from the spec; diets from the SR28 food group (or the spec where
// the group misleads); source claims are derived from the numbers.

#include <string>

#include "catalogue/catalogue.hpp"
#include "core/problems.hpp"
#include "usda/catalogue_spec.hpp"
#include "usda/sr28.hpp"

namespace mealplan::usda {

/// The SR28 citation every derived file carries (as USDA asks it to be cited).
inline constexpr std::string_view kSr28Citation =
    "US Department of Agriculture, Agricultural Research Service, Nutrient Data Laboratory. "
    "USDA National Nutrient Database for Standard Reference, Release 28. Version Current: "
    "September 2015.";

/// The strictest diet foods of an SR28 food group fit by default (FdGrp_Cd, e.g.
/// "1100" → vegan, "0100" → vegetarian, "1500" → pescatarian). Mixed groups (soups,
/// fast foods, meals) default to omnivore so a food is never wrongly called vegan.
Diet default_strictest_diet(std::string_view group_code);

/// Builds the catalogue. Problems (a spec id SR28 lacks, a first_portion SR28 has no
/// measure for, a countable food without portions, a spec that contradicts itself such
/// as a vegan food with a milk allergen) name `spec_label` and the food's pointer.
Result<Catalogue> build_catalogue(const Sr28Database& sr28, const CatalogueSpec& spec,
                                  std::string_view spec_label);

}  // namespace mealplan::usda

#pragma once
// Which foods a plan may use: the diet, the allergens to avoid and the user's exclusions
// (by food id, name or aisle). Everything the planner offers — dish ingredients, side
// items — passes through one FoodFilter, so nothing excluded can appear anywhere.

#include <set>
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "core/problems.hpp"

namespace mealplan {

/// Resolves exclusion texts to food ids. A text matches a food by its id ("11457"), its
/// aisle ("nuts and seeds", case-insensitive: every food of the aisle) or its name, as
/// whole words ("spinach" matches "Spinach, raw" but "egg" does not match "Eggplant";
/// a plural "eggs" matches "Egg"). Each text that matches nothing is a problem saying so
/// and suggesting the closest names and aisles.
Result<std::set<FoodId>, std::string> resolve_exclusions(const Catalogue& catalogue,
                                                         const std::vector<std::string>& texts);

/// Up to `limit` food names and aisles closest to `text` (substring matches first, then
/// by edit distance), for "did you mean" messages.
std::vector<std::string> closest_names(const Catalogue& catalogue, const std::string& text,
                                       std::size_t limit = 3);

/// The rule a food must pass to appear in a plan.
struct FoodFilter {
    Diet diet = Diet::Omnivore;
    std::set<Allergen> avoid;
    std::set<FoodId> excluded;

    /// True when `food` fits the diet, carries no avoided allergen and is not excluded.
    bool allows(const Food& food) const;
};

}  // namespace mealplan

#include "shopping/food_reference.hpp"

#include <string>

#include "core/text.hpp"

namespace mealplan {

Result<const Food*> find_food(const Catalogue& catalogue, std::string_view reference) {
    const auto wanted = trimmed(reference);
    if (wanted.empty()) return Problem{"", "the food is empty: give its NDB number or name"};
    for (const auto& food : catalogue.foods) {
        if (food.id == wanted) return &food;
    }
    const Food* found = nullptr;
    int matches = 0;
    for (const auto& food : catalogue.foods) {
        if (equal_ignoring_case(food.name, wanted)) {
            found = &food;
            ++matches;
        }
    }
    if (matches == 1) return found;
    if (matches > 1) {
        return Problem{"", "several foods are named \"" + std::string(wanted) +
                               "\": give the NDB number instead"};
    }
    return Problem{
        "", "no food has the NDB number or name \"" + std::string(wanted) + "\" in the catalogue"};
}

}  // namespace mealplan

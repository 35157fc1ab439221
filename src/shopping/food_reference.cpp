#include "shopping/food_reference.hpp"

#include <cctype>
#include <string>

#include "shopping/text.hpp"

namespace mealplan {
namespace {

bool same_text_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i]))) {
            return false;
        }
    }
    return true;
}

}  // namespace

Result<const Food*> find_food(const Catalogue& catalogue, std::string_view reference) {
    const auto wanted = trimmed(reference);
    if (wanted.empty()) return Problem{"", "the food is empty: give its NDB number or name"};
    for (const auto& food : catalogue.foods) {
        if (food.id == wanted) return &food;
    }
    const Food* found = nullptr;
    int matches = 0;
    for (const auto& food : catalogue.foods) {
        if (same_text_ignoring_case(food.name, wanted)) {
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

#include "planner/side_items.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <sstream>

#include "core/text.hpp"

namespace mealplan {
namespace {

/// A kind of side: how to recognise it by name or aisle and which household measure is
/// its unit (the first measure found in the food's portions, in this order).
struct SideKind {
    std::string_view name_has;   ///< lower-case word the food name must contain ("" = any)
    std::string_view aisle_has;  ///< lower-case text the aisle must contain ("" = any)
    bool needs_countable;        ///< only foods eaten as whole items
    std::array<std::string_view, 3> measures;
    std::set<MealSlot> slots;
};

const std::vector<SideKind>& side_kinds() {
    using enum MealSlot;
    static const std::vector<SideKind> kinds{
        {"", "produce", true, {"medium", "large", "small"}, {Breakfast, Lunch, Dinner, Snack}},
        {"milk", "", false, {"cup", "", ""}, {Breakfast, Lunch, Dinner, Snack}},
        {"soymilk", "", false, {"cup", "", ""}, {Breakfast, Lunch, Dinner, Snack}},
        {"yogurt", "", false, {"container", "cup", ""}, {Breakfast, Snack}},
        {"", "nut", false, {"oz", "ounce", ""}, {Breakfast, Lunch, Snack}},
        {"juice", "", false, {"cup", "fl oz", ""}, {Breakfast, Snack}},
        {"bread", "", false, {"slice", "", ""}, {Breakfast, Lunch, Dinner}},
        {"carrot", "produce", false, {"medium", "large", "cup"}, {Lunch, Dinner, Snack}},
        {"cheese", "", false, {"oz", "slice", ""}, {Breakfast, Lunch, Snack}},
        {"egg", "", true, {"large", "medium", ""}, {Breakfast}},
    };
    return kinds;
}

bool name_has_word(const std::string& name, std::string_view word) {
    if (word.empty()) return true;
    std::size_t at = name.find(word);
    while (at != std::string::npos) {
        bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(name[at - 1]));
        if (starts) return true;
        at = name.find(word, at + 1);
    }
    return false;
}

const Portion* unit_portion(const Food& food, const SideKind& kind) {
    for (std::string_view measure : kind.measures) {
        if (measure.empty()) continue;
        for (const Portion& portion : food.portions) {
            if (portion.grams > 0.0 && portion.amount > 0.0 &&
                lowercase(portion.measure).find(measure) != std::string::npos) {
                return &portion;
            }
        }
    }
    return nullptr;
}

}  // namespace

std::vector<SideItem> choose_side_items(const Catalogue& catalogue, const FoodFilter& filter,
                                        std::size_t limit) {
    // Round-robin over the kinds so a small limit still offers fruit, milk, nuts …
    std::vector<std::vector<SideItem>> by_kind(side_kinds().size());
    std::set<FoodId> taken;
    for (const Food& food : catalogue.foods) {
        if (!filter.allows(food)) continue;
        const std::string name = lowercase(food.name);
        const std::string aisle = lowercase(food.aisle);
        for (std::size_t k = 0; k < side_kinds().size(); ++k) {
            const SideKind& kind = side_kinds()[k];
            if (!name_has_word(name, kind.name_has)) continue;
            if (!kind.aisle_has.empty() && aisle.find(kind.aisle_has) == std::string::npos)
                continue;
            if (kind.needs_countable && !food.countable) continue;
            // Cooking ingredients are not sides: flour, butter, oil, powders.
            if (name_has_word(name, "flour") || name_has_word(name, "oil") ||
                name_has_word(name, "butter") || name_has_word(name, "dry") ||
                name_has_word(name, "powder")) {
                break;
            }
            const Portion* portion = unit_portion(food, kind);
            if (portion == nullptr || taken.count(food.id) > 0) continue;
            SideItem side;
            side.food_id = food.id;
            side.name = food.name;
            // One unit is one of the measure ("1 cup"), whatever amount SR28 lists it for.
            side.unit_grams = portion->grams / portion->amount;
            side.unit_label = "1 " + portion->measure;
            side.slots = kind.slots;
            if (!food.slots.empty()) {
                std::set<MealSlot> both;
                for (MealSlot slot : kind.slots) {
                    if (food.slots.count(slot) > 0) both.insert(slot);
                }
                if (!both.empty()) side.slots = both;
            }
            by_kind[k].push_back(side);
            taken.insert(food.id);
            break;
        }
    }
    std::vector<SideItem> sides;
    for (std::size_t round = 0; sides.size() < limit; ++round) {
        bool any = false;
        for (auto& kind : by_kind) {
            if (round < kind.size() && sides.size() < limit) {
                sides.push_back(kind[round]);
                any = true;
            }
        }
        if (!any) break;
    }
    return sides;
}

std::string side_portion_label(const SideItem& side, int count) {
    std::string measure = side.unit_label.substr(side.unit_label.find(' ') + 1);
    std::ostringstream out;
    out << count << ' ' << measure;
    return out.str();
}

}  // namespace mealplan

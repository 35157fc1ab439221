#include "dishes/dishes_report.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/number_format.hpp"
#include "core/text.hpp"

namespace mealplan {
namespace {

std::string grams_text(double grams) {
    return format_amount(grams, {Decimals::FixedByMagnitude, false});
}

template <typename Enum>
std::vector<std::string_view> names(const std::set<Enum>& values) {
    std::vector<std::string_view> result;
    for (const auto value : values) result.push_back(to_string(value));
    return result;
}

std::string food_name(const Catalogue& catalogue, const FoodId& id) {
    const Food* food = catalogue.find(id);
    return food != nullptr ? food->name : id;
}

}  // namespace

std::vector<const Dish*> search_dishes(const std::vector<Dish>& dishes, const Catalogue& catalogue,
                                       std::string_view search) {
    std::vector<std::string> words;
    for (std::size_t start = 0; start < search.size();) {
        const auto end = std::min(search.find(' ', start), search.size());
        if (end > start) words.push_back(lowercase(search.substr(start, end - start)));
        start = end + 1;
    }
    std::vector<const Dish*> found;
    for (const auto& dish : dishes) {
        std::string text = lowercase(dish.id + " " + dish.name + " " + dish.cuisine);
        for (const auto& ingredient : dish.ingredients) {
            text += " " + lowercase(food_name(catalogue, ingredient.food_id));
        }
        if (std::all_of(words.begin(), words.end(), [&](const std::string& word) {
                return text.find(word) != std::string::npos;
            })) {
            found.push_back(&dish);
        }
    }
    return found;
}

std::string dishes_text(const std::vector<const Dish*>& dishes, const Catalogue& catalogue) {
    if (dishes.empty()) return "No dish matches.\n";
    std::string text;
    for (const Dish* dish : dishes) {
        const auto allergens = names(dish->allergens);
        const Diet strictest = dish->diets.empty() ? Diet::Omnivore : *dish->diets.rbegin();
        text += fmt::format(
            "{}  {} ({}; {}; fits {}; allergens: {}; {} kcal a serving)\n", dish->id, dish->name,
            dish->cuisine, fmt::join(names(dish->slots), ", "), to_string(strictest),
            allergens.empty() ? "none" : fmt::format("{}", fmt::join(allergens, ", ")),
            format_amount(serving_energy_kcal(*dish, catalogue),
                          {Decimals::FixedByMagnitude, false}));
        for (const auto& ingredient : dish->ingredients) {
            text += fmt::format("    {:>7} g  {}  {}{}\n", grams_text(ingredient.grams),
                                ingredient.food_id, food_name(catalogue, ingredient.food_id),
                                ingredient.optional ? " (optional)" : "");
        }
    }
    text += fmt::format("{} dish{}\n", dishes.size(), dishes.size() == 1 ? "" : "es");
    return text;
}

std::string dishes_json(const std::vector<const Dish*>& dishes, const Catalogue& catalogue) {
    using Ordered = nlohmann::ordered_json;
    Ordered root;
    root["schema"] = "mealplan.dish-list/1";
    Ordered list = Ordered::array();
    for (const Dish* dish : dishes) {
        Ordered item;
        item["id"] = dish->id;
        item["name"] = dish->name;
        item["cuisine"] = dish->cuisine;
        item["slots"] = names(dish->slots);
        item["diets"] = names(dish->diets);
        item["allergens"] = names(dish->allergens);
        item["energy_kcal_per_serving"] = serving_energy_kcal(*dish, catalogue);
        Ordered ingredients = Ordered::array();
        for (const auto& ingredient : dish->ingredients) {
            Ordered entry;
            entry["food_id"] = ingredient.food_id;
            entry["food"] = food_name(catalogue, ingredient.food_id);
            entry["grams"] = ingredient.grams;
            entry["optional"] = ingredient.optional;
            ingredients.push_back(entry);
        }
        item["ingredients"] = ingredients;
        list.push_back(item);
    }
    root["dishes"] = list;
    return root.dump(2) + "\n";
}

}  // namespace mealplan

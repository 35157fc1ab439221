#include "usda/sr28_listing.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "catalogue/food_query.hpp"
#include "usda/importer.hpp"

namespace mealplan::usda {

std::vector<const Sr28TableFood*> search_sr28_table(const std::vector<Sr28TableFood>& table,
                                                    std::string_view text) {
    std::vector<const Sr28TableFood*> matches;
    for (const auto& food : table) {
        if (matches_all_words(food.description, text)) matches.push_back(&food);
    }
    return matches;
}

std::string sr28_foods_text(const std::vector<const Sr28TableFood*>& foods) {
    if (foods.empty()) return "No SR28 food matches.\n";
    std::string text = fmt::format("{:<6} {:<70} {}\n", "NDB", "SR28 description", "Food group");
    for (const auto* food : foods) {
        text += fmt::format("{:<6} {:<70} {}\n", food->id, food->description, food->food_group);
    }
    text += fmt::format("{} SR28 food{}\n", foods.size(), foods.size() == 1 ? "" : "s");
    return text;
}

std::string sr28_foods_json(const std::vector<const Sr28TableFood*>& foods) {
    using Json = nlohmann::ordered_json;
    Json root;
    root["schema"] = "mealplan.sr28-foods/1";
    root["source"] = kSr28Citation;
    root["foods"] = Json::array();
    for (const auto* row : foods) {
        Json food;
        food["id"] = row->id;
        food["name"] = row->description;
        food["usda_food_group"] = row->food_group;
        food["portions"] = Json::array();
        for (const auto& portion : row->portions) {
            food["portions"].push_back({{"amount", portion.amount},
                                        {"measure", portion.measure},
                                        {"grams", portion.grams}});
        }
        Json nutrients = Json::object();
        for (const auto& entry : all_nutrients()) {
            const auto& value = row->per_100g[index(entry.nutrient)];
            nutrients[std::string(entry.key)] = value ? Json(*value) : Json(nullptr);
        }
        food["nutrients"] = nutrients;
        root["foods"].push_back(food);
    }
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace mealplan::usda

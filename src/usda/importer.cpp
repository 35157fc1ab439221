#include "usda/importer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "catalogue/source_tags.hpp"

namespace mealplan::usda {
namespace {

/// "85 g", "28.35 g": grams as a person reads them (no trailing zeros).
std::string format_grams(double grams) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", grams);
    std::string text = buffer;
    if (text.size() > 2 && text.substr(text.size() - 2) == ".0") text.resize(text.size() - 2);
    return text + " g";
}

std::string serving_label(const RaccCategory& category, double grams) {
    const std::string in_grams = format_grams(grams);
    // "85 g" or "140 g prepared" already say the grams.
    if (category.reference_amount == in_grams ||
        category.reference_amount.rfind(in_grams + " ", 0) == 0) {
        return category.reference_amount;
    }
    return category.reference_amount + " (" + in_grams + ")";
}

/// The portions of a food, SR28's Seq order, with the spec's first portion moved first.
Result<std::vector<Portion>> portions_of(const Sr28Food& sr28_food, const FoodSpec& food,
                                         const std::string& where) {
    std::vector<Portion> portions;
    for (const auto& weight : sr28_food.weights) {
        portions.push_back({weight.amount, weight.measure, weight.grams});
    }
    if (!food.first_portion.empty()) {
        const auto it = std::find_if(portions.begin(), portions.end(), [&](const Portion& p) {
            return p.measure.rfind(food.first_portion, 0) == 0;
        });
        if (it == portions.end()) {
            std::string known;
            for (const auto& portion : portions)
                known += (known.empty() ? "" : "; ") + portion.measure;
            return Problem{where + "/first_portion", "SR28 has no measure starting with '" +
                                                         food.first_portion + "' for " + food.id +
                                                         " (has: " + known + ")"};
        }
        std::rotate(portions.begin(), it, it + 1);
    }
    if (food.countable && portions.empty()) {
        return Problem{where + "/countable", "SR28 has no household measure for " + food.id +
                                                 ", so it cannot be counted"};
    }
    return portions;
}

/// Allergens that rule out a diet: a spec saying both is wrong somewhere.
std::optional<std::string> contradiction(Diet strictest, const std::set<Allergen>& allergens) {
    const bool animal_free = strictest == Diet::Vegan;
    const bool meat_free = strictest == Diet::Vegan || strictest == Diet::Vegetarian;
    for (const auto allergen : allergens) {
        if (animal_free && (allergen == Allergen::Milk || allergen == Allergen::Egg)) {
            return "a vegan food cannot contain the allergen " + std::string(to_string(allergen));
        }
        if (meat_free && (allergen == Allergen::Fish || allergen == Allergen::Shellfish)) {
            return "a " + std::string(to_string(strictest)) + " food cannot contain " +
                   std::string(to_string(allergen));
        }
    }
    return std::nullopt;
}

}  // namespace

Diet default_strictest_diet(std::string_view group_code) {
    const std::string_view vegan[] = {"0200", "0400", "0800", "0900", "1100",
                                      "1200", "1400", "1600", "2000"};
    const std::string_view vegetarian[] = {"0100", "1800", "1900", "2500"};
    if (std::find(std::begin(vegan), std::end(vegan), group_code) != std::end(vegan)) {
        return Diet::Vegan;
    }
    if (std::find(std::begin(vegetarian), std::end(vegetarian), group_code) !=
        std::end(vegetarian)) {
        return Diet::Vegetarian;
    }
    if (group_code == "1500") return Diet::Pescatarian;
    return Diet::Omnivore;
}

Result<Catalogue> build_catalogue(const Sr28Database& sr28, const CatalogueSpec& spec,
                                  std::string_view spec_label) {
    Problems problems;
    Catalogue catalogue;
    catalogue.source = std::string(kSr28Citation);
    for (const auto& food_spec : spec.foods) {
        const std::string where = std::string(spec_label) + ":" + food_spec.pointer;
        const Sr28Food* sr28_food = sr28.find(food_spec.id);
        if (sr28_food == nullptr) {
            problems.push_back({where + "/id", "NDB number " + food_spec.id + " is not in SR28"});
            continue;
        }
        auto portions = portions_of(*sr28_food, food_spec, where);
        if (!portions) {
            problems.insert(problems.end(), portions.problems().begin(), portions.problems().end());
            continue;
        }
        const Diet strictest =
            food_spec.strictest_diet.value_or(default_strictest_diet(sr28_food->group_code));
        if (const auto wrong = contradiction(strictest, food_spec.allergens)) {
            problems.push_back({where + "/allergens", *wrong});
            continue;
        }
        const auto category = spec.racc_categories.find(food_spec.racc);
        if (category == spec.racc_categories.end()) {
            problems.push_back({where + "/serving/racc", "unknown RACC category"});
            continue;
        }

        Food food;
        food.id = food_spec.id;
        food.name = food_spec.name;
        food.usda_description = sr28_food->long_description;
        food.usda_food_group = sr28.group_name(sr28_food->group_code);
        food.aisle = food_spec.aisle;
        food.per_100g = sr28_food->per_100g;
        food.portions = std::move(portions).value();
        food.packages = food_spec.packages;
        food.serving_grams = food_spec.serving_grams;
        food.serving_label = serving_label(category->second, food_spec.serving_grams);
        food.racc_category = category->second.description;
        food.countable = food_spec.countable;
        food.diets = diets_fitting(strictest);
        food.allergens = food_spec.allergens;
        food.slots = food_spec.slots;
        food.sources = derive_sources(food.per_100g, food.serving_grams);
        catalogue.foods.push_back(std::move(food));
    }
    if (!problems.empty()) return problems;
    return catalogue;
}

}  // namespace mealplan::usda

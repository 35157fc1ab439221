#include "usda/catalogue_spec.hpp"

#include <algorithm>

#include "core/files.hpp"
#include "core/json_input.hpp"

namespace mealplan::usda {
namespace {

using json_input::Checker;
using json_input::child;
using json_input::Json;

constexpr std::string_view kSchema = "mealplan.catalogue-spec/1";
constexpr double kMaxGrams = 100000.0;
constexpr double kMaxPriceUsd = 100000.0;

std::vector<Package> read_packages(Checker& check, const Json& object, const std::string& pointer) {
    std::vector<Package> packages;
    const Json* list = check.member(object, pointer, "packages");
    const std::string list_pointer = child(pointer, "packages");
    if (list == nullptr || !check.expect_array(*list, list_pointer)) return packages;
    if (list->empty()) check.report(list_pointer, "must list at least one package");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string item_pointer = child(list_pointer, i);
        const Json& item = (*list)[i];
        if (!check.expect_object(item, item_pointer)) continue;
        check.only_members(item, item_pointer, {"label", "grams", "price_usd"});
        Package package;
        const Json* label = check.member(item, item_pointer, "label");
        const Json* grams = check.member(item, item_pointer, "grams");
        const auto label_value =
            label ? check.text(*label, child(item_pointer, "label")) : std::nullopt;
        const auto grams_value =
            grams ? check.number(*grams, child(item_pointer, "grams"), 0.0, kMaxGrams, true)
                  : std::nullopt;
        if (const Json* price = check.member(item, item_pointer, "price_usd", false);
            price != nullptr && !price->is_null()) {
            package.price_usd =
                check.number(*price, child(item_pointer, "price_usd"), 0.0, kMaxPriceUsd);
        }
        if (!label_value || !grams_value) continue;
        package.label = *label_value;
        package.grams = *grams_value;
        packages.push_back(std::move(package));
    }
    return packages;
}

std::optional<FoodSpec> read_food(Checker& check, const Json& item, const std::string& pointer,
                                  const std::map<std::string, RaccCategory>& categories) {
    if (!check.expect_object(item, pointer)) return std::nullopt;
    const auto problems_before = check.problem_count();
    check.only_members(item, pointer,
                       {"id", "name", "aisle", "packages", "slots", "countable", "allergens",
                        "serving", "first_portion", "strictest_diet", "note"});
    FoodSpec food;
    food.pointer = pointer;
    if (const Json* id = check.member(item, pointer, "id")) {
        const std::string text = id->is_string() ? id->get<std::string>() : std::string();
        if (is_ndb_number(text)) {
            food.id = text;
        } else {
            check.report(child(pointer, "id"), "must be a 5-digit SR28 NDB number as a string");
        }
    }
    if (const Json* name = check.member(item, pointer, "name")) {
        if (auto value = check.text(*name, child(pointer, "name"))) food.name = *value;
    }
    if (const Json* aisle = check.member(item, pointer, "aisle")) {
        if (auto value = check.text(*aisle, child(pointer, "aisle"))) {
            if (is_known_aisle(*value)) {
                food.aisle = *value;
            } else {
                check.report(child(pointer, "aisle"), "unknown aisle '" + *value + "'");
            }
        }
    }
    food.packages = read_packages(check, item, pointer);
    food.slots = check.name_set<MealSlot>(item, pointer, "slots", "meal slot", true, true);
    food.allergens = check.name_set<Allergen>(item, pointer, "allergens", "allergen", true, false);
    if (const Json* countable = check.member(item, pointer, "countable")) {
        if (auto value = check.boolean(*countable, child(pointer, "countable")))
            food.countable = *value;
    }
    if (const Json* serving = check.member(item, pointer, "serving")) {
        const std::string serving_pointer = child(pointer, "serving");
        if (check.expect_object(*serving, serving_pointer)) {
            check.only_members(*serving, serving_pointer, {"racc", "grams"});
            if (const Json* racc = check.member(*serving, serving_pointer, "racc")) {
                if (auto value = check.text(*racc, child(serving_pointer, "racc"))) {
                    if (categories.count(*value)) {
                        food.racc = *value;
                    } else {
                        check.report(
                            child(serving_pointer, "racc"),
                            "unknown RACC category '" + *value + "' (not in /racc_categories)");
                    }
                }
            }
            if (const Json* grams = check.member(*serving, serving_pointer, "grams")) {
                if (auto value = check.number(*grams, child(serving_pointer, "grams"), 0.0,
                                              kMaxGrams, true)) {
                    food.serving_grams = *value;
                }
            }
        }
    }
    if (const Json* first = check.member(item, pointer, "first_portion", false)) {
        if (auto value = check.text(*first, child(pointer, "first_portion")))
            food.first_portion = *value;
    }
    if (const Json* diet = check.member(item, pointer, "strictest_diet", false)) {
        if (auto value = check.text(*diet, child(pointer, "strictest_diet"))) {
            food.strictest_diet = from_string<Diet>(*value);
            if (!food.strictest_diet) {
                check.report(child(pointer, "strictest_diet"), "unknown diet '" + *value + "'");
            }
        }
    }
    if (const Json* note = check.member(item, pointer, "note", false)) {
        check.text(*note, child(pointer, "note"));
    }
    if (check.problem_count() != problems_before) return std::nullopt;
    return food;
}

}  // namespace

Result<CatalogueSpec> parse_catalogue_spec(std::string_view json_text,
                                           std::string_view file_label) {
    auto parsed = json_input::parse(json_text, file_label);
    if (!parsed) return std::move(parsed).problems();
    const Json& root = parsed.value();
    Problems problems;
    Checker check(std::string(file_label), problems);
    if (!check.expect_object(root, "")) return problems;
    check.only_members(root, "", {"schema", "note", "racc_categories", "foods"});
    if (const Json* schema = check.member(root, "", "schema")) {
        if (!schema->is_string() || schema->get<std::string>() != kSchema) {
            check.report("/schema", "must be \"" + std::string(kSchema) + "\"");
        }
    }
    CatalogueSpec spec;
    if (const Json* categories = check.member(root, "", "racc_categories");
        categories != nullptr && check.expect_object(*categories, "/racc_categories")) {
        for (const auto& [key, value] : categories->items()) {
            const std::string pointer = child("/racc_categories", key);
            if (!check.expect_object(value, pointer)) continue;
            check.only_members(value, pointer, {"description", "reference_amount"});
            RaccCategory category;
            const Json* description = check.member(value, pointer, "description");
            const Json* amount = check.member(value, pointer, "reference_amount");
            const auto description_text =
                description ? check.text(*description, child(pointer, "description"))
                            : std::nullopt;
            const auto amount_text =
                amount ? check.text(*amount, child(pointer, "reference_amount")) : std::nullopt;
            if (!description_text || !amount_text) continue;
            spec.racc_categories.emplace(key, RaccCategory{*description_text, *amount_text});
        }
    }
    const Json* foods = check.member(root, "", "foods");
    if (foods == nullptr || !check.expect_array(*foods, "/foods")) return problems;
    std::map<FoodId, std::size_t> first_position;
    for (std::size_t i = 0; i < foods->size(); ++i) {
        auto food = read_food(check, (*foods)[i], child("/foods", i), spec.racc_categories);
        if (!food) continue;
        const auto [it, inserted] = first_position.emplace(food->id, i);
        if (!inserted) {
            check.report(child(child("/foods", i), "id"), "duplicate id '" + food->id +
                                                              "' (first at /foods/" +
                                                              std::to_string(it->second) + ")");
            continue;
        }
        spec.foods.push_back(std::move(*food));
    }
    if (!problems.empty()) return problems;
    return spec;
}

Result<CatalogueSpec> load_catalogue_spec(const std::filesystem::path& path) {
    auto text = read_file(path, std::size_t{16} << 20);
    if (!text) return std::move(text).problems();
    return parse_catalogue_spec(text.value(), path.string());
}

}  // namespace mealplan::usda

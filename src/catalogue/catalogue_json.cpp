// Reading and writing data/foods.json. The format is described in data/README.md.

#include <map>

#include "catalogue/catalogue.hpp"
#include "catalogue/source_tags.hpp"
#include "core/files.hpp"
#include "core/json_input.hpp"

namespace mealplan {
namespace {

using json_input::Checker;
using json_input::child;
using json_input::Json;

constexpr std::string_view kSchema = "mealplan.foods/1";
// Bounds that no real food reaches; anything beyond is a typo or a unit mistake.
constexpr double kMaxPer100g = 100000.0;
constexpr double kMaxGrams = 100000.0;
constexpr double kMaxPriceUsd = 100000.0;
constexpr std::size_t kMaxCatalogueBytes = std::size_t{64} << 20;

/// Reads the array `key` of `food`, one object at a time, keeping what `read_item` accepts
/// (it returns nullopt after reporting what is wrong with an item).
template <class Item, class ReadItem>
std::vector<Item> read_object_list(Checker& check, const Json& food, const std::string& pointer,
                                   std::string_view key, ReadItem read_item) {
    std::vector<Item> items;
    const Json* list = check.member(food, pointer, key);
    const std::string list_pointer = child(pointer, key);
    if (list == nullptr || !check.expect_array(*list, list_pointer)) return items;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& item = (*list)[i];
        const std::string item_pointer = child(list_pointer, i);
        if (!check.expect_object(item, item_pointer)) continue;
        if (std::optional<Item> read = read_item(item, item_pointer))
            items.push_back(std::move(*read));
    }
    return items;
}

std::vector<Portion> read_portions(Checker& check, const Json& food, const std::string& pointer) {
    return read_object_list<Portion>(
        check, food, pointer, "portions",
        [&check](const Json& item, const std::string& at) -> std::optional<Portion> {
            check.only_members(item, at, {"amount", "measure", "grams"});
            const auto amount = check.required_number(item, at, "amount", 0.0, kMaxGrams, true);
            const auto measure = check.required_text(item, at, "measure");
            const auto grams = check.required_number(item, at, "grams", 0.0, kMaxGrams, true);
            if (!amount || !measure || !grams) return std::nullopt;
            return Portion{*amount, *measure, *grams};
        });
}

std::vector<Package> read_packages(Checker& check, const Json& food, const std::string& pointer) {
    return read_object_list<Package>(
        check, food, pointer, "packages",
        [&check](const Json& item, const std::string& at) -> std::optional<Package> {
            check.only_members(item, at, {"label", "grams", "price_usd"});
            const auto label = check.required_text(item, at, "label");
            const auto grams = check.required_number(item, at, "grams", 0.0, kMaxGrams, true);
            std::optional<double> price;
            bool price_ok = true;
            if (const Json* value = check.member(item, at, "price_usd", false);
                value != nullptr && !value->is_null()) {
                price = check.number(*value, child(at, "price_usd"), 0.0, kMaxPriceUsd);
                price_ok = price.has_value();
            }
            if (!label || !grams || !price_ok) return std::nullopt;
            Package package;
            package.label = *label;
            package.grams = *grams;
            package.price_usd = price;
            return package;
        });
}

NutrientValues read_nutrients(Checker& check, const Json& food, const std::string& pointer) {
    NutrientValues values{};
    const Json* nutrients = check.member(food, pointer, "nutrients");
    const std::string object_pointer = child(pointer, "nutrients");
    if (nutrients == nullptr || !check.expect_object(*nutrients, object_pointer)) return values;
    for (const auto& [key, value] : nutrients->items()) {
        const std::string value_pointer = child(object_pointer, key);
        const auto nutrient = nutrient_from_key(key);
        if (!nutrient) {
            check.report(value_pointer, "unknown nutrient key");
            continue;
        }
        if (value.is_null()) continue;
        const double number = value.is_number() ? value.get<double>() : -1.0;
        if (!value.is_number() || !std::isfinite(number) || number < 0.0 || number > kMaxPer100g) {
            check.report(value_pointer, "must be a number ≥ 0 or null");
            continue;
        }
        values[index(*nutrient)] = number;
    }
    for (const auto& entry : all_nutrients()) {
        if (!nutrients->contains(std::string(entry.key))) {
            check.report(child(object_pointer, entry.key),
                         "is missing (write null when the value is unknown)");
        }
    }
    return values;
}

/// The "sources" member is derived data written for readers of the file; it is checked
/// for shape only and recomputed from the nutrients and the serving on load.
void check_sources_shape(Checker& check, const Json& food, const std::string& pointer) {
    const Json* sources = check.member(food, pointer, "sources", false);
    if (sources == nullptr) return;
    const std::string object_pointer = child(pointer, "sources");
    if (!check.expect_object(*sources, object_pointer)) return;
    for (const auto& [key, value] : sources->items()) {
        const std::string value_pointer = child(object_pointer, key);
        if (!nutrient_from_key(key)) check.report(value_pointer, "unknown nutrient key");
        if (!value.is_string() || (value != "good" && value != "excellent")) {
            check.report(value_pointer, "must be \"good\" or \"excellent\"");
        }
    }
}

void read_serving(Checker& check, const Json& food, const std::string& pointer, Food& result) {
    const Json* serving = check.member(food, pointer, "serving");
    const std::string object_pointer = child(pointer, "serving");
    if (serving == nullptr || !check.expect_object(*serving, object_pointer)) return;
    check.only_members(*serving, object_pointer, {"grams", "label", "racc_category"});
    if (const Json* grams = check.member(*serving, object_pointer, "grams")) {
        if (auto value =
                check.number(*grams, child(object_pointer, "grams"), 0.0, kMaxGrams, true)) {
            result.serving_grams = *value;
        }
    }
    if (const Json* label = check.member(*serving, object_pointer, "label")) {
        if (auto value = check.text(*label, child(object_pointer, "label"))) {
            result.serving_label = *value;
        }
    }
    if (const Json* category = check.member(*serving, object_pointer, "racc_category", false)) {
        if (auto value = check.text(*category, child(object_pointer, "racc_category"), true)) {
            result.racc_category = *value;
        }
    }
}

std::optional<Food> read_food(Checker& check, const Json& item, const std::string& pointer) {
    if (!check.expect_object(item, pointer)) return std::nullopt;
    const std::size_t problems_before = check.problem_count();
    check.only_members(
        item, pointer,
        {"id", "name", "usda_description", "usda_food_group", "aisle", "countable", "serving",
         "slots", "diets", "allergens", "portions", "packages", "nutrients", "sources"});
    Food food;
    if (const Json* id = check.member(item, pointer, "id")) {
        if (!id->is_string() || !is_ndb_number(id->get<std::string>())) {
            check.report(child(pointer, "id"),
                         "must be a 5-digit USDA NDB number as a string, e.g. \"01001\"");
        } else {
            food.id = id->get<std::string>();
        }
    }
    if (const Json* name = check.member(item, pointer, "name")) {
        if (auto value = check.text(*name, child(pointer, "name"))) food.name = *value;
    }
    if (const Json* text = check.member(item, pointer, "usda_description", false)) {
        if (auto value = check.text(*text, child(pointer, "usda_description"), true)) {
            food.usda_description = *value;
        }
    }
    if (const Json* text = check.member(item, pointer, "usda_food_group", false)) {
        if (auto value = check.text(*text, child(pointer, "usda_food_group"), true)) {
            food.usda_food_group = *value;
        }
    }
    if (const Json* aisle = check.member(item, pointer, "aisle")) {
        if (auto value = check.text(*aisle, child(pointer, "aisle"))) {
            if (is_known_aisle(*value)) {
                food.aisle = *value;
            } else {
                std::string known;
                for (const auto name : aisles_in_store_order()) {
                    known += (known.empty() ? "" : ", ") + std::string(name);
                }
                check.report(child(pointer, "aisle"),
                             "unknown aisle '" + *value + "' (known: " + known + ")");
            }
        }
    }
    if (const Json* countable = check.member(item, pointer, "countable", false)) {
        if (auto value = check.boolean(*countable, child(pointer, "countable"))) {
            food.countable = *value;
        }
    }
    read_serving(check, item, pointer, food);
    food.slots = check.name_set<MealSlot>(item, pointer, "slots", "meal slot", true, true);
    food.diets = check.name_set<Diet>(item, pointer, "diets", "diet", true, true);
    food.allergens = check.name_set<Allergen>(item, pointer, "allergens", "allergen", true, false);
    food.portions = read_portions(check, item, pointer);
    food.packages = read_packages(check, item, pointer);
    food.per_100g = read_nutrients(check, item, pointer);
    check_sources_shape(check, item, pointer);
    if (food.countable && food.portions.empty() && item.contains("portions")) {
        check.report(child(pointer, "portions"),
                     "a countable food needs at least one portion (the whole item)");
    }
    if (check.problem_count() != problems_before) return std::nullopt;
    food.sources = derive_sources(food.per_100g, food.serving_grams);
    return food;
}

Json names_json(const auto& values) {
    Json list = Json::array();
    for (const auto& value : values) list.push_back(std::string(to_string(value)));
    return list;
}

nlohmann::ordered_json food_json(const Food& food) {
    using Ordered = nlohmann::ordered_json;
    Ordered out;
    out["id"] = food.id;
    out["name"] = food.name;
    out["usda_description"] = food.usda_description;
    out["usda_food_group"] = food.usda_food_group;
    out["aisle"] = food.aisle;
    out["countable"] = food.countable;
    Ordered serving;
    serving["grams"] = food.serving_grams;
    serving["label"] = food.serving_label;
    serving["racc_category"] = food.racc_category;
    out["serving"] = serving;
    out["slots"] = names_json(food.slots);
    out["diets"] = names_json(food.diets);
    out["allergens"] = names_json(food.allergens);
    Ordered portions = Ordered::array();
    for (const auto& portion : food.portions) {
        Ordered item;
        item["amount"] = portion.amount;
        item["measure"] = portion.measure;
        item["grams"] = portion.grams;
        portions.push_back(item);
    }
    out["portions"] = portions;
    Ordered packages = Ordered::array();
    for (const auto& package : food.packages) {
        Ordered item;
        item["label"] = package.label;
        item["grams"] = package.grams;
        if (package.price_usd) item["price_usd"] = *package.price_usd;
        packages.push_back(item);
    }
    out["packages"] = packages;
    Ordered nutrients = Ordered::object();
    for (const auto& entry : all_nutrients()) {
        const auto& value = food.per_100g[index(entry.nutrient)];
        nutrients[std::string(entry.key)] = value ? Ordered(*value) : Ordered(nullptr);
    }
    out["nutrients"] = nutrients;
    Ordered sources = Ordered::object();
    for (const auto& entry : all_nutrients()) {
        const auto it = food.sources.find(entry.nutrient);
        if (it != food.sources.end()) sources[std::string(entry.key)] = to_string(it->second);
    }
    out["sources"] = sources;
    return out;
}

}  // namespace

const Food* Catalogue::find(const FoodId& id) const {
    for (const auto& food : foods) {
        if (food.id == id) return &food;
    }
    return nullptr;
}

Result<Catalogue> parse_catalogue(std::string_view json_text, std::string_view file_label) {
    auto parsed = json_input::parse(json_text, file_label);
    if (!parsed) return std::move(parsed).problems();
    const Json& root = parsed.value();

    Problems problems;
    Checker check(std::string(file_label), problems);
    Catalogue catalogue;
    if (!check.expect_object(root, "")) return problems;
    check.only_members(root, "", {"schema", "source", "foods"});
    if (const Json* schema = check.member(root, "", "schema")) {
        if (!schema->is_string() || schema->get<std::string>() != kSchema) {
            check.report("/schema", "must be \"" + std::string(kSchema) + "\"");
        }
    }
    if (const Json* source = check.member(root, "", "source")) {
        if (auto value = check.text(*source, "/source")) catalogue.source = *value;
    }
    const Json* foods = check.member(root, "", "foods");
    if (foods == nullptr || !check.expect_array(*foods, "/foods")) return problems;

    std::map<FoodId, std::size_t> first_position;
    for (std::size_t i = 0; i < foods->size(); ++i) {
        const std::string pointer = child("/foods", i);
        const Json& item = (*foods)[i];
        if (item.is_object()) {
            const auto id = item.find("id");
            if (id != item.end() && id->is_string()) {
                const auto [it, inserted] = first_position.emplace(id->get<std::string>(), i);
                if (!inserted) {
                    check.report(child(pointer, "id"), "duplicate id '" + it->first +
                                                           "' (first at /foods/" +
                                                           std::to_string(it->second) + ")");
                }
            }
        }
        if (auto food = read_food(check, item, pointer))
            catalogue.foods.push_back(std::move(*food));
    }
    if (!problems.empty()) return problems;
    return catalogue;
}

Result<Catalogue> load_catalogue(const std::filesystem::path& path) {
    auto text = read_file(path, kMaxCatalogueBytes);
    if (!text) return std::move(text).problems();
    return parse_catalogue(text.value(), path.string());
}

std::string catalogue_to_json(const Catalogue& catalogue) {
    nlohmann::ordered_json root;
    root["schema"] = kSchema;
    root["source"] = catalogue.source;
    root["foods"] = nlohmann::ordered_json::array();
    for (const auto& food : catalogue.foods) root["foods"].push_back(food_json(food));
    return root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace mealplan

#include "dishes/dishes_json.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/files.hpp"
#include "core/json_input.hpp"
#include "core/text.hpp"

namespace mealplan {
namespace {

using nlohmann::json;

// A serving never holds a kilogram of one food; larger numbers are typos (kg for g).
constexpr double kMaxIngredientGrams = 1000.0;
// Dishes files are small; anything larger is the wrong file.
constexpr std::size_t kMaxDishesFileBytes = std::size_t{16} << 20;

// Collects problems with the file label and a JSON pointer prefix.
class Checker {
  public:
    explicit Checker(std::string_view file_label) : label_(file_label) {}

    void add(const std::string& pointer, std::string what) {
        problems_.push_back({label_ + ":" + (pointer.empty() ? "/" : pointer), std::move(what)});
    }
    Problems take() { return std::move(problems_); }
    bool clean() const { return problems_.empty(); }

  private:
    std::string label_;
    Problems problems_;
};

// A non-empty string member, or a problem.
std::optional<std::string> text_member(const json& object, const char* key,
                                       const std::string& pointer, Checker& checker) {
    const auto found = object.find(key);
    const std::string where = pointer + "/" + key;
    if (found == object.end()) {
        checker.add(where, "missing");
        return std::nullopt;
    }
    if (!found->is_string() || found->get_ref<const std::string&>().empty()) {
        checker.add(where, "must be a non-empty string");
        return std::nullopt;
    }
    return found->get<std::string>();
}

std::string dish_label(const std::optional<std::string>& name, std::size_t position) {
    if (name) return "\"" + *name + "\"";
    return "dish " + std::to_string(position);
}

struct FoodIndex {
    std::unordered_set<std::string> ids;
    explicit FoodIndex(const Catalogue& catalogue) {
        for (const auto& food : catalogue.foods) ids.insert(food.id);
    }
};

std::vector<Ingredient> parse_ingredients(const json& dish, const std::string& pointer,
                                          const std::string& label, const FoodIndex& foods,
                                          Checker& checker) {
    std::vector<Ingredient> ingredients;
    const auto found = dish.find("ingredients");
    const std::string where = pointer + "/ingredients";
    if (found == dish.end()) {
        checker.add(where, "missing");
        return ingredients;
    }
    if (!found->is_array() || found->empty()) {
        checker.add(where, "must be a non-empty array of {\"food_id\", \"grams\"}");
        return ingredients;
    }
    std::unordered_set<std::string> seen;
    for (std::size_t i = 0; i < found->size(); ++i) {
        const json& entry = (*found)[i];
        const std::string at = where + "/" + std::to_string(i);
        if (!entry.is_object()) {
            checker.add(at, "must be an object {\"food_id\", \"grams\"}");
            continue;
        }
        for (const auto& [key, value] : entry.items()) {
            if (key != "food_id" && key != "grams" && key != "optional" && key != "as_served") {
                checker.add(at + "/" + key, "unknown member");
            }
        }
        Ingredient ingredient;
        bool valid = true;
        const auto id = entry.find("food_id");
        if (id == entry.end()) {
            checker.add(at + "/food_id", "missing");
            valid = false;
        } else if (!id->is_string()) {
            checker.add(
                at + "/food_id",
                "must be a string (a 5-digit NDB number such as \"11457\"), not " + id->dump());
            valid = false;
        } else {
            ingredient.food_id = id->get<std::string>();
            if (foods.ids.count(ingredient.food_id) == 0) {
                checker.add(at + "/food_id", "unknown food " + ingredient.food_id + " in " + label);
                valid = false;
            } else if (!seen.insert(ingredient.food_id).second) {
                checker.add(at + "/food_id", "food " + ingredient.food_id + " is listed twice in " +
                                                 label + ": give it once with the total grams");
                valid = false;
            }
        }
        const auto grams = entry.find("grams");
        if (grams == entry.end()) {
            checker.add(at + "/grams", "missing");
            valid = false;
        } else if (!grams->is_number()) {
            checker.add(at + "/grams", "must be a number of grams per serving");
            valid = false;
        } else {
            ingredient.grams = grams->get<double>();
            if (!(ingredient.grams > 0.0) || ingredient.grams > kMaxIngredientGrams) {
                checker.add(
                    at + "/grams",
                    "must be more than 0 and at most 1000 grams per serving, not " + grams->dump());
                valid = false;
            }
        }
        if (const auto optional = entry.find("optional"); optional != entry.end()) {
            if (optional->is_boolean()) {
                ingredient.optional = optional->get<bool>();
            } else {
                checker.add(at + "/optional",
                            "must be true or false (true marks a garnish or topping the dish "
                            "can be served without), not " +
                                optional->dump());
                valid = false;
            }
        }
        if (const auto served = entry.find("as_served"); served != entry.end()) {
            const auto preparation = served->is_string()
                                         ? from_string<Preparation>(served->get<std::string>())
                                         : std::nullopt;
            if (preparation) {
                ingredient.as_served = *preparation;
            } else {
                checker.add(at + "/as_served", "must be how the dish serves the food, one of " +
                                                   names_in_words<Preparation>() + ", not " +
                                                   served->dump());
                valid = false;
            }
        }
        if (valid) ingredients.push_back(std::move(ingredient));
    }
    return ingredients;
}

std::set<MealSlot> parse_slots(const json& dish, const std::string& pointer, Checker& checker) {
    std::set<MealSlot> slots;
    const auto found = dish.find("slots");
    const std::string where = pointer + "/slots";
    if (found == dish.end()) {
        checker.add(where, "missing");
        return slots;
    }
    if (!found->is_array() || found->empty()) {
        checker.add(where, "must be a non-empty array of breakfast, lunch, dinner, snack");
        return slots;
    }
    for (std::size_t i = 0; i < found->size(); ++i) {
        const json& entry = (*found)[i];
        const std::string at = where + "/" + std::to_string(i);
        const auto slot =
            entry.is_string() ? from_string<MealSlot>(entry.get<std::string>()) : std::nullopt;
        if (!slot) {
            checker.add(at, "unknown slot " + entry.dump() +
                                " (expected breakfast, lunch, dinner or snack)");
        } else if (!slots.insert(*slot).second) {
            checker.add(at, "slot " + entry.dump() + " is listed twice");
        }
    }
    return slots;
}

}  // namespace

Result<std::vector<Dish>> parse_dishes(std::string_view json_text, std::string_view file_label,
                                       const Catalogue& catalogue) {
    Checker checker(file_label);
    auto parsed = json_input::parse(json_text, file_label);
    if (!parsed) return std::move(parsed).problems();
    const json root = std::move(*parsed);
    if (!root.is_object()) {
        checker.add("", "must be a JSON object with \"schema\", \"source\" and \"dishes\"");
        return checker.take();
    }
    const auto schema = root.find("schema");
    if (schema == root.end() || !schema->is_string() ||
        schema->get_ref<const std::string&>() != kDishesSchema) {
        checker.add("/schema", "must be \"" + std::string(kDishesSchema) + "\"");
    }
    const auto source = root.find("source");
    if (source == root.end() || !source->is_string() ||
        source->get_ref<const std::string&>().empty()) {
        checker.add("/source", "must be a non-empty string saying where the dishes come from");
    }
    for (const auto& [key, value] : root.items()) {
        if (key != "schema" && key != "source" && key != "dishes") {
            checker.add("/" + key, "unknown member");
        }
    }
    const auto list = root.find("dishes");
    if (list == root.end() || !list->is_array() || list->empty()) {
        checker.add("/dishes", "must be a non-empty array of dishes");
        return checker.take();
    }

    const FoodIndex foods(catalogue);
    std::vector<Dish> dishes;
    std::unordered_map<std::string, std::size_t> first_with_id;
    for (std::size_t position = 0; position < list->size(); ++position) {
        const json& entry = (*list)[position];
        const std::string pointer = "/dishes/" + std::to_string(position);
        if (!entry.is_object()) {
            checker.add(pointer, "must be an object");
            continue;
        }
        Dish dish;
        const auto name = text_member(entry, "name", pointer, checker);
        const std::string label = dish_label(name, position);
        const auto id = text_member(entry, "id", pointer, checker);
        if (id) {
            if (!is_kebab_case(*id)) {
                checker.add(pointer + "/id", "\"" + *id +
                                                 "\" must be kebab-case: lower-case letters "
                                                 "and digits joined by single hyphens");
            }
            const auto [previous, inserted] = first_with_id.emplace(*id, position);
            if (!inserted) {
                checker.add(pointer + "/id", "duplicate id \"" + *id + "\" (also /dishes/" +
                                                 std::to_string(previous->second) + ")");
            }
        }
        const auto cuisine = text_member(entry, "cuisine", pointer, checker);
        dish.slots = parse_slots(entry, pointer, checker);
        dish.ingredients = parse_ingredients(entry, pointer, label, foods, checker);
        if (!dish.ingredients.empty() &&
            std::all_of(dish.ingredients.begin(), dish.ingredients.end(),
                        [](const Ingredient& ingredient) { return ingredient.optional; })) {
            checker.add(pointer + "/ingredients",
                        "every ingredient of " + label +
                            " is optional: mark only the toppings the dish can be served without");
        }
        if (const auto notes = entry.find("notes"); notes != entry.end()) {
            if (notes->is_string()) {
                dish.notes = notes->get<std::string>();
            } else {
                checker.add(pointer + "/notes", "must be a string");
            }
        }
        for (const auto& [key, value] : entry.items()) {
            if (key == "diets" || key == "allergens") {
                checker.add(pointer + "/" + key,
                            "diet and allergen tags are derived from the ingredients' catalogue "
                            "tags; remove this member");
            } else if (key != "id" && key != "name" && key != "cuisine" && key != "slots" &&
                       key != "ingredients" && key != "notes") {
                checker.add(pointer + "/" + key, "unknown member");
            }
        }
        dish.id = id.value_or("");
        dish.name = name.value_or("");
        dish.cuisine = cuisine.value_or("");
        derive_tags(dish, catalogue);
        dishes.push_back(std::move(dish));
    }
    if (!checker.clean()) return checker.take();
    return dishes;
}

Result<std::vector<Dish>> load_dishes(const std::filesystem::path& path,
                                      const Catalogue& catalogue) {
    auto text = read_file(path, kMaxDishesFileBytes);
    if (!text) return std::move(text).problems();
    return parse_dishes(*text, path.string(), catalogue);
}

std::string dishes_to_json(const std::vector<Dish>& dishes, std::string_view source) {
    using Ordered = nlohmann::ordered_json;
    Ordered root;
    root["schema"] = kDishesSchema;
    root["source"] = source;
    Ordered list = Ordered::array();
    for (const auto& dish : dishes) {
        Ordered item;
        item["id"] = dish.id;
        item["name"] = dish.name;
        item["cuisine"] = dish.cuisine;
        Ordered slots = Ordered::array();
        for (const auto slot : dish.slots) slots.push_back(to_string(slot));
        item["slots"] = slots;
        Ordered ingredients = Ordered::array();
        for (const auto& ingredient : dish.ingredients) {
            Ordered entry;
            entry["food_id"] = ingredient.food_id;
            entry["grams"] = ingredient.grams;
            if (ingredient.optional) entry["optional"] = true;
            ingredients.push_back(entry);
        }
        item["ingredients"] = ingredients;
        if (!dish.notes.empty()) item["notes"] = dish.notes;
        list.push_back(item);
    }
    root["dishes"] = list;
    return root.dump(2) + "\n";
}

}  // namespace mealplan

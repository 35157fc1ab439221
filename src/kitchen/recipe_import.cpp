#include "kitchen/recipe_import.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "catalogue/food_criteria.hpp"
#include "catalogue/food_units.hpp"
#include "core/files.hpp"
#include "core/number_format.hpp"
#include "core/text.hpp"
#include "core/user_home.hpp"
#include "dishes/dishes_json.hpp"

namespace mealplan::kitchen {
namespace {

// A recipe file is a few kilobytes; the parser refuses more than 1 MB itself.
constexpr std::size_t kMaxRecipeFileBytes = std::size_t{2} << 20;
// The dishes reader refuses more of one food in a serving (a typo: kg for g).
constexpr double kMaxIngredientGrams = 1000.0;
constexpr double kMaxServings = 100.0;
// Foods tried for one ingredient, best match first, until one weighs its quantity.
constexpr std::size_t kMaxCandidates = 20;

constexpr std::string_view kUserDishesSource =
    "Recipes imported with 'mealplan dishes import' from the person's own Cooklang files; "
    "ingredients matched to USDA SR28 foods, in grams per serving.";

/// Words as the rules read them, each without a plural ending, so "tomatoes" finds
/// "Tomatoes, red, raw" and "lentil" finds "Lentils, raw".
std::vector<std::string> match_words(std::string_view text) {
    auto words = words_of(text);
    for (auto& word : words) {
        if (word.size() > 4 && word.ends_with("oes")) {
            word.erase(word.size() - 2);
        } else if (word.size() > 3 && word.back() == 's' && !word.ends_with("ss")) {
            word.pop_back();
        }
    }
    return words;
}

bool covers(const std::vector<std::string>& words, const std::vector<std::string>& wanted) {
    return std::all_of(wanted.begin(), wanted.end(), [&](const std::string& word) {
        return std::find(words.begin(), words.end(), word) != words.end();
    });
}

/// How well a food's name fits an ingredient's words (which it holds all of), lower is
/// better: words of its first part ("Apples" of "Apples, raw, with skin") that the
/// ingredient does not name cost most, later words (forms, preparations) little, and a
/// raw food is preferred, as recipes weigh foods raw.
double match_cost(std::string_view name, const std::vector<std::string>& wanted) {
    const auto comma = name.find(',');
    const auto head = match_words(name.substr(0, comma));
    const auto rest = comma == std::string_view::npos ? std::vector<std::string>{}
                                                      : match_words(name.substr(comma));
    double cost = 0.0;
    for (const auto& word : head) {
        if (std::find(wanted.begin(), wanted.end(), word) == wanted.end()) cost += 2.0;
    }
    cost += 0.1 * static_cast<double>(rest.size());
    if (std::find(rest.begin(), rest.end(), "raw") != rest.end()) cost -= 0.25;
    return cost;
}

struct FoodCandidate {
    FoodId id;
    double cost = 0.0;
};

/// The foods whose words hold every wanted word, best first (ties in `foods` order).
template <typename Foods, typename NameOf, typename WordsOf>
std::vector<FoodCandidate> candidates(const Foods& foods, const std::vector<std::string>& wanted,
                                      NameOf name_of, WordsOf words_of) {
    std::vector<FoodCandidate> found;
    for (const auto& food : foods) {
        if (!covers(words_of(food), wanted)) continue;
        found.push_back({food.id, match_cost(name_of(food), wanted)});
    }
    std::stable_sort(
        found.begin(), found.end(),
        [](const FoodCandidate& a, const FoodCandidate& b) { return a.cost < b.cost; });
    return found;
}

std::vector<FoodCandidate> catalogue_candidates(const Catalogue& catalogue,
                                                const std::vector<std::string>& wanted) {
    return candidates(
        catalogue.foods, wanted, [](const Food& food) -> std::string_view { return food.name; },
        [](const Food& food) {
            auto words = match_words(food.name);
            const auto described = match_words(food.usda_description);
            words.insert(words.end(), described.begin(), described.end());
            return words;
        });
}

std::vector<FoodCandidate> sr28_candidates(const std::vector<usda::Sr28TableFood>& table,
                                           const std::vector<std::string>& wanted) {
    return candidates(
        table, wanted,
        [](const usda::Sr28TableFood& food) -> std::string_view { return food.description; },
        [](const usda::Sr28TableFood& food) { return match_words(food.description); });
}

bool is_whole_item_unit(const std::string& unit) {
    return unit.empty() || unit == "whole" || unit == "each" || unit == "item" || unit == "items" ||
           unit == "piece" || unit == "pieces";
}

std::string grams_text(double grams) {
    return format_amount(grams, {Decimals::FixedByMagnitude, false}) + " g";
}

struct Weighed {
    double grams = 0.0;
    std::string basis;
};

/// `amount` `unit` of `food` in grams: weights and volumes, the food's own household
/// measures ("cup", "clove"), or whole items (no unit: a countable food's item, else the
/// first of the rules' whole-item measures the food has).
std::optional<Weighed> weigh(const Food& food, double amount, const std::string& written_unit,
                             const usda::KitchenRules& rules) {
    const std::string unit = lowercase(trimmed(written_unit));
    const auto basis = [&](std::string_view measure, double grams) {
        return fmt::format("1 {} = {}", measure, grams_text(grams / amount));
    };
    if (is_whole_item_unit(unit)) {
        if (const auto grams = grams_of_amount(food, amount, "")) {
            return Weighed{*grams, basis(food.portions.front().measure, *grams)};
        }
        for (const auto& measure : rules.whole_item_measures) {
            if (const auto grams = grams_of_amount(food, amount, measure)) {
                return Weighed{*grams, basis(measure, *grams)};
            }
        }
        return std::nullopt;
    }
    if (const auto grams = grams_of_amount(food, amount, unit)) {
        const bool by_weight = grams_of_amount(Food{}, 1.0, unit).has_value();
        return Weighed{*grams, by_weight ? std::string("by weight") : basis(unit, *grams)};
    }
    return std::nullopt;
}

std::string kebab_case(std::string_view text) {
    std::string id;
    for (const auto& word : words_of(text)) {
        if (!id.empty()) id += '-';
        id += word;
    }
    return id;
}

/// The servings a recipe says it makes ("4", "4 people", "4|8": the first number).
std::optional<double> servings_of(const std::string& text) {
    std::size_t end = 0;
    while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) ||
                                 text[end] == '.' || text[end] == '/')) {
        ++end;
    }
    const auto value = parse_cook_quantity(text.substr(0, end));
    if (!value || !(*value > 0.0) || *value > kMaxServings) return std::nullopt;
    return value;
}

/// Replaces the person's dishes file; with no dish left, removes it (the dishes format
/// holds at least one).
std::optional<Problem> write_user_dishes(const std::filesystem::path& home,
                                         const std::vector<Dish>& dishes) {
    const auto path = user_dishes_path(home);
    if (dishes.empty()) {
        std::error_code error;
        std::filesystem::remove(path, error);
        if (error) return Problem{path.string(), "cannot remove: " + error.message()};
        return std::nullopt;
    }
    return write_file_atomically(path, dishes_to_json(dishes, kUserDishesSource));
}

std::string problem_place(const std::filesystem::path& file, int line) {
    return file.string() + ":" + std::to_string(line);
}

}  // namespace

Result<ImportedRecipe> recipe_to_dish(const CookRecipe& recipe, const std::filesystem::path& file,
                                      const Catalogue& catalogue, const FoodSources& sources,
                                      const RecipeImportRequest& request) {
    Problems problems;
    ImportedRecipe imported;
    if (const auto found = recipe.metadata.find("servings"); found != recipe.metadata.end()) {
        const auto servings = servings_of(found->second);
        if (!servings) {
            problems.push_back(
                {problem_place(file, recipe.metadata_lines.at("servings")),
                 "servings '" + found->second + "' is not a number of servings from 1 to 100"});
        } else {
            imported.servings = *servings;
            imported.servings_stated = true;
        }
    }
    Dish& dish = imported.dish;
    dish.slots = request.slots;
    if (dish.slots.empty()) {
        if (const auto found = recipe.metadata.find("course"); found != recipe.metadata.end()) {
            if (auto slots = usda::slots_for_course(*sources.rules, found->second)) {
                dish.slots = std::move(*slots);
            } else {
                problems.push_back({problem_place(file, recipe.metadata_lines.at("course")),
                                    "course '" + found->second +
                                        "' names no meal (breakfast, lunch, dinner, snack…); "
                                        "give one with --slot"});
            }
        } else {
            problems.push_back({file.string(),
                                "the recipe says no course ('>> course: dinner'); give its "
                                "meals with --slot"});
        }
    }
    const auto title = recipe.metadata.find("title");
    dish.name = title != recipe.metadata.end() && !title->second.empty() ? title->second
                                                                         : file.stem().string();
    dish.id = kebab_case(dish.name);
    if (dish.id.empty()) {
        problems.push_back(
            {file.string(), "the recipe's title has no letters or digits for an id"});
    }
    const auto cuisine = recipe.metadata.find("cuisine");
    dish.cuisine = cuisine != recipe.metadata.end() && !cuisine->second.empty() ? cuisine->second
                                                                                : "Home recipe";
    dish.notes = "Imported from " + file.filename().string() + " (Cooklang)";

    Catalogue working = catalogue;
    std::map<FoodId, std::size_t> ingredient_of_food;
    for (const auto& written : recipe.ingredients) {
        IngredientMatch match;
        match.written = written;
        if (!written.amount) {
            imported.matches.push_back(std::move(match));  // to taste: not counted
            continue;
        }
        const std::string where = problem_place(file, written.line);
        std::vector<FoodId> ids;
        if (const auto mapped = request.food_for_name.find(lowercase(trimmed(written.name)));
            mapped != request.food_for_name.end()) {
            ids.push_back(mapped->second);
            match.mapped = true;
        } else {
            const auto wanted = match_words(written.name);
            auto found = catalogue_candidates(working, wanted);
            if (found.empty()) found = sr28_candidates(*sources.sr28_table, wanted);
            if (found.size() > kMaxCandidates) found.resize(kMaxCandidates);
            for (const auto& candidate : found) ids.push_back(candidate.id);
        }
        if (ids.empty()) {
            problems.push_back({where, "no food matches ingredient '" + written.name +
                                           "'; name the food with --map '" + written.name +
                                           "=NDB' (find it with 'mealplan foods --all --search " +
                                           written.name + "')"});
            continue;
        }
        // The best match whose household measures weigh the quantity as written.
        std::optional<Food> chosen;
        std::optional<Weighed> weighed;
        std::optional<Food> first;
        bool failed = false;
        for (const auto& id : ids) {
            std::optional<Food> food;
            if (const Food* known = working.find(id)) {
                food = *known;
            } else if (const auto* row = find_sr28_food(*sources.sr28_table, id)) {
                auto derived = derive_sr28_foods({row}, "", sources);
                if (!derived) {
                    problems.insert(problems.end(), derived.problems().begin(),
                                    derived.problems().end());
                    failed = true;
                    break;
                }
                food = derived->front();
            } else {
                problems.push_back({where, "--map gives '" + written.name + "' NDB " + id +
                                               ", which is not in the SR28 table"});
                failed = true;
                break;
            }
            if (!first) first = food;
            weighed = weigh(*food, *written.amount, written.unit, *sources.rules);
            if (weighed) {
                chosen = std::move(food);
                break;
            }
        }
        if (failed) continue;
        if (!chosen) {
            problems.push_back(
                {where, "unit '" +
                            (written.unit.empty() ? std::string("whole items") : written.unit) +
                            "' of '" + written.name + "' does not apply to " + first->id + " " +
                            first->name + "; its units: " + units_for(*first)});
            continue;
        }
        const Food* food = working.find(chosen->id);
        if (food == nullptr) {
            working.foods.push_back(*chosen);
            imported.added_foods.push_back(*chosen);
            food = &working.foods.back();
            match.from_sr28 = true;
        }
        match.food_id = food->id;
        match.food_name = food->name;
        match.grams = weighed->grams;
        match.basis = weighed->basis;
        const double per_serving = weighed->grams / imported.servings;
        if (const auto seen = ingredient_of_food.find(food->id); seen != ingredient_of_food.end()) {
            dish.ingredients[seen->second].grams += per_serving;
            dish.ingredients[seen->second].optional &= written.optional;
        } else {
            ingredient_of_food.emplace(food->id, dish.ingredients.size());
            dish.ingredients.push_back({food->id, per_serving, written.optional});
        }
        imported.matches.push_back(std::move(match));
    }
    for (auto& ingredient : dish.ingredients) {
        ingredient.grams = std::round(ingredient.grams * 10.0) / 10.0;
        if (ingredient.grams > kMaxIngredientGrams) {
            problems.push_back({file.string(), "a serving holds " + grams_text(ingredient.grams) +
                                                   " of " + ingredient.food_id +
                                                   ", over 1 kg: is >> servings: right?"});
        } else if (!(ingredient.grams > 0.0)) {
            ingredient.grams = 0.1;  // the reader needs a positive weight: a trace
        }
    }
    if (dish.ingredients.empty() && problems.empty()) {
        problems.push_back({file.string(), "no ingredient has a quantity: nothing to plan"});
    } else if (!dish.ingredients.empty() &&
               std::all_of(dish.ingredients.begin(), dish.ingredients.end(),
                           [](const Ingredient& each) { return each.optional; })) {
        // A dish is what remains without its optional toppings: something must.
        problems.push_back({file.string(), "every ingredient with a quantity is optional (@?)"});
    }
    if (!problems.empty()) return problems;
    derive_tags(dish, working);
    return imported;
}

Result<std::vector<ImportedRecipe>> import_recipes(const std::filesystem::path& home,
                                                   const std::vector<std::filesystem::path>& files,
                                                   const FoodSources& sources,
                                                   const std::vector<Dish>& shipped_dishes,
                                                   const RecipeImportRequest& request) {
    auto lock = UserHomeLock::acquire(home);
    if (!lock) return std::move(lock).problems();
    auto user_foods = load_user_foods(home);
    if (!user_foods) return std::move(user_foods).problems();
    auto catalogue = layer_catalogue(*sources.shipped, home);
    if (!catalogue) return std::move(catalogue).problems();
    auto user_dishes = load_user_dishes(home, *catalogue);
    if (!user_dishes) return std::move(user_dishes).problems();

    Problems problems;
    std::vector<ImportedRecipe> imported;
    std::set<std::string> taken;
    for (const auto& dish : shipped_dishes) taken.insert(dish.id);
    for (const auto& dish : *user_dishes) taken.insert(dish.id);
    for (const auto& file : files) {
        auto text = read_file(file, kMaxRecipeFileBytes);
        if (!text) {
            problems.insert(problems.end(), text.problems().begin(), text.problems().end());
            continue;
        }
        auto recipe = parse_cooklang(*text, file.string());
        if (!recipe) {
            problems.insert(problems.end(), recipe.problems().begin(), recipe.problems().end());
            continue;
        }
        auto dish = recipe_to_dish(*recipe, file, *catalogue, sources, request);
        if (!dish) {
            problems.insert(problems.end(), dish.problems().begin(), dish.problems().end());
            continue;
        }
        if (!taken.insert(dish->dish.id).second) {
            problems.push_back({file.string(), "a dish with id '" + dish->dish.id +
                                                   "' is already there; give the recipe another "
                                                   "title, or remove that dish first"});
            continue;
        }
        for (const auto& food : dish->added_foods) {
            catalogue->foods.push_back(food);
            user_foods->foods.push_back(food);
        }
        imported.push_back(std::move(*dish));
    }
    if (!problems.empty()) return problems;

    // The foods first: a food stored without the dish that needed it is harmless, a dish
    // stored without its food would not load.
    bool foods_added = false;
    for (const auto& recipe : imported) foods_added |= !recipe.added_foods.empty();
    if (foods_added) {
        if (auto failed =
                write_file_atomically(user_foods_path(home), catalogue_to_json(*user_foods))) {
            return Problems{*failed};
        }
    }
    for (const auto& recipe : imported) user_dishes->push_back(recipe.dish);
    if (auto failed = write_user_dishes(home, *user_dishes)) return Problems{*failed};
    return imported;
}

std::string imported_recipes_text(const std::vector<ImportedRecipe>& recipes) {
    std::string text;
    for (const auto& recipe : recipes) {
        const Dish& dish = recipe.dish;
        std::vector<std::string_view> slots;
        for (const auto slot : dish.slots) slots.push_back(to_string(slot));
        std::vector<std::string_view> allergens;
        for (const auto allergen : dish.allergens) allergens.push_back(to_string(allergen));
        const Diet strictest = dish.diets.empty() ? Diet::Omnivore : *dish.diets.rbegin();
        text += fmt::format(
            "Imported {} \"{}\": {} serving{}{}; {}; fits {}; allergens: {}\n", dish.id, dish.name,
            fmt::format("{:g}", recipe.servings), recipe.servings == 1.0 ? "" : "s",
            recipe.servings_stated ? "" : " (the recipe does not say; >> servings: N)",
            fmt::join(slots, ", "), to_string(strictest),
            allergens.empty() ? std::string("none")
                              : fmt::format("{}", fmt::join(allergens, ", ")));
        for (const auto& match : recipe.matches) {
            const auto& written = match.written;
            const std::string amount = written.amount
                                           ? fmt::format("{:g}", *written.amount) +
                                                 (written.unit.empty() ? "" : " " + written.unit)
                                           : "";
            if (match.food_id.empty()) {
                text += fmt::format("  line {}: {} (no quantity: not counted)\n", written.line,
                                    written.name);
                continue;
            }
            text += fmt::format(
                "  line {}: {} {} -> {} {}{}: {} ({}), {} a serving\n", written.line, amount,
                written.name, match.food_id, match.food_name,
                match.mapped ? " (--map)" : (match.from_sr28 ? " (SR28, added to your foods)" : ""),
                grams_text(match.grams), match.basis, grams_text(match.grams / recipe.servings));
        }
    }
    return text;
}

Result<Dish> remove_dish(const std::filesystem::path& home, const std::string& id,
                         const Catalogue& shipped) {
    auto lock = UserHomeLock::acquire(home);
    if (!lock) return std::move(lock).problems();
    auto catalogue = layer_catalogue(shipped, home);
    if (!catalogue) return std::move(catalogue).problems();
    auto dishes = load_user_dishes(home, *catalogue);
    if (!dishes) return std::move(dishes).problems();
    const auto found = std::find_if(dishes->begin(), dishes->end(),
                                    [&](const Dish& dish) { return dish.id == id; });
    if (found == dishes->end()) {
        return Problems{{"dish " + id,
                         "is not one of your dishes ('mealplan dishes --mine' "
                         "lists them)"}};
    }
    Dish removed = *found;
    dishes->erase(found);
    if (auto failed = write_user_dishes(home, *dishes)) return Problems{*failed};
    return removed;
}

}  // namespace mealplan::kitchen

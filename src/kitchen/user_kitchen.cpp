#include "kitchen/user_kitchen.hpp"

#include <algorithm>
#include <set>

#include "core/files.hpp"
#include "core/user_home.hpp"
#include "dishes/dishes_json.hpp"
#include "usda/importer.hpp"

namespace mealplan::kitchen {
namespace {

bool file_exists(const std::filesystem::path& path) {
    std::error_code error;
    return std::filesystem::exists(path, error);
}

Result<Catalogue> catalogue_with_source(Result<Catalogue> loaded) {
    if (loaded && loaded->source.empty()) loaded->source = std::string(usda::kSr28Citation);
    return loaded;
}

}  // namespace

const usda::Sr28TableFood* find_sr28_food(const std::vector<usda::Sr28TableFood>& table,
                                          const std::string& id) {
    const auto found = std::lower_bound(
        table.begin(), table.end(), id,
        [](const usda::Sr28TableFood& food, const std::string& key) { return food.id < key; });
    return found != table.end() && found->id == id ? &*found : nullptr;
}

Result<std::vector<Food>> derive_sr28_foods(const std::vector<const usda::Sr28TableFood*>& rows,
                                            std::string_view aisle, const FoodSources& sources) {
    usda::CatalogueSpec spec;
    spec.racc_categories = sources.spec->racc_categories;
    for (const auto* row : rows) {
        auto food_spec = usda::derive_food_spec(*row, *sources.rules, spec.racc_categories, aisle);
        food_spec.pointer = "/foods/" + std::to_string(spec.foods.size());
        spec.foods.push_back(std::move(food_spec));
    }
    auto built = usda::build_catalogue(usda::database_from_table(rows), spec, "kitchen-rules.json");
    if (!built) return std::move(built).problems();
    return std::move(built->foods);
}

std::filesystem::path user_foods_path(const std::filesystem::path& home) {
    return home / "foods.json";
}

std::filesystem::path user_dishes_path(const std::filesystem::path& home) {
    return home / "dishes.json";
}

Result<Catalogue> load_user_foods(const std::filesystem::path& home) {
    const auto path = user_foods_path(home);
    if (home.empty() || !file_exists(path)) {
        Catalogue none;
        none.source = std::string(usda::kSr28Citation);
        return none;
    }
    return catalogue_with_source(load_catalogue(path));
}

Result<Catalogue> layer_catalogue(Catalogue shipped, const std::filesystem::path& home) {
    auto user = load_user_foods(home);
    if (!user) return std::move(user).problems();
    Problems problems;
    for (std::size_t i = 0; i < user->foods.size(); ++i) {
        const Food& food = user->foods[i];
        if (shipped.find(food.id) != nullptr) {
            problems.push_back({user_foods_path(home).string() + ":/foods/" + std::to_string(i),
                                "food " + food.id +
                                    " is now in the shipped catalogue too; remove your copy "
                                    "with 'mealplan foods remove " +
                                    food.id + "'"});
            continue;
        }
        shipped.foods.push_back(food);
    }
    if (!problems.empty()) return problems;
    return shipped;
}

Result<std::vector<Dish>> load_user_dishes(const std::filesystem::path& home,
                                           const Catalogue& catalogue) {
    const auto path = user_dishes_path(home);
    if (home.empty() || !file_exists(path)) return std::vector<Dish>{};
    return load_dishes(path, catalogue);
}

Result<std::vector<Dish>> layer_dishes(std::vector<Dish> shipped, const std::filesystem::path& home,
                                       const Catalogue& catalogue) {
    auto user = load_user_dishes(home, catalogue);
    if (!user) return std::move(user).problems();
    std::set<std::string> shipped_ids;
    for (const auto& dish : shipped) shipped_ids.insert(dish.id);
    Problems problems;
    for (std::size_t i = 0; i < user->size(); ++i) {
        const Dish& dish = (*user)[i];
        if (shipped_ids.count(dish.id) != 0) {
            problems.push_back({user_dishes_path(home).string() + ":/dishes/" + std::to_string(i),
                                "dish id '" + dish.id +
                                    "' is also a shipped dish; remove yours with 'mealplan "
                                    "dishes remove " +
                                    dish.id + "' and import it again"});
            continue;
        }
        shipped.push_back(dish);
    }
    if (!problems.empty()) return problems;
    return shipped;
}

Result<std::vector<Food>> add_foods(const std::filesystem::path& home,
                                    const std::vector<std::string>& ids, std::string_view aisle,
                                    const FoodSources& sources) {
    auto lock = UserHomeLock::acquire(home);
    if (!lock) return std::move(lock).problems();
    auto user = load_user_foods(home);
    if (!user) return std::move(user).problems();

    Problems problems;
    std::set<std::string> seen;
    std::vector<const usda::Sr28TableFood*> rows;
    for (const auto& id : ids) {
        const std::string where = "NDB " + id;
        if (!is_ndb_number(id)) {
            problems.push_back({where, "is not an NDB number (5 digits, e.g. 11090)"});
        } else if (!seen.insert(id).second) {
            problems.push_back({where, "is given twice"});
        } else if (const Food* shipped = sources.shipped->find(id)) {
            problems.push_back(
                {where, "is already in the shipped catalogue (\"" + shipped->name + "\")"});
        } else if (const Food* added = user->find(id)) {
            problems.push_back({where, "is already one of your foods (\"" + added->name + "\")"});
        } else if (const auto* row = find_sr28_food(*sources.sr28_table, id)) {
            rows.push_back(row);
        } else {
            problems.push_back({where,
                                "is not in the SR28 table (search it with 'mealplan foods "
                                "--all --search WORDS')"});
        }
    }
    if (!problems.empty()) return problems;

    auto built = derive_sr28_foods(rows, aisle, sources);
    if (!built) return std::move(built).problems();
    for (const auto& food : *built) user->foods.push_back(food);
    if (auto failed = write_file_atomically(user_foods_path(home), catalogue_to_json(*user))) {
        return Problems{*failed};
    }
    return built;
}

Result<Food> remove_food(const std::filesystem::path& home, const std::string& id,
                         const Catalogue& shipped) {
    auto lock = UserHomeLock::acquire(home);
    if (!lock) return std::move(lock).problems();
    auto user = load_user_foods(home);
    if (!user) return std::move(user).problems();
    const auto found = std::find_if(user->foods.begin(), user->foods.end(),
                                    [&](const Food& food) { return food.id == id; });
    if (found == user->foods.end()) {
        const std::string why =
            shipped.find(id) != nullptr
                ? "is a shipped food, not one of yours: use --exclude to "
                  "leave it out of plans"
                : "is not one of your foods ('mealplan foods --mine' lists them)";
        return Problems{{"NDB " + id, why}};
    }
    auto layered = layer_catalogue(shipped, home);
    if (!layered) return std::move(layered).problems();
    auto dishes = load_user_dishes(home, *layered);
    if (!dishes) return std::move(dishes).problems();
    std::vector<std::string> users;
    for (const auto& dish : *dishes) {
        for (const auto& ingredient : dish.ingredients) {
            if (ingredient.food_id == id) {
                users.push_back(dish.id);
                break;
            }
        }
    }
    if (!users.empty()) {
        std::string names;
        for (const auto& dish_id : users) names += (names.empty() ? "" : ", ") + dish_id;
        return Problems{{"NDB " + id, "\"" + found->name + "\" is used by your dishes " + names +
                                          "; remove them first ('mealplan dishes remove ID')"}};
    }
    Food removed = *found;
    user->foods.erase(found);
    if (auto failed = write_file_atomically(user_foods_path(home), catalogue_to_json(*user))) {
        return Problems{*failed};
    }
    return removed;
}

}  // namespace mealplan::kitchen

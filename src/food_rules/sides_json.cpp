#include <fmt/format.h>

#include <cmath>
#include <map>

#include "core/text.hpp"
#include "food_rules/rules_json.hpp"
#include "food_rules/sides.hpp"

namespace mealplan {
namespace {

using namespace rules_json;

// A side is a portion a person adds to a plate: a dozen of a measure is already a dish.
constexpr double kMinCount = 0.25;
constexpr double kMaxCount = 12.0;
constexpr int kMaxPortionsPerMeal = 4;
// A plan has at most four meals a day, each with at most a few sides.
constexpr int kMaxSidesOfAKindPerMeal = 4;
// Varieties are counted over a whole plan; more than this is no limit at all.
constexpr int kMaxVarietiesPerPlan = 50;
// A serving of a dish is well under this.
constexpr double kMaxDishGrams = 2000.0;
// Grams are written to 0.01 g; a difference beyond half of that is a wrong number.
constexpr double kGramsTolerance = 0.005;

/// The SR28 measure of `food` named exactly `measure` (the first one, where SR28 lists two).
const Portion* measure_of(const Food& food, const std::string& measure) {
    for (const Portion& portion : food.portions) {
        if (portion.measure == measure && portion.amount > 0.0) return &portion;
    }
    return nullptr;
}

std::string measures_of(const Food& food) {
    std::string known;
    for (const Portion& portion : food.portions)
        known += (known.empty() ? "" : "; ") + portion.measure;
    return known.empty() ? "none" : known;
}

std::optional<SideFood> side_food(const Json& entry, const std::string& pointer, Checker& check,
                                  const Catalogue& catalogue) {
    if (!check.expect_object(entry, pointer)) return std::nullopt;
    check.only_members(entry, pointer, {"food_id", "count", "measure", "grams", "as_served"});
    SideFood result;
    const Json* id = check.member(entry, pointer, "food_id");
    const auto food_id_value =
        id ? food_id(*id, child(pointer, "food_id"), check, catalogue) : std::nullopt;
    const auto count = check.required_number(entry, pointer, "count", kMinCount, kMaxCount);
    const auto measure = check.required_text(entry, pointer, "measure");
    const auto grams = check.required_number(entry, pointer, "grams", 0.0, 5000.0, true);
    if (const Json* served = check.member(entry, pointer, "as_served", false)) {
        result.as_served = preparation(*served, child(pointer, "as_served"), check);
        if (!result.as_served) return std::nullopt;
    }
    if (!food_id_value || !count || !measure || !grams) return std::nullopt;
    const Food& food = *catalogue.find(*food_id_value);
    const Portion* portion = measure_of(food, *measure);
    if (portion == nullptr) {
        check.report(child(pointer, "measure"),
                     fmt::format("'{}' is not an SR28 household measure of {} {} (it has: {})",
                                 *measure, food.id, food.name, measures_of(food)));
        return std::nullopt;
    }
    const double expected = std::round(*count * portion->grams / portion->amount * 100.0) / 100.0;
    if (std::abs(*grams - expected) > kGramsTolerance) {
        check.report(child(pointer, "grams"),
                     fmt::format("must be {:g} ({:g} × {} of {}, SR28 WEIGHT)", expected, *count,
                                 *measure, food.name));
        return std::nullopt;
    }
    result.food_id = *food_id_value;
    result.count = *count;
    result.measure = *measure;
    result.grams = expected;
    return result;
}

bool valid_id(const std::optional<std::string>& id, const std::string& pointer, Checker& check) {
    if (!id) return false;
    if (is_kebab_case(*id)) return true;
    check.report(child(pointer, "id"), "'" + *id +
                                           "' must be kebab-case: lower-case letters and digits "
                                           "joined by single hyphens");
    return false;
}

std::optional<DishHolds> dish_holds(const Json& entry, const std::string& pointer, Checker& check,
                                    const CatalogueView& view) {
    if (!check.expect_object(entry, pointer)) return std::nullopt;
    check.only_members(entry, pointer, {"grams_at_least", "criteria", "also", "except"});
    DishHolds result;
    result.foods = selector(entry, pointer, check, view);
    const auto grams =
        check.required_number(entry, pointer, "grams_at_least", 0.0, kMaxDishGrams, true);
    if (!grams) return std::nullopt;
    result.grams_at_least = *grams;
    return result;
}

std::optional<SideKind> side_kind(const Json& entry, const std::string& pointer, Checker& check,
                                  const CatalogueView& view) {
    if (!check.expect_object(entry, pointer)) return std::nullopt;
    const auto before = check.problem_count();
    check.only_members(entry, pointer,
                       {"id", "name", "sides_per_meal", "varieties_per_plan", "not_with", "why"});
    SideKind result;
    const auto id = check.required_text(entry, pointer, "id");
    const bool id_ok = valid_id(id, pointer, check);
    const auto name = check.required_text(entry, pointer, "name");
    const auto why = check.required_text(entry, pointer, "why");
    if (const Json* most = check.member(entry, pointer, "sides_per_meal", false)) {
        if (auto value = whole_number(*most, child(pointer, "sides_per_meal"), 1,
                                      kMaxSidesOfAKindPerMeal, check)) {
            result.sides_per_meal = *value;
        }
    }
    if (const Json* varieties = check.member(entry, pointer, "varieties_per_plan", false)) {
        result.varieties_per_plan = whole_number(*varieties, child(pointer, "varieties_per_plan"),
                                                 1, kMaxVarietiesPerPlan, check);
    }
    if (const Json* holds = check.member(entry, pointer, "not_with", false))
        result.not_with = dish_holds(*holds, child(pointer, "not_with"), check, view);
    if (check.problem_count() > before || !id_ok || !name || !why) return std::nullopt;
    result.id = *id;
    result.name = *name;
    result.why = *why;
    return result;
}

std::optional<Side> side(const Json& entry, const std::string& pointer, Checker& check,
                         const Catalogue& catalogue) {
    if (!check.expect_object(entry, pointer)) return std::nullopt;
    const auto before = check.problem_count();
    check.only_members(entry, pointer,
                       {"id", "kind", "name", "portion", "foods", "slots", "max_per_meal", "note"});
    Side result;
    const auto id = check.required_text(entry, pointer, "id");
    valid_id(id, pointer, check);
    const auto kind = check.required_text(entry, pointer, "kind");
    const auto name = check.required_text(entry, pointer, "name");
    const auto portion = check.required_text(entry, pointer, "portion");
    result.slots = check.name_set<MealSlot>(entry, pointer, "slots", "meal slot", true, true);
    if (const Json* most = check.member(entry, pointer, "max_per_meal")) {
        if (auto value = whole_number(*most, child(pointer, "max_per_meal"), 1, kMaxPortionsPerMeal,
                                      check)) {
            result.max_per_meal = *value;
        }
    }
    if (const Json* note = check.member(entry, pointer, "note", false)) {
        if (auto value = check.text(*note, child(pointer, "note"))) result.note = *value;
    }
    if (const Json* foods = check.member(entry, pointer, "foods")) {
        const std::string foods_pointer = child(pointer, "foods");
        if (!foods->is_array() || foods->empty()) {
            check.report(foods_pointer, "must be a non-empty list of foods");
        } else {
            for (std::size_t i = 0; i < foods->size(); ++i) {
                if (auto food = side_food((*foods)[i], child(foods_pointer, i), check, catalogue))
                    result.foods.push_back(std::move(*food));
            }
        }
    }
    if (check.problem_count() > before || !id || !kind || !name || !portion) return std::nullopt;
    result.id = *id;
    result.kind = *kind;
    result.name = *name;
    result.portion = *portion;
    return result;
}

}  // namespace

const SideKind* SideList::kind(std::string_view id) const {
    for (const SideKind& kind : kinds) {
        if (kind.id == id) return &kind;
    }
    return nullptr;
}

double Side::grams() const {
    double sum = 0.0;
    for (const SideFood& food : foods) sum += food.grams;
    return sum;
}

Result<SideList> parse_sides(std::string_view json_text, std::string_view file_label,
                             const Catalogue& catalogue) {
    Problems problems;
    const auto root = document(json_text, file_label, kSidesSchema, problems);
    if (!root) return problems;
    Checker check(std::string(file_label), problems);
    check.only_members(*root, "", {"schema", "note", "source", "kinds", "sides"});
    SideList list;
    check.required_text(*root, "", "note");
    if (auto source = check.required_text(*root, "", "source")) list.source = *source;
    const CatalogueView view(catalogue);
    const Json* kinds = check.member(*root, "", "kinds");
    if (kinds != nullptr && (!kinds->is_array() || kinds->empty())) {
        check.report("/kinds", "must be a non-empty list of kinds of side");
    } else if (kinds != nullptr) {
        for (std::size_t i = 0; i < kinds->size(); ++i) {
            const std::string pointer = child("/kinds", i);
            auto entry = side_kind((*kinds)[i], pointer, check, view);
            if (!entry) continue;
            if (list.kind(entry->id) != nullptr) {
                check.report(child(pointer, "id"), "duplicate kind id '" + entry->id + "'");
                continue;
            }
            list.kinds.push_back(std::move(*entry));
        }
    }
    const Json* sides = check.member(*root, "", "sides");
    if (sides != nullptr && (!sides->is_array() || sides->empty())) {
        check.report("/sides", "must be a non-empty list of sides");
    } else if (sides != nullptr) {
        std::map<std::string, std::size_t> first_with_id;
        for (std::size_t i = 0; i < sides->size(); ++i) {
            const std::string pointer = child("/sides", i);
            auto entry = side((*sides)[i], pointer, check, catalogue);
            if (!entry) continue;
            if (kinds != nullptr && list.kind(entry->kind) == nullptr) {
                check.report(child(pointer, "kind"),
                             "'" + entry->kind + "' is not a kind of /kinds");
                continue;
            }
            const auto [previous, inserted] = first_with_id.emplace(entry->id, i);
            if (!inserted) {
                check.report(child(pointer, "id"), "duplicate side id '" + entry->id +
                                                       "' (also /sides/" +
                                                       std::to_string(previous->second) + ")");
                continue;
            }
            list.sides.push_back(std::move(*entry));
        }
    }
    if (!problems.empty()) return problems;
    return list;
}

}  // namespace mealplan

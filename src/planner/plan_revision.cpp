#include "planner/plan_revision.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace mealplan {
namespace {

/// Grams written to plan JSON are read back exactly; the tolerance only absorbs a plan file
/// written by another program with rounded weights.
constexpr double kGramsTolerance = 1e-6;

bool same_amount(double a, double b) {
    return std::abs(a - b) <= kGramsTolerance * std::max(1.0, std::abs(a));
}

std::string meal_text(const MealRef& ref) {
    return fmt::format("{}:{}", ref.day, to_string(ref.slot));
}

const PlanMeal* meal_in(const Plan& plan, const MealRef& ref) {
    if (ref.day < 1 || ref.day > static_cast<int>(plan.days.size())) return nullptr;
    for (const PlanMeal& meal : plan.days[static_cast<std::size_t>(ref.day - 1)].meals) {
        if (meal.slot == ref.slot) return &meal;
    }
    return nullptr;
}

bool same_meal(const PlanMeal& a, const PlanMeal& b) {
    if (a.dish_id != b.dish_id || !same_amount(a.servings, b.servings) ||
        a.items.size() != b.items.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.items.size(); ++i) {
        const PlanItem& x = a.items[i];
        const PlanItem& y = b.items[i];
        if (x.food_id != y.food_id || x.side != y.side || !same_amount(x.grams, y.grams))
            return false;
    }
    return true;
}

/// A meal of the revised plan as values of the model's choices of its day and slot.
struct MealValues {
    int dish_variable = -1;
    std::vector<std::pair<int, double>> sides;  ///< (variable, portions), sides served only
};

/// Whether `items[next…]` are the foods of some of `choices[first…]`, each side's foods
/// together and the sides in choice order, as the model writes a meal; the portions of each
/// side used go to `out`. Two sides may begin with the same food (toast, and toast with
/// peanut butter), so a side that matches is also tried left out.
bool match_sides(const PlanModel& plan, const PlanModelInput& input,
                 const std::vector<SideChoice>& choices, std::size_t first,
                 const std::vector<const PlanItem*>& items, std::size_t next,
                 std::vector<std::pair<int, double>>& out) {
    if (next == items.size()) return true;
    for (std::size_t c = first; c < choices.size(); ++c) {
        const SideChoice& choice = choices[c];
        const std::vector<SideFood>& foods = input.sides[choice.side].item.foods;
        if (foods.empty() || next + foods.size() > items.size() ||
            items[next]->food_id != foods.front().food_id) {
            continue;
        }
        const double portions = std::round(items[next]->grams / foods.front().grams);
        bool matches = portions >= 1.0 && portions <= plan.model.variables[choice.variable].upper;
        for (std::size_t k = 0; matches && k < foods.size(); ++k) {
            matches = items[next + k]->food_id == foods[k].food_id &&
                      same_amount(items[next + k]->grams, foods[k].grams * portions);
        }
        if (!matches) continue;
        out.emplace_back(choice.variable, portions);
        if (match_sides(plan, input, choices, c + 1, items, next + foods.size(), out)) return true;
        out.pop_back();
    }
    return false;
}

/// Why no choice of the model serves `meal` as it was; empty when `out` now holds its values.
/// The model's meals list a dish's ingredients in recipe order and then each side's foods in
/// the order of the sides file, as plan JSON writes them back.
std::string meal_values(const PlanModel& plan, const PlanModelInput& input, const MealRef& ref,
                        const PlanMeal& meal, const FoodFilter& filter, const Catalogue& catalogue,
                        MealValues& out) {
    const auto d = static_cast<std::size_t>(ref.day - 1);
    const auto s = static_cast<std::size_t>(ref.slot);
    std::vector<const PlanItem*> ingredients;
    std::vector<const PlanItem*> sides;
    for (const PlanItem& item : meal.items) (item.side ? sides : ingredients).push_back(&item);
    if (meal.dish_id.empty()) {
        // A meal of sides only is what a plan serves when every dish of its slot is left out.
        if (!plan.dish_choices[d][s].empty() || !ingredients.empty()) return "has no dish";
    } else {
        const ModelDish* dish = nullptr;
        for (const DishChoice& choice : plan.dish_choices[d][s]) {
            if (input.dishes[choice.dish].id != meal.dish_id) continue;
            dish = &input.dishes[choice.dish];
            if (same_amount(kPortionServings[choice.portion], meal.servings))
                out.dish_variable = choice.variable;
        }
        if (dish == nullptr) {
            for (const PlanItem& item : meal.items) {
                const Food* food = catalogue.find(item.food_id);
                if (food == nullptr)
                    return "holds food " + item.food_id + ", which the catalogue lacks";
                if (filter.excluded.count(item.food_id))
                    return "holds " + food->name + " (" + item.food_id + "), which {} leaves out";
                if (!filter.allows(*food))
                    return "holds " + food->name +
                           ", which the diet or an avoided allergen leaves out";
            }
            return "has the dish \"" + meal.dish +
                   "\", which this slot no longer offers (not in the dishes, or left out by a "
                   "food-safety rule)";
        }
        if (out.dish_variable < 0)
            return fmt::format("is {:g} servings, not a portion the planner serves (½ to 2)",
                               meal.servings);

        bool recipe_matches = ingredients.size() == dish->grams_per_serving.size();
        for (std::size_t i = 0; recipe_matches && i < ingredients.size(); ++i) {
            const auto& [food_id, grams] = dish->grams_per_serving[i];
            recipe_matches = ingredients[i]->food_id == food_id &&
                             same_amount(ingredients[i]->grams, grams * meal.servings);
        }
        if (!recipe_matches)
            return "differs from the recipe of \"" + dish->name + "\" in the dishes";
    }
    if (!match_sides(plan, input, plan.side_choices[d][s], 0, sides, 0, out.sides))
        return "has side items that are not sides this meal may add";
    return "";
}

/// The value of every choice of the meal's day and slot that serves `values`.
std::vector<std::pair<int, double>> slot_values(const PlanModel& plan, const MealRef& ref,
                                                const MealValues& values) {
    const auto d = static_cast<std::size_t>(ref.day - 1);
    const auto s = static_cast<std::size_t>(ref.slot);
    std::vector<std::pair<int, double>> out;
    for (const DishChoice& choice : plan.dish_choices[d][s])
        out.emplace_back(choice.variable, choice.variable == values.dish_variable ? 1.0 : 0.0);
    for (const SideChoice& choice : plan.side_choices[d][s]) {
        double portions = 0.0;
        for (const auto& [variable, count] : values.sides) {
            if (variable == choice.variable) portions = count;
        }
        out.emplace_back(choice.variable, portions);
    }
    return out;
}

/// Makes serving fewer than `portions` of the side `variable` cost kMealChangeCost in phase 2
/// (in proportion to the portions dropped): a slack that makes up the missing portions
/// carries the cost, so that every cost stays ≥ 0.
void charge_for_dropping(PlanModel& plan, int variable, double portions) {
    const std::string name = plan.model.variables[variable].name;
    const int dropped = plan.model.add_variable("dropped_" + name, 0.0, portions, 0.0,
                                                solver::VariableType::Continuous);
    plan.phase1_cost.push_back(0.0);
    plan.phase2_cost.push_back(kMealChangeCost / portions);
    plan.model.add_row("kept_" + name, portions, solver::kInfinity,
                       {{variable, 1.0}, {dropped, 1.0}});
}

void fix(solver::Variable& variable, double value) {
    variable.lower = value;
    variable.upper = value;
}

}  // namespace

std::vector<PlanProblem> validate_revision(const PlanRevision& revision, int days) {
    std::vector<PlanProblem> problems;
    const Plan& base = revision.base;
    const int base_days = static_cast<int>(base.days.size());
    for (int d = 0; d < base_days; ++d) {
        const PlanDay& day = base.days[static_cast<std::size_t>(d)];
        if (day.day != d + 1) {
            problems.push_back(
                {PlanField::From, fmt::format("day {} of the plan is numbered {}: a plan to change "
                                              "numbers its days 1, 2, … in order",
                                              d + 1, day.day)});
        }
        std::set<MealSlot> slots;
        for (const PlanMeal& meal : day.meals) {
            if (!slots.insert(meal.slot).second) {
                problems.push_back({PlanField::From, fmt::format("day {} has two {} meals", day.day,
                                                                 to_string(meal.slot))});
            }
        }
    }
    if (days > base_days) {
        problems.push_back({PlanField::Days,
                            fmt::format("must be at most {}, the days of the plan in {}, got {}",
                                        base_days, "{}", days),
                            {PlanField::From}});
    }
    const auto check = [&](const std::vector<MealRef>& refs, PlanField field) {
        std::set<MealRef> named;
        for (const MealRef& ref : refs) {
            const std::string text = meal_text(ref);
            if (ref.day < 1 || ref.day > base_days) {
                problems.push_back(
                    {field,
                     fmt::format("{}: day {} is beyond the plan in {}, which has "
                                 "{} day{}",
                                 text, ref.day, "{}", base_days, base_days == 1 ? "" : "s"),
                     {PlanField::From}});
            } else if (meal_in(base, ref) == nullptr) {
                problems.push_back({field,
                                    fmt::format("{}: day {} of the plan in {} has no {}", text,
                                                ref.day, "{}", to_string(ref.slot)),
                                    {PlanField::From}});
            }
            if (!named.insert(ref).second) problems.push_back({field, text + " is named twice"});
        }
    };
    check(revision.swap, PlanField::Swap);
    check(revision.keep, PlanField::Keep);
    for (const MealRef& ref : revision.keep) {
        if (std::find(revision.swap.begin(), revision.swap.end(), ref) != revision.swap.end()) {
            problems.push_back({PlanField::Keep,
                                meal_text(ref) + " is also in {}: a meal is kept or swapped, "
                                                 "not both",
                                {PlanField::Swap}});
        }
    }
    return problems;
}

Result<RevisionStart, PlanProblem> apply_revision(PlanModel& plan, const PlanModelInput& input,
                                                  const PlanRevision& revision,
                                                  const FoodFilter& filter,
                                                  const Catalogue& catalogue) {
    const std::set<MealRef> keep(revision.keep.begin(), revision.keep.end());
    const std::set<MealRef> swap(revision.swap.begin(), revision.swap.end());
    std::vector<PlanProblem> problems;
    RevisionStart start;
    const int days = static_cast<int>(plan.dish_choices.size());
    for (int d = 0; d < days; ++d) {
        for (const MealSlot slot : kMealSlots) {
            const MealRef ref{d + 1, slot};
            const PlanMeal* meal = meal_in(revision.base, ref);
            if (meal == nullptr) continue;
            if (swap.count(ref) && meal->dish_id.empty()) {
                problems.push_back({PlanField::Swap, meal_text(ref) +
                                                         ": the meal has no dish to swap (every "
                                                         "dish of its slot is left out)"});
                continue;
            }
            if (swap.count(ref)) {
                start.swapped_days.insert(ref.day);
                for (const DishChoice& choice :
                     plan.dish_choices[d][static_cast<std::size_t>(slot)]) {
                    if (input.dishes[choice.dish].id == meal->dish_id)
                        plan.model.variables[choice.variable].upper = 0.0;
                }
                continue;
            }
            MealValues values;
            const std::string why_not =
                meal_values(plan, input, ref, *meal, filter, catalogue, values);
            if (keep.count(ref)) {
                if (!why_not.empty()) {
                    // Refused rather than swapped: a meal asked to stay must not change
                    // without the person saying so.
                    std::vector<PlanField> mentions{PlanField::Swap};
                    if (why_not.find("{}") != std::string::npos)
                        mentions.insert(mentions.begin(), PlanField::Exclude);
                    problems.push_back({PlanField::Keep,
                                        meal_text(ref) + ": the meal " + why_not +
                                            ", so it cannot be kept; swap it ({}) instead",
                                        std::move(mentions)});
                    continue;
                }
                for (const auto& [variable, value] : slot_values(plan, ref, values))
                    fix(plan.model.variables[variable], value);
                continue;
            }
            if (!why_not.empty()) continue;  // the meal must change: a filter took it
            for (const auto& [variable, value] : slot_values(plan, ref, values)) {
                start.values.push_back({ref.day, variable, value});
                if (value == 0.0) {
                    plan.phase2_cost[variable] += kMealChangeCost;
                } else if (plan.model.variables[variable].type == solver::VariableType::Integer) {
                    charge_for_dropping(plan, variable, value);
                }
            }
        }
    }
    if (!problems.empty()) return problems;
    return start;
}

PlanModel pinned_to(const PlanModel& plan, const RevisionStart& start,
                    const std::set<int>& open_days) {
    PlanModel pinned = plan;
    for (const RevisionStart::Value& pin : start.values) {
        if (!open_days.count(pin.day)) fix(pinned.model.variables[pin.variable], pin.value);
    }
    return pinned;
}

std::vector<ChangedMeal> changed_meals(const PlanRevision& revision, const Plan& plan) {
    std::vector<ChangedMeal> changed;
    for (std::size_t d = 0; d < plan.days.size(); ++d) {
        for (const MealSlot slot : kMealSlots) {
            const MealRef ref{static_cast<int>(d) + 1, slot};
            const PlanMeal* was = meal_in(revision.base, ref);
            const PlanMeal* now = meal_in(plan, ref);
            if (was == nullptr && now == nullptr) continue;
            if (was != nullptr && now != nullptr && same_meal(*was, *now)) continue;
            const bool swapped =
                std::find(revision.swap.begin(), revision.swap.end(), ref) != revision.swap.end();
            changed.push_back({ref.day, slot, was != nullptr ? was->dish : "",
                               now != nullptr ? now->dish : "", swapped});
        }
    }
    return changed;
}

}  // namespace mealplan

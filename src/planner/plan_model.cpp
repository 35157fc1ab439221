#include "planner/plan_model.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <numeric>
#include <random>
#include <string>
#include <unordered_map>

#include "planner/plan_request.hpp"

namespace mealplan {
namespace {

using solver::kInfinity;
using solver::Term;
using solver::VariableType;

/// The first letter of each slot's name, for variable and row names ("x_d1b_…").
char slot_letter(std::size_t slot) {
    return to_string(kMealSlots[slot]).front();
}

/// `text` fit for a row name: letters and digits, anything else a hyphen ("soy milk" →
/// "soy-milk").
std::string name_part(std::string text) {
    for (char& c : text) {
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '-';
    }
    return text;
}

/// Grams of `food_id` in one portion of `side` (0 when it holds none).
double side_grams_of(const Side& side, const FoodId& food_id) {
    double grams = 0.0;
    for (const SideFood& food : side.foods) {
        if (food.food_id == food_id) grams += food.grams;
    }
    return grams;
}

/// The nutrient an upper limit is counted on, and whether food counts toward it at all.
struct LimitScope {
    Nutrient counted;
    bool food_counts;
};

/// How a UL whose scope is not the total intake is applied (DRI footnotes): vitamin A on
/// retinol, folate on folic acid, vitamin E on added vitamin E — from food and tablets;
/// magnesium and niacin on tablets only (the catalogue does not separate added niacin).
std::optional<LimitScope> scoped_limit(Nutrient nutrient, UpperLimitScope scope) {
    switch (scope) {
        case UpperLimitScope::Total:
            return std::nullopt;
        case UpperLimitScope::Supplements:
            return LimitScope{nutrient, false};
        case UpperLimitScope::Preformed:
            if (const auto form = upper_limit_form(nutrient)) return LimitScope{*form, true};
            return std::nullopt;
        case UpperLimitScope::AddedForms:
            if (const auto form = upper_limit_form(nutrient)) return LimitScope{*form, true};
            return LimitScope{nutrient, false};
    }
    return std::nullopt;
}

class Builder {
  public:
    Builder(const PlanModelInput& input, const PlanWeights& weights)
        : in_(input), w_(weights), rng_(input.seed) {}

    PlanModel build() {
        out_.model.name = "mealplan";
        out_.dish_choices.resize(in_.days);
        out_.side_choices.resize(in_.days);
        out_.supplement_choices.resize(in_.days);
        for (int d = 0; d < in_.days; ++d) add_day_variables(d);
        for (int d = 0; d < in_.days; ++d) {
            add_meal_rows(d);
            add_nutrient_rows(d);
            add_energy_row(d);
            add_food_caps(d);
            add_group_caps(d);
            add_slot_share_rows(d);
            add_main_protein_rows(d);
            add_side_kind_rows(d);
        }
        add_weekly_rows();
        add_variety_rows();
        add_side_variety_rows();
        for (auto& variable : out_.model.variables) variable.cost = 0.0;
        for (int v = 0; v < out_.model.variable_count(); ++v) {
            out_.model.variables[v].cost = out_.phase1_cost[v];
        }
        return std::move(out_);
    }

  private:
    int add_variable(std::string name, double upper, VariableType type, double cost1,
                     double cost2) {
        int v = out_.model.add_variable(std::move(name), 0.0, upper, 0.0, type);
        out_.phase1_cost.push_back(cost1);
        out_.phase2_cost.push_back(cost2);
        return v;
    }

    std::string day_tag(int d) const { return "d" + std::to_string(d + 1); }

    void add_day_variables(int d) {
        std::uniform_real_distribution<double> tie(0.0, w_.perturbation);
        for (std::size_t s = 0; s < kMealSlotCount; ++s) {
            for (std::size_t j = 0; j < in_.dishes.size(); ++j) {
                const ModelDish& dish = in_.dishes[j];
                if (dish.slots.count(kMealSlots[s]) == 0) continue;
                for (std::size_t p = 0; p < std::size(kPortionServings); ++p) {
                    const double servings = kPortionServings[p];
                    double cost = w_.odd_portion * std::abs(servings - 1.0) + tie(rng_);
                    if (dish.cost_usd_per_serving) {
                        cost += w_.cost_per_usd * *dish.cost_usd_per_serving * servings;
                    }
                    std::string name = "x_" + day_tag(d) + slot_letter(s) + "_" +
                                       std::to_string(j) + "_" + std::to_string(p);
                    int v = add_variable(std::move(name), 1.0, VariableType::Binary, 0.0, cost);
                    out_.dish_choices[d][s].push_back(
                        {static_cast<int>(j), static_cast<int>(p), v});
                }
            }
            for (std::size_t f = 0; f < in_.sides.size(); ++f) {
                const ModelSide& side = in_.sides[f];
                if (side.item.slots.count(kMealSlots[s]) == 0) continue;
                double cost = w_.side_item + tie(rng_) * 0.4;
                if (side.cost_usd_per_unit) cost += w_.cost_per_usd * *side.cost_usd_per_unit;
                std::string name = "y_" + day_tag(d) + slot_letter(s) + "_" + std::to_string(f);
                const double most = std::min(side.item.max_per_meal, in_.side_portions_per_meal);
                int v = add_variable(std::move(name), most, VariableType::Integer, 0.0, cost);
                out_.side_choices[d][s].push_back({static_cast<int>(f), v});
            }
        }
        for (std::size_t k = 0; k < in_.supplements.size(); ++k) {
            std::string name = "z_" + day_tag(d) + "_" + std::to_string(k);
            int v = add_variable(std::move(name), 1.0, VariableType::Binary, w_.supplement, 0.0);
            out_.supplement_choices[d].push_back({static_cast<int>(k), v});
        }
    }

    /// Σ amount of `nutrient` on day d, as terms; `food_counts` false keeps tablets only.
    std::vector<Term> nutrient_terms(int d, Nutrient nutrient, bool food_counts = true) const {
        std::vector<Term> terms;
        const std::size_t n = index(nutrient);
        if (food_counts) {
            for (std::size_t s = 0; s < kMealSlotCount; ++s) {
                for (const DishChoice& c : out_.dish_choices[d][s]) {
                    double a = in_.dishes[c.dish].per_serving[n] * kPortionServings[c.portion];
                    if (a != 0.0) terms.push_back({c.variable, a});
                }
                for (const SideChoice& c : out_.side_choices[d][s]) {
                    double a = in_.sides[c.side].per_unit[n];
                    if (a != 0.0) terms.push_back({c.variable, a});
                }
            }
        }
        for (const SupplementChoice& c : out_.supplement_choices[d]) {
            double a = in_.supplements[c.supplement].amounts[n];
            if (a != 0.0) terms.push_back({c.variable, a});
        }
        return terms;
    }

    void add_meal_rows(int d) {
        for (std::size_t s = 0; s < kMealSlotCount; ++s) {
            std::vector<Term> pick;
            for (const DishChoice& c : out_.dish_choices[d][s]) pick.push_back({c.variable, 1.0});
            if (!pick.empty()) {
                out_.model.add_row("one_" + day_tag(d) + slot_letter(s), 1.0, 1.0, std::move(pick));
            }
            std::vector<Term> sides;
            for (const SideChoice& c : out_.side_choices[d][s]) sides.push_back({c.variable, 1.0});
            if (sides.size() > 1) {
                out_.model.add_row("sides_" + day_tag(d) + slot_letter(s), -kInfinity,
                                   in_.side_portions_per_meal, std::move(sides));
            }
        }
    }

    bool weekly(Nutrient nutrient) const {
        return in_.coverage == CoverageMode::Weekly && in_.days > 1 && is_stored_nutrient(nutrient);
    }

    void add_nutrient_rows(int d) {
        for (const NutrientInfo& info : all_nutrients()) {
            const Nutrient nutrient = info.nutrient;
            if (info.auxiliary || nutrient == Nutrient::EnergyKcal ||
                nutrient == Nutrient::WaterG) {
                continue;
            }
            const NutrientTarget& target = in_.targets[nutrient];
            const std::string key(info.key);
            if (target.min && *target.min > 0.0) {
                const double floor =
                    weekly(nutrient) ? kWeeklyDailyFloor * *target.min : *target.min;
                std::vector<Term> terms = nutrient_terms(d, nutrient);
                int slack = add_variable("short_" + day_tag(d) + "_" + key, floor,
                                         VariableType::Continuous, w_.shortfall / *target.min, 0.0);
                terms.push_back({slack, 1.0});
                out_.shortfall_slacks.push_back({nutrient, d, weekly(nutrient), slack});
                out_.model.add_row("min_" + day_tag(d) + "_" + key, floor, kInfinity,
                                   std::move(terms));
            }
            if (target.max) {
                std::vector<Term> terms = nutrient_terms(d, nutrient);
                if (!terms.empty()) {
                    add_limit_row(nutrient, "max_" + day_tag(d) + "_" + key, *target.max,
                                  std::move(terms));
                }
            } else if (target.ul) {
                if (auto scope = scoped_limit(nutrient, target.ul_scope)) {
                    std::vector<Term> terms = nutrient_terms(d, scope->counted, scope->food_counts);
                    if (!terms.empty()) {
                        add_limit_row(nutrient, "ul_" + day_tag(d) + "_" + key, *target.ul,
                                      std::move(terms));
                    }
                }
            }
        }
    }

    void add_limit_row(Nutrient nutrient, std::string name, double limit, std::vector<Term> terms) {
        const int row = out_.model.add_row(std::move(name), -kInfinity, limit, std::move(terms));
        out_.limit_rows.push_back({nutrient, row});
    }

    void add_energy_row(int d) {
        const double target = in_.targets.energy_kcal;
        if (target <= 0.0) return;
        const double band = std::max(0.0, in_.targets.energy_tolerance) * target;
        std::vector<Term> terms = nutrient_terms(d, Nutrient::EnergyKcal);
        const std::string tag = day_tag(d);
        const double inside = w_.energy_inside / target;
        const double outside = w_.energy_outside / target;
        int under_in =
            add_variable("kcal_under_in_" + tag, band, VariableType::Continuous, 0.0, inside);
        int under_out = add_variable("kcal_under_out_" + tag, kInfinity, VariableType::Continuous,
                                     outside, 0.0);
        int over_in =
            add_variable("kcal_over_in_" + tag, band, VariableType::Continuous, 0.0, inside);
        int over_out =
            add_variable("kcal_over_out_" + tag, kInfinity, VariableType::Continuous, outside, 0.0);
        terms.push_back({under_in, 1.0});
        terms.push_back({under_out, 1.0});
        terms.push_back({over_in, -1.0});
        terms.push_back({over_out, -1.0});
        out_.energy_inside.insert(out_.energy_inside.end(), {under_in, over_in});
        out_.energy_outside.insert(out_.energy_outside.end(), {under_out, over_out});
        out_.model.add_row("kcal_" + tag, target, target, std::move(terms));
    }

    void add_food_caps(int d) {
        const std::vector<std::pair<FoodId, double>>& caps = in_.daily_cap_grams;
        // One pass over the day's dishes files each capped ingredient under its caps; a
        // pass per cap compared every ingredient of every dish with each capped food, a
        // second of model building per 2,000 dishes.
        std::unordered_map<FoodId, std::vector<std::size_t>> caps_of;
        for (std::size_t k = 0; k < caps.size(); ++k) caps_of[caps[k].first].push_back(k);
        std::vector<std::vector<Term>> terms(caps.size());
        std::vector<double> most(caps.size(), 0.0);  // the most the day holds without the row
        std::vector<double> slot_most(caps.size());
        for (std::size_t s = 0; s < kMealSlotCount; ++s) {
            std::fill(slot_most.begin(), slot_most.end(), 0.0);
            for (const DishChoice& c : out_.dish_choices[d][s]) {
                for (const auto& [id, grams] : in_.dishes[c.dish].grams_per_serving) {
                    const auto found = caps_of.find(id);
                    if (found == caps_of.end()) continue;
                    const double a = grams * kPortionServings[c.portion];
                    for (const std::size_t k : found->second) {
                        terms[k].push_back({c.variable, a});
                        slot_most[k] = std::max(slot_most[k], a);
                    }
                }
            }
            for (std::size_t k = 0; k < caps.size(); ++k) most[k] += slot_most[k];
            for (const SideChoice& c : out_.side_choices[d][s]) {
                for (std::size_t k = 0; k < caps.size(); ++k) {
                    const double grams = side_grams_of(in_.sides[c.side].item, caps[k].first);
                    if (grams <= 0.0) continue;
                    terms[k].push_back({c.variable, grams});
                    most[k] += out_.model.variables[c.variable].upper * grams;
                }
            }
        }
        for (std::size_t k = 0; k < caps.size(); ++k) {
            const auto& [food_id, cap] = caps[k];
            if (terms[k].empty() || most[k] <= cap) continue;  // a row that can never bind
            out_.model.add_row("cap_" + day_tag(d) + "_" + food_id, -kInfinity, cap,
                               std::move(terms[k]));
        }
    }

    /// Grams of the foods of `foods` in each choice of day d, as terms, and the most the day
    /// could hold without a row (the largest choice of each slot).
    std::pair<std::vector<Term>, double> grams_terms(int d, const std::set<FoodId>& foods) const {
        std::vector<Term> terms;
        double most = 0.0;
        for (std::size_t s = 0; s < kMealSlotCount; ++s) {
            double slot_most = 0.0;
            for (const DishChoice& c : out_.dish_choices[d][s]) {
                double grams = 0.0;
                for (const auto& [id, amount] : in_.dishes[c.dish].grams_per_serving) {
                    if (foods.count(id) > 0) grams += amount;
                }
                if (grams <= 0.0) continue;
                const double a = grams * kPortionServings[c.portion];
                terms.push_back({c.variable, a});
                slot_most = std::max(slot_most, a);
            }
            for (const SideChoice& c : out_.side_choices[d][s]) {
                double grams = 0.0;
                for (const SideFood& food : in_.sides[c.side].item.foods) {
                    if (foods.count(food.food_id) > 0) grams += food.grams;
                }
                if (grams <= 0.0) continue;
                terms.push_back({c.variable, grams});
                slot_most += out_.model.variables[c.variable].upper * grams;
            }
            most += slot_most;
        }
        return {std::move(terms), most};
    }

    void add_group_caps(int d) {
        for (const GroupCap& cap : in_.daily_group_caps) {
            auto [terms, most] = grams_terms(d, cap.foods);
            if (terms.empty() || most <= cap.grams) continue;  // a row that can never bind
            out_.model.add_row("group_" + day_tag(d) + "_" + name_part(cap.id), -kInfinity,
                               cap.grams, std::move(terms));
        }
    }

    /// Each slot's energy within its share of the day's target, low·E ≤ kcal + under −
    /// over ≤ high·E, the deviations paid for in phase 1 like a day outside its band.
    void add_slot_share_rows(int d) {
        const double target = in_.targets.energy_kcal;
        if (!in_.slot_shares || target <= 0.0) return;
        for (std::size_t s = 0; s < kMealSlotCount; ++s) {
            if (out_.dish_choices[d][s].empty()) continue;
            std::vector<Term> terms;
            const std::size_t kcal = index(Nutrient::EnergyKcal);
            for (const DishChoice& c : out_.dish_choices[d][s]) {
                const double a = in_.dishes[c.dish].per_serving[kcal] * kPortionServings[c.portion];
                if (a != 0.0) terms.push_back({c.variable, a});
            }
            for (const SideChoice& c : out_.side_choices[d][s]) {
                const double a = in_.sides[c.side].per_unit[kcal];
                if (a != 0.0) terms.push_back({c.variable, a});
            }
            const std::string tag = day_tag(d) + slot_letter(s);
            const double cost = w_.slot_share_outside / target;
            const int under =
                add_variable("share_under_" + tag, kInfinity, VariableType::Continuous, cost, 0.0);
            const int over =
                add_variable("share_over_" + tag, kInfinity, VariableType::Continuous, cost, 0.0);
            terms.push_back({under, 1.0});
            terms.push_back({over, -1.0});
            out_.slot_share_deviations.insert(out_.slot_share_deviations.end(), {under, over});
            const ShareRange& share = (*in_.slot_shares)[s];
            out_.model.add_row("share_" + tag, share.low * target, share.high * target,
                               std::move(terms));
        }
    }

    /// A main protein at most once a day: for each kind, the day's dishes of that kind.
    void add_main_protein_rows(int d) {
        std::map<std::string, std::vector<Term>> of_kind;
        std::map<std::string, std::set<std::size_t>> slots_of_kind;
        for (std::size_t s = 0; s < kMealSlotCount; ++s) {
            for (const DishChoice& c : out_.dish_choices[d][s]) {
                const std::string& kind = in_.dishes[c.dish].main_protein;
                if (kind.empty()) continue;
                of_kind[kind].push_back({c.variable, 1.0});
                slots_of_kind[kind].insert(s);
            }
        }
        for (auto& [kind, terms] : of_kind) {
            if (slots_of_kind[kind].size() < 2) continue;  // one slot takes one dish anyway
            out_.model.add_row("protein_" + day_tag(d) + "_" + name_part(kind), -kInfinity, 1.0,
                               std::move(terms));
        }
    }

    /// Per meal and kind of side: the kind's sides, each counted as the share of its most
    /// portions a meal (two slices of toast are one side of toast), at most the kind's
    /// sides_per_meal, and none when the meal's dish holds the kind already.
    void add_side_kind_rows(int d) {
        for (const SideKind& kind : in_.side_kinds) {
            for (std::size_t s = 0; s < kMealSlotCount; ++s) {
                std::vector<std::pair<int, int>> sides;  // (variable, its most portions)
                for (const SideChoice& c : out_.side_choices[d][s]) {
                    if (in_.sides[c.side].item.kind != kind.id) continue;
                    const int most = static_cast<int>(out_.model.variables[c.variable].upper);
                    if (most > 0) sides.emplace_back(c.variable, most);
                }
                if (sides.empty()) continue;
                // Whole coefficients: each portion is scale / most of a side.
                int scale = 1;
                for (const auto& [variable, most] : sides) scale = std::lcm(scale, most);
                const double bound = static_cast<double>(scale) * kind.sides_per_meal;
                std::vector<Term> terms;
                for (const auto& [variable, most] : sides)
                    terms.push_back({variable, static_cast<double>(scale / most)});
                for (const DishChoice& c : out_.dish_choices[d][s]) {
                    if (in_.dishes[c.dish].side_kinds_held.count(kind.id) > 0)
                        terms.push_back({c.variable, bound});
                }
                const bool binds = terms.size() > sides.size() ||
                                   sides.size() > static_cast<std::size_t>(kind.sides_per_meal);
                if (!binds) continue;
                out_.model.add_row("kind_" + day_tag(d) + slot_letter(s) + "_" + kind.id,
                                   -kInfinity, bound, std::move(terms));
            }
        }
    }

    /// For each kind with a limit on its varieties: u[f] ≥ side f's portions in the whole
    /// plan / their most, and at most `varieties_per_plan` of the kind's u[f].
    void add_side_variety_rows() {
        for (const SideKind& kind : in_.side_kinds) {
            if (!kind.varieties_per_plan) continue;
            std::vector<std::pair<int, std::vector<Term>>> used;  // (side, its portions)
            for (std::size_t f = 0; f < in_.sides.size(); ++f) {
                if (in_.sides[f].item.kind != kind.id) continue;
                std::vector<Term> portions;
                for (int d = 0; d < in_.days; ++d) {
                    for (const auto& slot : out_.side_choices[d]) {
                        for (const SideChoice& c : slot) {
                            if (c.side == static_cast<int>(f))
                                portions.push_back({c.variable, 1.0});
                        }
                    }
                }
                if (!portions.empty()) used.emplace_back(static_cast<int>(f), std::move(portions));
            }
            if (used.size() <= static_cast<std::size_t>(*kind.varieties_per_plan)) continue;
            std::vector<Term> varieties;
            for (auto& [side, portions] : used) {
                double most = 0.0;
                for (const Term& t : portions) most += out_.model.variables[t.variable].upper;
                const std::string name = "used_" + in_.sides[side].item.id;
                const int u = add_variable(name, 1.0, VariableType::Binary, 0.0, 0.0);
                out_.side_used.push_back({side, u});
                portions.push_back({u, -most});
                out_.model.add_row(name, -kInfinity, 0.0, std::move(portions));
                varieties.push_back({u, 1.0});
            }
            out_.model.add_row("varieties_" + kind.id, -kInfinity, *kind.varieties_per_plan,
                               std::move(varieties));
        }
    }

    void add_weekly_rows() {
        if (in_.coverage != CoverageMode::Weekly || in_.days < 2) return;
        const double days = in_.days;
        for (const NutrientInfo& info : all_nutrients()) {
            if (info.auxiliary || !is_stored_nutrient(info.nutrient)) continue;
            const NutrientTarget& target = in_.targets[info.nutrient];
            if (!target.min || *target.min <= 0.0) continue;
            std::vector<Term> terms;
            for (int d = 0; d < in_.days; ++d) {
                for (const Term& t : nutrient_terms(d, info.nutrient)) terms.push_back(t);
            }
            // The slack is the missing average per day, so its weight matches `days` daily rows.
            int slack =
                add_variable("short_week_" + std::string(info.key), *target.min,
                             VariableType::Continuous, w_.shortfall * days / *target.min, 0.0);
            terms.push_back({slack, days});
            out_.shortfall_slacks.push_back({info.nutrient, -1, false, slack});
            out_.model.add_row("min_week_" + std::string(info.key), days * *target.min, kInfinity,
                               std::move(terms));
        }
    }

    void add_variety_rows() {
        const int dish_count = static_cast<int>(in_.dishes.size());
        // [day][dish] → the dish's variables that day, over every slot and portion.
        std::vector<std::vector<std::vector<int>>> on_day(
            in_.days, std::vector<std::vector<int>>(dish_count));
        for (int d = 0; d < in_.days; ++d) {
            for (const auto& slot : out_.dish_choices[d]) {
                for (const DishChoice& c : slot) on_day[d][c.dish].push_back(c.variable);
            }
        }
        for (int j = 0; j < dish_count; ++j) {
            const std::string tag = std::to_string(j);
            std::size_t slots = in_.dishes[j].slots.size();
            if (in_.days == 1 && slots > 1) {
                std::vector<Term> terms;
                for (int v : on_day[0][j]) terms.push_back({v, 1.0});
                if (!terms.empty())
                    out_.model.add_row("once_d1_" + tag, -kInfinity, 1.0, std::move(terms));
            }
            // Consecutive days: also keeps a dish to once a day.
            for (int d = 0; d + 1 < in_.days; ++d) {
                std::vector<Term> terms;
                for (int v : on_day[d][j]) terms.push_back({v, 1.0});
                for (int v : on_day[d + 1][j]) terms.push_back({v, 1.0});
                if (terms.empty()) continue;
                out_.model.add_row("apart_" + day_tag(d) + "_" + tag, -kInfinity, 1.0,
                                   std::move(terms));
            }
            // Not on consecutive days already allows at most ⌈days/2⌉.
            if (in_.max_repeats < (in_.days + 1) / 2) {
                std::vector<Term> terms;
                for (int d = 0; d < in_.days; ++d) {
                    for (int v : on_day[d][j]) terms.push_back({v, 1.0});
                }
                if (!terms.empty()) {
                    out_.model.add_row("repeat_" + tag, -kInfinity, in_.max_repeats,
                                       std::move(terms));
                }
            }
        }
    }

    const PlanModelInput& in_;
    const PlanWeights& w_;
    std::mt19937 rng_;
    PlanModel out_;
};

}  // namespace

PlanModel build_plan_model(const PlanModelInput& input, const PlanWeights& weights) {
    return Builder(input, weights).build();
}

void fix_shortfall_for_phase2(PlanModel& plan, double phase1_objective, double tolerance) {
    solver::Model& model = plan.model;
    std::vector<Term> terms;
    for (int v = 0; v < model.variable_count(); ++v) {
        if (plan.phase1_cost[v] != 0.0) terms.push_back({v, plan.phase1_cost[v]});
    }
    if (phase1_objective <= tolerance) {
        // Nothing is missing: coverage becomes hard rows and supplements stay out.
        for (const Term& t : terms) model.variables[t.variable].upper = 0.0;
    } else {
        model.add_row("shortfall_fixed", -kInfinity, phase1_objective + tolerance,
                      std::move(terms));
    }
    for (int v = 0; v < model.variable_count(); ++v) model.variables[v].cost = plan.phase2_cost[v];
}

}  // namespace mealplan

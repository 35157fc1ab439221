#include "report/why_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "report/format.hpp"

namespace mealplan {
namespace {

using nlohmann::ordered_json;
using namespace report_detail;

// At most this many foods are named as eaten instead in text; JSON lists them all.
constexpr std::size_t kGainsShown = 6;

bool has_shortfall(const std::vector<Shortfall>& shortfalls, Nutrient nutrient) {
    return std::any_of(shortfalls.begin(), shortfalls.end(),
                       [&](const Shortfall& s) { return s.nutrient == nutrient; });
}

/// Shortfalls of the plan without the subject that the plan with it does not have.
std::vector<Shortfall> opened(const WhyAnswer& answer) {
    std::vector<Shortfall> out;
    for (const Shortfall& shortfall : answer.shortfalls_without) {
        if (!has_shortfall(answer.shortfalls_with, shortfall.nutrient)) out.push_back(shortfall);
    }
    return out;
}

/// Shortfalls of the plan that the plan without the subject no longer has.
std::vector<Nutrient> closed(const WhyAnswer& answer) {
    std::vector<Nutrient> out;
    if (answer.status_without == PlanStatus::NoPlan) return out;
    for (const Shortfall& shortfall : answer.shortfalls_with) {
        if (!has_shortfall(answer.shortfalls_without, shortfall.nutrient))
            out.push_back(shortfall.nutrient);
    }
    return out;
}

std::string kind_of(const WhyAnswer& answer) {
    return answer.subject.dish ? "dish" : "food";
}

/// "Tuesday dinner", "Day 3 snack (side)".
std::vector<std::string> places_text(const WhyAnswer& answer) {
    std::vector<std::string> places;
    for (const PlanPlace& place : answer.subject.places) {
        places.push_back(fmt::format("{} {}{}", day_title(place.day, answer.days),
                                     to_string(place.slot), place.side ? " (side)" : ""));
    }
    return places;
}

}  // namespace

std::string render_why_text(const WhyAnswer& answer) {
    std::string out = fmt::format("Why {} ({} {}) is in the plan\n", answer.subject.name,
                                  kind_of(answer), answer.subject.id);
    out += fmt::format("Served: {}\n\n", fmt::join(places_text(answer), ", "));
    const std::string how =
        fmt::format("planned again with the same request, {:.1f} s", answer.seconds);
    if (answer.status_without == PlanStatus::NoPlan) {
        out += fmt::format("Without it ({}) no plan can be made: {}\n", how, answer.no_plan_reason);
        return out;
    }
    const std::vector<Shortfall> new_shortfalls = opened(answer);
    const bool met = answer.shortfalls_without.empty();
    out += fmt::format(
        "Without it ({}): {}\n", how,
        met ? "every target is still met"
            : (new_shortfalls.empty() ? "no new shortfall" : "some targets can no longer be met"));
    for (const Shortfall& shortfall : new_shortfalls) {
        out += fmt::format(
            "  Falls short: {} — missing {} a day ({:.0f} % of {})\n",
            lower_label(shortfall.nutrient), amount_text(shortfall.nutrient, shortfall.missing),
            shortfall.target > 0.0 ? 100.0 * shortfall.missing / shortfall.target : 0.0,
            amount_text(shortfall.nutrient, shortfall.target));
    }
    for (Nutrient nutrient : closed(answer)) {
        out += fmt::format("  No longer short: {}\n", lower_label(nutrient));
    }
    const PlanDifference& difference = answer.difference;
    if (difference.drops.empty()) {
        out += "  No nutrient with a minimum drops by 1 % of its target or more.\n";
    } else {
        out += "  What the average day loses, as a share of the minimum:\n";
        for (const NutrientDrop& drop : difference.drops) {
            out += fmt::format(
                "    {:<24} {} → {}  (−{:.0f} % of {})\n", info(drop.nutrient).label,
                amount_text(drop.nutrient, drop.before), amount_text(drop.nutrient, drop.after),
                100.0 * drop.share_of_minimum(), amount_text(drop.nutrient, drop.minimum));
        }
    }
    if (!difference.gains.empty()) {
        std::vector<std::string> gains;
        for (std::size_t i = 0; i < difference.gains.size() && i < kGainsShown; ++i) {
            const FoodGain& gain = difference.gains[i];
            gains.push_back(fmt::format("{} +{} g", gain.name,
                                        grams_text(gain.grams_after - gain.grams_before)));
        }
        if (difference.gains.size() > kGainsShown)
            gains.push_back(fmt::format("{} more", difference.gains.size() - kGainsShown));
        out += fmt::format("  In its meals instead: {}\n", fmt::join(gains, " · "));
    }
    out +=
        fmt::format("  Meals that change: {} of {}\n", difference.meals_changed, difference.meals);
    if (answer.objective_with) {
        const double change = answer.objective_without - *answer.objective_with;
        out += fmt::format(
            "  Soft objective (energy fit, cost, portions; lower is better): {} → {} ({}{})\n",
            number_text(*answer.objective_with), number_text(answer.objective_without),
            change >= 0.0 ? "+" : "−", number_text(std::abs(change)));
    }
    if (answer.tablets_left_out) {
        out += "  (The request allows supplements: amounts above are from food only.)\n";
    }
    return out;
}

std::string render_why_json(const WhyAnswer& answer) {
    ordered_json json;
    json["schema"] = "mealplan.why/1";
    json["kind"] = kind_of(answer);
    json["id"] = answer.subject.id;
    json["name"] = answer.subject.name;
    json["places"] = ordered_json::array();
    for (const PlanPlace& place : answer.subject.places) {
        json["places"].push_back(
            {{"day", place.day}, {"slot", to_string(place.slot)}, {"side", place.side}});
    }
    json["status_without"] = to_string(answer.status_without);
    if (answer.status_without == PlanStatus::NoPlan) json["no_plan_reason"] = answer.no_plan_reason;
    json["drops"] = ordered_json::array();
    for (const NutrientDrop& drop : answer.difference.drops) {
        json["drops"].push_back({{"nutrient", info(drop.nutrient).key},
                                 {"before", drop.before},
                                 {"after", drop.after},
                                 {"minimum", drop.minimum},
                                 {"share_of_minimum", drop.share_of_minimum()}});
    }
    json["new_shortfalls"] = ordered_json::array();
    for (const Shortfall& shortfall : opened(answer)) {
        json["new_shortfalls"].push_back(
            {{"nutrient", info(shortfall.nutrient).key}, {"missing", shortfall.missing}});
    }
    json["closed_shortfalls"] = ordered_json::array();
    for (Nutrient nutrient : closed(answer))
        json["closed_shortfalls"].push_back(info(nutrient).key);
    json["replaced_by"] = ordered_json::array();
    for (const FoodGain& gain : answer.difference.gains) {
        json["replaced_by"].push_back({{"food_id", gain.food_id},
                                       {"name", gain.name},
                                       {"grams_before", gain.grams_before},
                                       {"grams_after", gain.grams_after}});
    }
    json["meals_changed"] = answer.difference.meals_changed;
    json["meals"] = answer.difference.meals;
    json["objective_with"] =
        answer.objective_with ? ordered_json(*answer.objective_with) : ordered_json(nullptr);
    json["objective_without"] = answer.objective_without;
    json["objective_change"] = answer.objective_with
                                   ? ordered_json(answer.objective_without - *answer.objective_with)
                                   : ordered_json(nullptr);
    json["seconds"] = answer.seconds;
    json["food_only"] = answer.tablets_left_out;
    return json.dump(2) + "\n";
}

}  // namespace mealplan

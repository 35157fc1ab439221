#pragma once
// A hand-built planner result over the SR28 sample catalogue, shared by the report tests.
// Targets are the DRI values for females 31–50 (IOM 2011, sodium and potassium 2019).

#include "../fixtures/sr28-sample/sr28_sample_catalogue.hpp"
#include "plan/plan_result.hpp"

namespace mealplan::testing {

/// Words for the fixes the samples use, as a front end supplies them to the report.
inline std::string sample_fix_words(const Fix& fix, Nutrient /*nutrient*/) {
    if (const auto* allow = std::get_if<AllowFoods>(&fix)) {
        return "allow " + allow->names.front() + " (" + allow->food_ids.front() + ")";
    }
    if (std::holds_alternative<AllowSupplements>(fix)) return "take supplements";
    return "another change";
}

inline PlanItem sample_item(const FoodId& id, const std::string& name, double grams,
                            bool side = false) {
    PlanItem item;
    item.food_id = id;
    item.name = name;
    item.grams = grams;
    item.side = side;
    return item;
}

inline Targets sample_targets() {
    Targets targets;
    targets.profile.sex = Sex::Female;
    targets.profile.age_years = 34;
    targets.life_stage = "Females 31-50 y";
    targets.energy_kcal = 2000;
    targets.energy_tolerance = 0.1;
    auto set = [&targets](Nutrient nutrient, std::optional<double> min, std::optional<double> max,
                          std::optional<double> ul,
                          UpperLimitScope scope = UpperLimitScope::Total) {
        targets[nutrient].min = min;
        targets[nutrient].max = max;
        targets[nutrient].ul = ul;
        targets[nutrient].ul_scope = scope;
    };
    set(Nutrient::MagnesiumMg, 320, std::nullopt, 350, UpperLimitScope::Supplements);
    set(Nutrient::CalciumMg, 1000, 2500, 2500);
    set(Nutrient::VitaminDUg, 15, 100, 100);
    set(Nutrient::ThiaminMg, 1.1, std::nullopt, std::nullopt);
    set(Nutrient::VitaminB6Mg, 1.3, 100, 100);
    set(Nutrient::VitaminB12Ug, 2.4, std::nullopt, std::nullopt);
    set(Nutrient::WaterG, 2700, std::nullopt, std::nullopt);
    set(Nutrient::CaffeineMg, std::nullopt, 400, std::nullopt);
    set(Nutrient::ProteinG, 46, std::nullopt, std::nullopt);
    set(Nutrient::SodiumMg, 1500, 2300, std::nullopt);
    set(Nutrient::FolateDfeUg, 400, std::nullopt, 1000, UpperLimitScope::AddedForms);
    return targets;
}

/// A day of the sample catalogue's foods: oats breakfast with a banana on the side,
/// beans and rice, salmon with edamame (no SR28 vitamin D or B12 value), pumpkin seeds
/// and coffee.
inline PlanDay sample_day(int number) {
    PlanDay day;
    day.day = number;
    PlanMeal breakfast{
        MealSlot::Breakfast,
        "overnight-oats",
        "Overnight oats with almonds",
        1.0,
        {sample_item("08120", "rolled oats", 40), sample_item("12061", "almonds", 28),
         sample_item("01082", "milk, 1 %", 244), sample_item("09040", "banana", 118, true)}};
    PlanMeal lunch{MealSlot::Lunch,
                   "beans-rice",
                   "Black beans and brown rice",
                   1.5,
                   {sample_item("16015", "black beans", 258),
                    sample_item("20037", "brown rice", 237), sample_item("11457", "spinach", 45)}};
    PlanMeal dinner{MealSlot::Dinner,
                    "salmon-edamame",
                    "Salmon with edamame",
                    1.0,
                    {sample_item("15236", "salmon", 150), sample_item("11211", "edamame", 100)}};
    PlanMeal snack{MealSlot::Snack,
                   "",
                   "",
                   1.0,
                   {sample_item("12014", "pumpkin seeds", 28, true),
                    sample_item("14209", "coffee", 237, true)}};
    day.meals = {breakfast, lunch, dinner, snack};
    return day;
}

inline PlanResult sample_result(int days) {
    PlanResult result;
    for (int day = 1; day <= days; ++day) result.plan.days.push_back(sample_day(day));
    result.targets = sample_targets();
    result.filters.diet = Diet::Omnivore;
    result.filters.exclude = {"kale"};
    result.seed = 7;
    result.status = PlanStatus::Optimal;
    result.gap = 0.004;
    result.seconds = 0.21;
    result.coverage = days > 1 ? CoverageMode::Weekly : CoverageMode::Daily;
    return result;
}

/// The sample with a vitamin D shortfall and its diagnosis.
inline PlanResult sample_shortfall_result() {
    PlanResult result = sample_result(1);
    result.status = PlanStatus::Shortfall;
    Shortfall shortfall;
    shortfall.nutrient = Nutrient::VitaminDUg;
    shortfall.target = 15;
    shortfall.achieved = 9;
    shortfall.missing = 6;
    shortfall.days = {1};
    result.shortfalls.push_back(shortfall);
    Diagnosis diagnosis;
    diagnosis.nutrient = Nutrient::VitaminDUg;
    diagnosis.missing = 6;
    diagnosis.missing_percent = 40;
    diagnosis.blockers = {"the vegan diet", "excluded: mushrooms"};
    CheckedFix soy_milk;
    soy_milk.changes = {AllowFoods{{"16139"}, {"fortified soy milk"}}};
    soy_milk.closes = {Nutrient::VitaminDUg};
    soy_milk.verified = true;
    soy_milk.argv = {"mealplan", "day", "--diet", "vegan"};
    CheckedFix supplements;
    supplements.changes = {AllowSupplements{}};
    supplements.closes = {Nutrient::VitaminDUg};
    supplements.opens = {Nutrient::CalciumMg};
    supplements.argv = {"mealplan",           "day", "--diet", "vegan", "--exclude", "16139",
                        "--allow-supplements"};
    diagnosis.fixes = {soy_milk, supplements};
    diagnosis.every_change_tried = true;
    result.diagnosis.push_back(diagnosis);
    result.fix = soy_milk;
    return result;
}

}  // namespace mealplan::testing

#include "planner/supplements.hpp"

#include <algorithm>

namespace mealplan {
namespace {

Supplement make(std::string id, std::string name, std::string source,
                std::initializer_list<std::pair<Nutrient, double>> amounts) {
    Supplement supplement{std::move(id), std::move(name), {}, std::move(source)};
    supplement.amounts.fill(0.0);
    for (const auto& [nutrient, amount] : amounts) supplement.amounts[index(nutrient)] = amount;
    return supplement;
}

}  // namespace

const std::vector<Supplement>& supplement_table() {
    // Doses are the common strengths on US retail labels (single-nutrient tablets) and,
    // for the B-complex, 100 % of the FDA Daily Values of 21 CFR 101.9(c) — low enough
    // that a tablet never pushes B6, niacin or folic acid towards their upper limits.
    static const std::vector<Supplement> table{
        make("vitamin-d3", "Vitamin D3 1,000 IU (25 µg)", "typical label dose",
             {{Nutrient::VitaminDUg, 25.0}}),
        make("vitamin-b12", "Vitamin B12 100 µg (cyanocobalamin)", "typical label dose",
             {{Nutrient::VitaminB12Ug, 100.0}, {Nutrient::VitaminB12AddedUg, 100.0}}),
        make("magnesium", "Magnesium 250 mg (citrate)", "typical label dose",
             {{Nutrient::MagnesiumMg, 250.0}}),
        make("calcium", "Calcium 500 mg (carbonate)", "typical label dose",
             {{Nutrient::CalciumMg, 500.0}}),
        make("b-complex", "B-complex (100 % DV)", "FDA Daily Values, 21 CFR 101.9(c)",
             {{Nutrient::ThiaminMg, 1.2},
              {Nutrient::RiboflavinMg, 1.3},
              {Nutrient::NiacinMg, 16.0},
              {Nutrient::VitaminB6Mg, 1.7},
              // 400 µg DFE from 240 µg folic acid (1 µg folic acid = 1.7 µg DFE).
              {Nutrient::FolateDfeUg, 400.0},
              {Nutrient::FolicAcidUg, 240.0},
              {Nutrient::VitaminB12Ug, 2.4},
              {Nutrient::VitaminB12AddedUg, 2.4},
              {Nutrient::PantothenicAcidMg, 5.0}}),
    };
    return table;
}

bool some_supplement_supplies(Nutrient nutrient) {
    const auto& table = supplement_table();
    return std::any_of(table.begin(), table.end(), [&](const Supplement& supplement) {
        return supplement.amounts[index(nutrient)] > 0.0;
    });
}

}  // namespace mealplan

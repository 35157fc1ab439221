#include "catalogue/food_units.hpp"

#include <array>
#include <cctype>
#include <utility>

namespace mealplan {
namespace {

constexpr std::array<std::pair<std::string_view, double>, 9> kGramsPerWeightUnit{{
    {"g", 1.0},
    {"gram", 1.0},
    {"kg", 1000.0},
    {"kilogram", 1000.0},
    {"oz", 28.349523125},
    {"ounce", 28.349523125},
    {"lb", 453.59237},
    {"lbs", 453.59237},
    {"pound", 453.59237},
}};

// US customary volumes, the ones SR28 measures use.
constexpr std::array<std::pair<std::string_view, double>, 15> kMillilitresPerVolumeUnit{{
    {"ml", 1.0},
    {"millilitre", 1.0},
    {"milliliter", 1.0},
    {"l", 1000.0},
    {"litre", 1000.0},
    {"liter", 1000.0},
    {"cup", 236.5882365},
    {"tbsp", 14.78676478},
    {"tablespoon", 14.78676478},
    {"tsp", 4.928921594},
    {"teaspoon", 4.928921594},
    {"fl oz", 29.57352956},
    {"pint", 473.176473},
    {"quart", 946.352946},
    {"gallon", 3785.411784},
}};

std::string normalised(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const auto lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lower == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += lower;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (!out.empty() && out.back() == '.') out.pop_back();  // "tbsp."
    return out;
}

template <std::size_t N>
std::optional<double> lookup(const std::array<std::pair<std::string_view, double>, N>& table,
                             const std::string& unit) {
    for (const auto& [name, factor] : table) {
        if (unit == name) return factor;
    }
    return std::nullopt;
}

/// The unit, and the unit without a plural "s", to try in turn.
std::vector<std::string> spellings(const std::string& unit) {
    std::vector<std::string> result{unit};
    if (unit.size() > 2 && unit.back() == 's') result.push_back(unit.substr(0, unit.size() - 1));
    return result;
}

/// True when `measure` is `unit`, or starts with it and then a space, comma or "(".
bool measure_is(const std::string& measure, const std::string& unit, bool exact) {
    if (measure == unit) return true;
    if (exact || measure.size() <= unit.size() || measure.compare(0, unit.size(), unit) != 0) {
        return false;
    }
    const char next = measure[unit.size()];
    return next == ' ' || next == ',' || next == '(';
}

const Portion* portion_named(const Food& food, const std::string& unit) {
    for (const bool exact : {true, false}) {
        for (const auto& portion : food.portions) {
            if (portion.grams > 0.0 && portion.amount > 0.0 &&
                measure_is(normalised(portion.measure), unit, exact)) {
                return &portion;
            }
        }
    }
    return nullptr;
}

/// Grams per millilitre from the food's first volume portion.
std::optional<double> density(const Food& food) {
    for (const auto& portion : food.portions) {
        if (!(portion.grams > 0.0) || !(portion.amount > 0.0)) continue;
        const auto measure = normalised(portion.measure);
        for (const auto& [name, millilitres] : kMillilitresPerVolumeUnit) {
            if (measure_is(measure, std::string(name), false)) {
                return portion.grams / (portion.amount * millilitres);
            }
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<double> grams_of_amount(const Food& food, double amount, std::string_view unit) {
    const auto written = normalised(unit);
    if ((written.empty() || written == "each") && food.countable && !food.portions.empty() &&
        food.portions.front().grams > 0.0 && food.portions.front().amount > 0.0) {
        const auto& item = food.portions.front();
        return amount * item.grams / item.amount;
    }
    if (written.empty()) return std::nullopt;
    for (const auto& spelling : spellings(written)) {
        if (const auto factor = lookup(kGramsPerWeightUnit, spelling)) return amount * *factor;
    }
    for (const auto& spelling : spellings(written)) {
        if (const auto* portion = portion_named(food, spelling)) {
            return amount * portion->grams / portion->amount;
        }
    }
    for (const auto& spelling : spellings(written)) {
        if (const auto millilitres = lookup(kMillilitresPerVolumeUnit, spelling)) {
            if (const auto grams_per_ml = density(food)) {
                return amount * *millilitres * *grams_per_ml;
            }
        }
    }
    return std::nullopt;
}

std::string units_for(const Food& food) {
    std::string text = "g, kg, oz, lb";
    if (density(food)) text += ", ml, l, cup, tbsp, tsp, fl oz";
    std::vector<std::string> seen;
    for (const auto& portion : food.portions) {
        auto measure = normalised(portion.measure);
        if (const auto cut = measure.find_first_of(",("); cut != std::string::npos) {
            measure.erase(cut);
        }
        while (!measure.empty() && measure.back() == ' ') measure.pop_back();
        if (measure.empty() || text.find(", " + measure) != std::string::npos) continue;
        text += ", " + measure;
    }
    if (food.countable) text += " or no unit for whole items";
    return text;
}

}  // namespace mealplan

#include "report/household.hpp"

#include <fmt/format.h>

#include <array>
#include <cmath>
#include <utility>

namespace mealplan {
namespace {

// Quantities people use in recipes, with how they are written.
constexpr std::array<std::pair<double, std::string_view>, 7> kFractions{{
    {0.0, ""},
    {0.25, "¼"},
    {1.0 / 3.0, "⅓"},
    {0.5, "½"},
    {2.0 / 3.0, "⅔"},
    {0.75, "¾"},
    {1.0, ""},
}};

constexpr double kTolerance = 0.10;

std::string strip_detail(const std::string& measure) {
    const auto open = measure.find(" (");
    std::string result = open == std::string::npos ? measure : measure.substr(0, open);
    while (!result.empty() && result.back() == ' ') result.pop_back();
    return result;
}

// The candidate quantities: fractions below 1, quarters and thirds to 2, halves to 4,
// whole numbers to 10.
std::vector<double> candidate_quantities() {
    std::vector<double> values{0.25, 1.0 / 3.0, 0.5,  2.0 / 3.0, 0.75, 1.0, 1.25, 4.0 / 3.0,
                               1.5,  5.0 / 3.0, 1.75, 2.0,       2.5,  3.0, 3.5,  4.0};
    for (int whole = 5; whole <= 10; ++whole) values.push_back(whole);
    return values;
}

}  // namespace

std::string quantity_text(double quantity) {
    const double whole = std::floor(quantity + 1e-9);
    const double part = quantity - whole;
    for (const auto& [value, text] : kFractions) {
        if (std::abs(part - value) < 0.01) {
            const double rounded_whole = value == 1.0 ? whole + 1.0 : whole;
            if (text.empty()) return fmt::format("{:.0f}", rounded_whole);
            if (rounded_whole == 0.0) return std::string(text);
            return fmt::format("{:.0f}{}", rounded_whole, text);
        }
    }
    return fmt::format("{:.1f}", quantity);
}

std::string household_measure(const Food& food, double grams) {
    if (grams <= 0.0) return "";
    static const std::vector<double> quantities = candidate_quantities();
    double best_error = kTolerance;
    std::string best;
    for (const auto& portion : food.portions) {
        if (portion.grams <= 0.0 || portion.amount <= 0.0) continue;
        const double grams_per_unit = portion.grams / portion.amount;
        const double exact = grams / grams_per_unit;
        for (const double quantity : quantities) {
            const double error = std::abs(quantity - exact) / exact;
            // Strictly better only: on a tie the catalogue's earlier portion wins.
            if (error < best_error - 1e-12) {
                best_error = error;
                best = quantity_text(quantity) + " " + strip_detail(portion.measure);
            }
        }
    }
    return best;
}

}  // namespace mealplan

#pragma once
// Amounts as people read them. Each kind of output keeps the rounding its readers expect;
// the rules differ only in how many decimals a magnitude gets and whether thousands are
// grouped, so one function takes those as its parameters.

#include <string>

namespace mealplan {

/// How many decimals an amount is shown with, by its magnitude.
enum class Decimals {
    /// Two below 10, one below 100, none from 100 ("2.40", "45.4", "320"): a column of
    /// per-serving amounts where µg of B12 and hundreds of mg of potassium sit together.
    FixedByMagnitude,
    /// Three significant digits below 100, none from 100 ("2.4", "0.9", "45.4", "320"):
    /// targets as the DRI tables print them.
    ThreeSignificant,
    /// Two below 1, one below 10 and for fractions below 100, none otherwise ("0.46",
    /// "16.2", "60", "1,080"); an amount that rounds to zero is "0": report cells.
    Readable,
};

struct AmountFormat {
    Decimals decimals = Decimals::Readable;
    bool group_thousands = true;  ///< "1,080" rather than "1080"
};

/// `value` written by `format`. A negative value keeps its sign.
std::string format_amount(double value, AmountFormat format);

}  // namespace mealplan

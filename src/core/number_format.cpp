#include "core/number_format.hpp"

#include <fmt/format.h>

#include <cmath>

namespace mealplan {
namespace {

int decimals_for(double magnitude, Decimals decimals) {
    if (magnitude >= 100.0) return 0;
    switch (decimals) {
        case Decimals::FixedByMagnitude:
            return magnitude >= 10.0 ? 1 : 2;
        case Decimals::ThreeSignificant:
            return 0;  // not used: three significant digits are written by %g
        case Decimals::Readable:
            if (magnitude < 1.0) return 2;
            return magnitude < 10.0 || std::round(magnitude) != magnitude ? 1 : 0;
    }
    return 0;
}

std::string grouped(const std::string& whole) {
    // Built digit by digit: GCC 12 warns falsely (-Wrestrict) about string::insert here.
    std::string out;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) out.push_back(',');
        out.push_back(whole[i]);
    }
    return out;
}

}  // namespace

std::string format_amount(double value, AmountFormat format) {
    const double magnitude = std::abs(value);
    if (format.decimals == Decimals::ThreeSignificant && magnitude < 100.0) {
        return fmt::format("{:.3g}", value);
    }
    const int decimals = decimals_for(magnitude, format.decimals);
    const std::string digits = fmt::format("{:.{}f}", magnitude, decimals);
    if (format.decimals == Decimals::Readable && digits == fmt::format("{:.{}f}", 0.0, decimals)) {
        return "0";
    }
    const auto point = digits.find('.');
    std::string whole = digits.substr(0, point);
    if (format.group_thousands) whole = grouped(whole);
    const std::string fraction = point == std::string::npos ? "" : digits.substr(point);
    return (std::signbit(value) ? "-" : "") + whole + fraction;
}

}  // namespace mealplan

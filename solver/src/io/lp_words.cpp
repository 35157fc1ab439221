#include "io/lp_words.hpp"

#include <cctype>

namespace mealplan::solver {

std::string lower_case(std::string_view text) {
    std::string result(text);
    for (auto& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return result;
}

}  // namespace mealplan::solver

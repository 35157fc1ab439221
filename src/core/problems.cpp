#include "core/problems.hpp"

namespace mealplan {

std::string to_string(const Problem& problem) {
    if (problem.where.empty()) return problem.what;
    return problem.where + ": " + problem.what;
}

}  // namespace mealplan

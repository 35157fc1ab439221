#include "solver/model_reading.hpp"

namespace mealplan::solver {

std::string to_string(const FileIssue& issue) {
    return issue.where.empty() ? issue.what : issue.where + ": " + issue.what;
}

}  // namespace mealplan::solver

#include "solver/model_reading.hpp"

namespace mealplan::solver {

std::optional<std::string> term_limit_reached(std::size_t row_terms, std::size_t model_terms,
                                              const std::string& row) {
    if (row_terms >= kMaxRowTerms) {
        return row + " has more than " + std::to_string(kMaxRowTerms) +
               " terms (the limit for one row)";
    }
    if (model_terms >= kMaxModelTerms) {
        return "more than " + std::to_string(kMaxModelTerms) +
               " terms in the model (the limit for a model file)";
    }
    return std::nullopt;
}

std::string to_string(const FileIssue& issue) {
    return issue.where.empty() ? issue.what : issue.where + ": " + issue.what;
}

}  // namespace mealplan::solver

#pragma once
// The command line's names for the request fields the libraries validate. A library
// reports a problem with a field of its request (dri: the profile, planner: the plan
// request, shopping: the household); this is the one place that says which option set
// that field, so a message reads "--age: must be at least 1 …" on the command line while
// the library knows nothing of options.

#include <string>
#include <string_view>
#include <vector>

#include "core/problems.hpp"
#include "dri/targets.hpp"
#include "planner/plan_request.hpp"
#include "shopping/shopping_list.hpp"

namespace mealplan::cli {

/// The option that sets `field`: "--age", "--days", "--people" …
std::string_view option_for(ProfileField field);
std::string_view option_for(PlanField field);
std::string_view option_for(ShoppingField field);

/// `problem` in the command line's terms: at its field's option, with every field it
/// mentions named by its option.
template <class Field>
Problem as_option_problem(const FieldProblem<Field>& problem) {
    return {std::string(option_for(problem.field)),
            describe(problem, [](Field field) { return std::string(option_for(field)); })};
}

template <class Field>
Problems as_option_problems(const std::vector<FieldProblem<Field>>& problems) {
    Problems out;
    for (const auto& problem : problems) out.push_back(as_option_problem(problem));
    return out;
}

}  // namespace mealplan::cli

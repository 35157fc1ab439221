#pragma once
// The command line's names for the request fields the libraries validate. A library
// reports a problem with a field of its request (dri: the profile, planner: the plan
// request, shopping: the household); this is the one place that says which option set
// that field, so a message reads "--age: must be at least 1 …" on the command line while
// the library knows nothing of options.

#include <algorithm>
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

/// Adds `checked`, a library's problems with the values read from the options, to
/// `unread`, the problems of options whose text could not be read: a library checks what
/// could be read, so one run lists every problem, but an option already blamed for its
/// text is not blamed again for the default that stood in for it.
template <class Field>
void add_checked(Problems& unread, const std::vector<FieldProblem<Field>>& checked) {
    for (Problem& problem : as_option_problems(checked)) {
        const bool blamed = std::any_of(unread.begin(), unread.end(),
                                        [&](const Problem& p) { return p.where == problem.where; });
        if (!blamed) unread.push_back(std::move(problem));
    }
}

}  // namespace mealplan::cli

#pragma once
// Checks on the problems a reader reports, shared by the tests of every reader: a problem
// must name the exact place and say what is wrong.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "core/problems.hpp"

namespace mealplan::testing {

/// Matches a Problem at exactly `where` whose text contains `what_part`.
inline auto problem_at(const std::string& where, const std::string& what_part) {
    return ::testing::AllOf(::testing::Field(&Problem::where, where),
                            ::testing::Field(&Problem::what, ::testing::HasSubstr(what_part)));
}

/// Succeeds when some problem is at exactly `where` and its text contains `what`; the
/// failure lists every problem there is.
inline ::testing::AssertionResult has_problem(const Problems& problems, const std::string& where,
                                              const std::string& what) {
    std::string all;
    for (const auto& problem : problems) {
        if (problem.where == where && problem.what.find(what) != std::string::npos) {
            return ::testing::AssertionSuccess();
        }
        all += "\n  " + to_string(problem);
    }
    return ::testing::AssertionFailure() << "no '" << where << ": …" << what << "…' among:" << all;
}

}  // namespace mealplan::testing

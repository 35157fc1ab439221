#pragma once
// What reading a model file gives: the model, or the problems that kept it from being read,
// and the warnings about what was read but changed or ignored. The solver library is
// independent of the application, so it carries its own small types here instead of the
// application's Problem/Result.

#include <optional>
#include <string>
#include <vector>

#include "solver/model.hpp"

namespace mealplan::solver {

/// One thing wrong with (or worth warning about in) a model file. `where` is "file:line"
/// (or just "file" when no line applies, or empty when the message names the file);
/// `what` says what is wrong.
struct FileIssue {
    std::string where;
    std::string what;
};

/// "where: what".
std::string to_string(const FileIssue& issue);

/// The outcome of reading a model file. `model` is set exactly when `errors` is empty;
/// `warnings` lists what was read but changed or ignored (e.g. a negative upper bound
/// that freed a lower bound).
struct ModelReading {
    std::optional<Model> model;
    std::vector<FileIssue> errors;
    std::vector<FileIssue> warnings;

    bool ok() const { return model.has_value(); }
};

}  // namespace mealplan::solver

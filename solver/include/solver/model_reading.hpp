#pragma once
// What reading a model file gives: the model, or the problems that kept it from being read,
// and the warnings about what was read but changed or ignored. The solver library is
// independent of the application, so it carries its own small types here instead of the
// application's Problem/Result.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "solver/model.hpp"

namespace mealplan::solver {

/// Limits of the model readers, so that a hostile file is refused in bounded memory rather
/// than read until the machine runs out (docs/SOLVER.md, "Limits of the readers"). Netlib's
/// fit2d has rows of about 10,500 terms and fast0507, the largest MIPLIB 3 model, about
/// 410,000 terms in all: both limits leave such models a wide margin.
inline constexpr std::size_t kMaxRowTerms = 100'000;      ///< in one row or the objective
inline constexpr std::size_t kMaxModelTerms = 2'000'000;  ///< in all rows and the objective
/// Why a row of `row_terms` terms in a model of `model_terms` cannot take one more, for the
/// message of a reader ("ROW has more than 100000 terms (the limit for one row)", `row`
/// naming it); nullopt when it can.
std::optional<std::string> term_limit_reached(std::size_t row_terms, std::size_t model_terms,
                                              const std::string& row);

/// A reader stops after this many errors: the first ones say what is wrong, and a file of
/// garbage lines must not become millions of messages.
inline constexpr std::size_t kMaxReadingErrors = 100;

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

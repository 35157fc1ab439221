#pragma once
// Reading model files: the whole text of a file (gzip-compressed or not) and the problems a
// reader finds in it. The solver library is independent of the application, so it carries
// its own small types here instead of the application's Problem/Result.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "solver/model.hpp"

namespace mealplan::solver {

/// One thing wrong with (or worth warning about in) a model file. `where` is "file:line"
/// (or just "file" when no line applies); `what` says what is wrong.
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

/// The whole content of a file, or the reason it could not be read.
struct FileText {
    std::optional<std::string> text;
    std::string error;  ///< "file: cannot open: No such file or directory"; empty when ok
};

/// Reads `path` as bytes; gzip-compressed files (detected from their content, whatever the
/// name) are decompressed. Refuses content larger than `max_bytes` after decompression.
FileText read_model_text(const std::string& path, std::size_t max_bytes = std::size_t{1} << 30);

/// Absolute values at or above this are read as infinite in MPS and LP files (the
/// convention of CPLEX and COIN-OR), so writers can spell an infinite bound where the
/// format has no word for it.
inline constexpr double kFileInfinity = 1e30;

/// Makes each name legal with `make_legal` and unique among `names` and `taken`: a name
/// already used gets "_2", "_3", … appended. Deterministic: depends only on the inputs.
std::vector<std::string> make_unique_names(const std::vector<std::string>& names,
                                           std::string (*make_legal)(const std::string&),
                                           std::vector<std::string> taken = {});

/// Formats `value` in the shortest text that reads back to the same double.
std::string format_number(double value);

}  // namespace mealplan::solver

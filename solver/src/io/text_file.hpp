#pragma once
// Reading the whole text of a model file, gzip-compressed or not.

#include <cstddef>
#include <optional>
#include <string>

#include "solver/model_reading.hpp"

namespace mealplan::solver {

/// The whole content of a file, or the reason it could not be read.
struct FileText {
    std::optional<std::string> text;
    std::string error;  ///< "file: cannot open: No such file or directory"; empty when ok
};

/// Reads `path` as bytes; gzip-compressed files (detected from their content, whatever the
/// name) are decompressed. Refuses content larger than `max_bytes` after decompression.
FileText read_model_text(const std::string& path, std::size_t max_bytes = std::size_t{1} << 30);

/// The reading of a file that could not be read: its one error, no model.
ModelReading unreadable(const FileText& file);

}  // namespace mealplan::solver

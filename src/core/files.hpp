#pragma once
// Reading and writing whole files, with failures reported as Problems that name the file.

#include <filesystem>
#include <optional>
#include <string>

#include "core/problems.hpp"

namespace mealplan {

/// The whole content of `path` as bytes. Files ending in ".gz" are decompressed.
/// Refuses files larger than `max_bytes` (after decompression) so a wrong path to a huge
/// file fails fast instead of exhausting memory.
Result<std::string> read_file(const std::filesystem::path& path,
                              std::size_t max_bytes = std::size_t{1} << 30);

/// Writes `content` to `path` atomically: the bytes go to a temporary file in the same
/// directory, which is flushed and then renamed over `path`. On any failure the temporary
/// file is removed and an existing `path` is left untouched. Returns the problem, if any.
std::optional<Problem> write_file_atomically(const std::filesystem::path& path,
                                             const std::string& content);

}  // namespace mealplan

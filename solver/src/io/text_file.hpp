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

/// The largest model file read, after decompression: 64 MiB holds a model of about two
/// million nonzeros (the largest MIPLIB 3 and Netlib files are a few MB), while /dev/zero
/// or a gzip bomb is refused after reading that much instead of a gigabyte.
inline constexpr std::size_t kMaxModelFileBytes = std::size_t{64} << 20;

/// Reads `path` as bytes; gzip-compressed files (detected from their content, whatever the
/// name) are decompressed. Refuses content larger than `max_bytes` after decompression,
/// naming the limit.
FileText read_model_text(const std::string& path, std::size_t max_bytes = kMaxModelFileBytes);

/// The reading of a file that could not be read: its one error, no model.
ModelReading unreadable(const FileText& file);

}  // namespace mealplan::solver

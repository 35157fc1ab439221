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

/// The file that writing to `path` must change: `path` with every symbolic link along it
/// followed (a link stays a link; its target gets the bytes). A dangling link gives the path
/// it points to. Up to 40 links are followed, as the kernel does, and none inside /proc
/// (/dev/stdout leads there): such a path is a descriptor, written in place.
std::filesystem::path output_target(const std::filesystem::path& path);

/// An output written but not yet in place. A regular target gets its bytes in `temporary`,
/// a file `.NAME.XXXXXX` beside the target, which commit_staged_file renames over it. A target
/// that is not a regular file (/dev/stdout, a FIFO, a device) cannot be replaced by a rename —
/// that would swap the device for a plain file — so `temporary` is empty, the bytes wait in
/// `content`, and commit_staged_file writes them into the target directly.
struct StagedFile {
    std::filesystem::path named;   ///< the path as the user gave it, for messages
    std::filesystem::path target;  ///< output_target(named)
    std::string temporary;
    std::string content;
};

/// Stages `content` for `path`: writes and flushes the temporary file, or, for a non-regular
/// target, keeps the content. On failure nothing is left behind and the problem names `path`.
Result<StagedFile> stage_file(const std::filesystem::path& path, const std::string& content);

/// Puts a staged file in place: renames the temporary file over the target (atomic), or
/// writes a non-regular target. A failed rename removes the temporary file.
std::optional<Problem> commit_staged_file(const StagedFile& staged);

/// Removes a staged file's temporary file, leaving the target as it was.
void discard_staged_file(const StagedFile& staged);

/// Writes `content` to `path` atomically: stage_file then commit_staged_file. On any failure
/// the temporary file is removed and an existing target is left untouched.
std::optional<Problem> write_file_atomically(const std::filesystem::path& path,
                                             const std::string& content);

}  // namespace mealplan

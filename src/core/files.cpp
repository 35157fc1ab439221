#include "core/files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>

namespace mealplan {
namespace {

std::string system_error_text(int error_number) {
    return std::strerror(error_number);
}

Result<std::string> read_gzip_file(const std::filesystem::path& path, std::size_t max_bytes) {
    gzFile file = gzopen(path.c_str(), "rb");
    if (file == nullptr) {
        return Problem{path.string(), "cannot open: " + system_error_text(errno)};
    }
    std::string content;
    char buffer[1 << 16];
    while (true) {
        const int count = gzread(file, buffer, sizeof buffer);
        if (count < 0) {
            int code = 0;
            const char* message = gzerror(file, &code);
            std::string text = message != nullptr ? message : "unknown error";
            gzclose(file);
            return Problem{path.string(), "cannot decompress: " + text};
        }
        if (count == 0) break;
        content.append(buffer, static_cast<std::size_t>(count));
        if (content.size() > max_bytes) {
            gzclose(file);
            return Problem{path.string(), "file is larger than " + std::to_string(max_bytes) +
                                              " bytes after decompression"};
        }
    }
    gzclose(file);
    return content;
}

}  // namespace

Result<std::string> read_file(const std::filesystem::path& path, std::size_t max_bytes) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
        return Problem{path.string(), "is a directory, not a file"};
    }
    if (path.extension() == ".gz") return read_gzip_file(path, max_bytes);

    std::ifstream in(path, std::ios::binary);
    if (!in) return Problem{path.string(), "cannot open: " + system_error_text(errno)};
    std::string content;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        content.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (content.size() > max_bytes) {
            return Problem{path.string(),
                           "file is larger than " + std::to_string(max_bytes) + " bytes"};
        }
    }
    if (in.bad()) return Problem{path.string(), "read error"};
    return content;
}

namespace {

// /dev/stdout leads to /proc/self/fd/1, whose "link" names whatever the descriptor is open
// on ("pipe:[123]", a terminal, a file someone redirected to): the descriptor itself must be
// written, never a path read from it.
bool is_process_file(const std::filesystem::path& path) {
    return path.string().rfind("/proc/", 0) == 0;
}

}  // namespace

std::filesystem::path output_target(const std::filesystem::path& path) {
    std::filesystem::path current = path;
    for (int links = 0; links < 40 && !is_process_file(current); ++links) {
        std::error_code error;
        if (!std::filesystem::is_symlink(std::filesystem::symlink_status(current, error))) break;
        const std::filesystem::path pointed = std::filesystem::read_symlink(current, error);
        if (error) break;
        current = pointed.is_absolute() ? pointed : current.parent_path() / pointed;
    }
    return current;
}

namespace {

// Writes all of `content` to `descriptor`; false with errno set on failure. An interrupted
// write of a regular file is retried; a device or pipe (`retry_interrupted` false) stops
// so that a signal can end a write that would otherwise block.
bool write_all(int descriptor, const std::string& content, bool retry_interrupted) {
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t count = write(descriptor, content.data() + written, content.size() - written);
        if (count < 0) {
            if (errno == EINTR && retry_interrupted) continue;
            return false;
        }
        written += static_cast<std::size_t>(count);
    }
    return true;
}

std::optional<Problem> write_in_place(const StagedFile& staged) {
    const int descriptor = open(staged.target.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (descriptor < 0) {
        return Problem{staged.named.string(),
                       "cannot open for writing: " + system_error_text(errno)};
    }
    const bool written = write_all(descriptor, staged.content, false);
    const int saved = errno;
    close(descriptor);
    if (!written)
        return Problem{staged.named.string(), "cannot write: " + system_error_text(saved)};
    return std::nullopt;
}

}  // namespace

Result<StagedFile> stage_file(const std::filesystem::path& path, const std::string& content) {
    StagedFile staged{path, output_target(path), {}, {}};
    std::error_code status_error;
    const auto status = std::filesystem::status(staged.target, status_error);
    if (!status_error && std::filesystem::exists(status)) {
        if (std::filesystem::is_directory(status)) {
            return Problem{path.string(), "is a directory, not a file"};
        }
        if (!std::filesystem::is_regular_file(status) || is_process_file(staged.target)) {
            staged.content = content;
            return staged;
        }
    }
    const std::filesystem::path& target = staged.target;
    const std::filesystem::path directory =
        target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    std::string temporary = (directory / ("." + target.filename().string() + ".XXXXXX")).string();
    const int descriptor = mkostemp(temporary.data(), O_CLOEXEC);
    if (descriptor < 0) {
        return Problem{path.string(), "cannot create a temporary file in " + directory.string() +
                                          ": " + system_error_text(errno)};
    }
    auto fail = [&](const std::string& what) {
        const int saved = errno;
        close(descriptor);
        std::remove(temporary.c_str());
        return Problem{path.string(), what + ": " + system_error_text(saved)};
    };
    if (!write_all(descriptor, content, true)) return fail("cannot write");
    // mkstemp creates the file 0600; a written report should be as readable as any file
    // the user creates, so apply the usual umask-derived mode.
    const mode_t mask = umask(0);
    umask(mask);
    fchmod(descriptor, 0666 & ~mask);
    if (fsync(descriptor) != 0) return fail("cannot flush");
    if (close(descriptor) != 0) {
        const int saved = errno;
        std::remove(temporary.c_str());
        return Problem{path.string(), "cannot close: " + system_error_text(saved)};
    }
    staged.temporary = std::move(temporary);
    return staged;
}

std::optional<Problem> commit_staged_file(const StagedFile& staged) {
    if (staged.temporary.empty()) return write_in_place(staged);
    if (std::rename(staged.temporary.c_str(), staged.target.c_str()) != 0) {
        const int saved = errno;
        std::remove(staged.temporary.c_str());
        return Problem{staged.named.string(), "cannot replace: " + system_error_text(saved)};
    }
    return std::nullopt;
}

void discard_staged_file(const StagedFile& staged) {
    if (!staged.temporary.empty()) std::remove(staged.temporary.c_str());
}

std::optional<Problem> write_file_atomically(const std::filesystem::path& path,
                                             const std::string& content) {
    auto staged = stage_file(path, content);
    if (!staged) return staged.problems().front();
    return commit_staged_file(*staged);
}

}  // namespace mealplan

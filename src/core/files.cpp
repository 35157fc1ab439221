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

// Devices and pipes (/dev/null, /dev/stdout, a FIFO) cannot be replaced by a rename —
// that would swap the device for a plain file — so they are written in place.
std::optional<Problem> write_in_place(const std::filesystem::path& path,
                                      const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    if (!out) return Problem{path.string(), "cannot open for writing: " + system_error_text(errno)};
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) return Problem{path.string(), "cannot write"};
    return std::nullopt;
}

}  // namespace

std::optional<Problem> write_file_atomically(const std::filesystem::path& path,
                                             const std::string& content) {
    std::error_code status_error;
    const auto status = std::filesystem::status(path, status_error);
    if (!status_error && std::filesystem::exists(status)) {
        if (std::filesystem::is_directory(status)) {
            return Problem{path.string(), "is a directory, not a file"};
        }
        if (!std::filesystem::is_regular_file(status)) return write_in_place(path, content);
    }
    const std::filesystem::path directory =
        path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::string temporary = (directory / ("." + path.filename().string() + ".XXXXXX")).string();
    const int descriptor = mkstemp(temporary.data());
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
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t count = write(descriptor, content.data() + written, content.size() - written);
        if (count < 0) {
            if (errno == EINTR) continue;
            return fail("cannot write");
        }
        written += static_cast<std::size_t>(count);
    }
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
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const int saved = errno;
        std::remove(temporary.c_str());
        return Problem{path.string(), "cannot replace: " + system_error_text(saved)};
    }
    return std::nullopt;
}

}  // namespace mealplan

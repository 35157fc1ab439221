#include "io/text_file.hpp"

#include <zlib.h>

#include <array>
#include <cerrno>
#include <cstring>

namespace mealplan::solver {

FileText read_model_text(const std::string& path, std::size_t max_bytes) {
    // gzopen reads plain files unchanged, so one code path serves both kinds.
    gzFile file = gzopen(path.c_str(), "rb");
    if (file == nullptr) {
        return {std::nullopt, path + ": cannot open: " + std::strerror(errno)};
    }
    std::string content;
    std::array<char, 1 << 16> buffer{};
    while (true) {
        const int count = gzread(file, buffer.data(), static_cast<unsigned>(buffer.size()));
        if (count < 0) {
            int code = 0;
            const char* message = gzerror(file, &code);
            std::string text = message != nullptr ? message : "unknown error";
            if (code == Z_ERRNO) text = std::strerror(errno);
            gzclose(file);
            return {std::nullopt, path + ": cannot read: " + text};
        }
        if (count == 0) break;
        // Checked before the append, so the text never outgrows the limit (nor doubles
        // its buffer past it).
        if (content.size() + static_cast<std::size_t>(count) > max_bytes) {
            gzclose(file);
            return {std::nullopt, path + ": larger than " + std::to_string(max_bytes) +
                                      " bytes (the limit for a model file, after decompression)"};
        }
        content.append(buffer.data(), static_cast<std::size_t>(count));
    }
    gzclose(file);
    return {std::move(content), {}};
}

ModelReading unreadable(const FileText& file) {
    ModelReading reading;
    reading.errors.push_back({"", file.error});
    return reading;
}

}  // namespace mealplan::solver

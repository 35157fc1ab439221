#include "solver/file_io.hpp"

#include <zlib.h>

#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <unordered_set>

namespace mealplan::solver {

std::string to_string(const FileIssue& issue) {
    return issue.where.empty() ? issue.what : issue.where + ": " + issue.what;
}

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
        content.append(buffer.data(), static_cast<std::size_t>(count));
        if (content.size() > max_bytes) {
            gzclose(file);
            return {std::nullopt, path + ": larger than " + std::to_string(max_bytes) + " bytes"};
        }
    }
    gzclose(file);
    return {std::move(content), {}};
}

std::vector<std::string> make_unique_names(const std::vector<std::string>& names,
                                           std::string (*make_legal)(const std::string&),
                                           std::vector<std::string> taken) {
    std::unordered_set<std::string> used(taken.begin(), taken.end());
    std::vector<std::string> result;
    result.reserve(names.size());
    for (const auto& name : names) {
        const std::string legal = make_legal(name);
        std::string candidate = legal;
        for (int suffix = 2; used.count(candidate) > 0; ++suffix) {
            candidate = legal + "_" + std::to_string(suffix);
        }
        used.insert(candidate);
        result.push_back(std::move(candidate));
    }
    return result;
}

std::string format_number(double value) {
    if (std::isinf(value)) return value > 0 ? "1e+30" : "-1e+30";
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

}  // namespace mealplan::solver

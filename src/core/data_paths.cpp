#include "core/data_paths.hpp"

#include <cstdlib>
#include <system_error>
#include <vector>

#ifndef MEALPLAN_DATA_DIR
#define MEALPLAN_DATA_DIR "data"
#endif

namespace mealplan {
namespace {

bool looks_like_data_dir(const std::filesystem::path& directory) {
    std::error_code error;
    return std::filesystem::is_regular_file(directory / "foods.json", error);
}

std::filesystem::path executable_dir() {
    std::error_code error;
    const auto executable = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error) return {};
    return executable.parent_path();
}

}  // namespace

std::filesystem::path find_data_dir() {
    if (const char* from_environment = std::getenv("MEALPLAN_DATA_DIR");
        from_environment != nullptr && *from_environment != '\0') {
        return from_environment;
    }
    std::vector<std::filesystem::path> candidates;
    if (const auto directory = executable_dir(); !directory.empty()) {
        candidates.push_back(directory / "data");
        candidates.push_back(directory / ".." / "data");
        candidates.push_back(directory / ".." / ".." / "data");
        candidates.push_back(directory / ".." / "share" / "mealplan");
    }
    candidates.emplace_back(MEALPLAN_DATA_DIR);
    for (const auto& candidate : candidates) {
        if (looks_like_data_dir(candidate)) return candidate.lexically_normal();
    }
    return candidates.back();
}

}  // namespace mealplan

#pragma once
// A store's aisle order, from a file: one aisle per line, or a JSON list of names.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/problems.hpp"

namespace mealplan {

/// Parses an aisle order: a JSON array of strings when the text starts with "[", else one
/// aisle per line (surrounding spaces dropped; blank lines and lines starting with "#"
/// skipped). A repeated aisle keeps its first place. An empty order, a name that is not
/// UTF-8 or, when `known_aisles` is not empty, a name not among them (compared without
/// regard to case: a typo would silently drop the aisle to the end) is a problem naming
/// the line or the array index.
Result<std::vector<std::string>> parse_aisle_order(
    std::string_view text, std::string_view file_label,
    const std::vector<std::string>& known_aisles = {});

Result<std::vector<std::string>> load_aisle_order(
    const std::filesystem::path& path, const std::vector<std::string>& known_aisles = {});

}  // namespace mealplan

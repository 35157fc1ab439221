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
/// skipped). A repeated aisle keeps its first place. An empty order is a problem.
Result<std::vector<std::string>> parse_aisle_order(std::string_view text,
                                                   std::string_view file_label);

Result<std::vector<std::string>> load_aisle_order(const std::filesystem::path& path);

}  // namespace mealplan

#pragma once
// Delivering a command's text: to standard output, or atomically to --out FILE.

#include <optional>
#include <string>

#include "core/problems.hpp"

namespace mealplan::cli {

/// Writes `text` to `out_path` atomically, or to stdout when `out_path` is empty or "-".
std::optional<Problem> emit(const std::string& text, const std::string& out_path);

}  // namespace mealplan::cli

#pragma once
// Delivering a command's text: to standard output, or atomically to --out FILE.

#include <optional>
#include <string>

#include "cli/command.hpp"
#include "core/problems.hpp"

namespace mealplan::cli {

/// Writes `text` to `out_path` atomically, or to stdout when `out_path` is empty or "-".
std::optional<Problem> emit(const std::string& text, const std::string& out_path);

/// emit() as the last step of a command: done, or bad input naming what could not be written.
CommandOutcome emit_outcome(const std::string& text, const std::string& out_path);

}  // namespace mealplan::cli

#include "cli/output.hpp"

#include <iostream>

#include "core/files.hpp"

namespace mealplan::cli {

std::optional<Problem> emit(const std::string& text, const std::string& out_path) {
    if (out_path.empty() || out_path == "-") {
        std::cout << text;
        std::cout.flush();
        if (!std::cout) return Problem{"standard output", "write failed"};
        return std::nullopt;
    }
    return write_file_atomically(out_path, text);
}

CommandOutcome emit_outcome(const std::string& text, const std::string& out_path) {
    if (auto problem = emit(text, out_path))
        return CommandOutcome::bad_input({std::move(*problem)});
    return {};
}

}  // namespace mealplan::cli

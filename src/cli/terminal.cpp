#include "cli/terminal.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <string_view>

namespace mealplan::cli {
namespace {

bool non_empty_variable(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0';
}

}  // namespace

TextOptions text_options_for(const std::string& out_path, bool detail) {
    TextOptions options;
    options.detail = detail;
    const bool to_stdout = out_path.empty() || out_path == "-";
    if (!to_stdout || isatty(STDOUT_FILENO) == 0) return options;
    const char* term = std::getenv("TERM");
    options.colour =
        !non_empty_variable("NO_COLOR") && !(term != nullptr && std::string_view(term) == "dumb");
    winsize size{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        options.width = size.ws_col;
    }
    return options;
}

}  // namespace mealplan::cli

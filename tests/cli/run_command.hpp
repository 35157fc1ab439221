#pragma once
// Runs the built `mealplan` executable as a user would, for end-to-end tests.

#include <string>
#include <vector>

namespace mealplan::testing {

struct CommandRun {
    int exit_code = -1;             ///< the process exit code; 128 + signal when killed by a signal
    bool killed_by_signal = false;  ///< the program did not exit: a signal ended it
    std::string out;
    std::string err;
};

/// The whole content of the file at `path` ("" when it cannot be read): what the program
/// wrote.
std::string read_text(const std::string& path);

/// Runs MEALPLAN_EXECUTABLE with `arguments` (no shell), standard input from /dev/null,
/// optionally in `working_directory`, and captures both output streams.
CommandRun run_mealplan(const std::vector<std::string>& arguments,
                        const std::string& working_directory = "");

/// The same, sending `signal` (SIGINT or SIGTERM) `delay_microseconds` after the program
/// has shown that it started — it catches SIGINT from the first thing it does — rather than
/// after a guessed time. When the program ends before that, no signal is sent.
CommandRun run_mealplan_signalled(const std::vector<std::string>& arguments, int signal,
                                  int delay_microseconds = 0);

}  // namespace mealplan::testing

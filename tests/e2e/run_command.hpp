#pragma once
// Runs the built `mealplan` executable as a user would, for end-to-end tests.

#include <string>
#include <vector>

namespace mealplan::testing {

struct CommandRun {
    int exit_code = -1;  ///< the process exit code; 128 + signal when killed by a signal
    std::string out;
    std::string err;
};

/// Runs MEALPLAN_EXECUTABLE with `arguments` (no shell), standard input from /dev/null,
/// optionally in `working_directory`, and captures both output streams.
CommandRun run_mealplan(const std::vector<std::string>& arguments,
                        const std::string& working_directory = "");

/// The same, sending SIGINT (Ctrl-C) `interrupt_after_seconds` after the start (< 0: never).
CommandRun run_mealplan_interrupted(const std::vector<std::string>& arguments,
                                    double interrupt_after_seconds,
                                    const std::string& working_directory = "");

}  // namespace mealplan::testing

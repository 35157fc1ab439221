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

/// The same, pressing Ctrl-C (SIGINT) as soon as the program catches it — it does only while
/// a solve runs, so this is the sign that the solve has started — instead of after some time.
/// When the program ends before it ever catches SIGINT, no signal is sent.
CommandRun run_mealplan_interrupted_in_solve(const std::vector<std::string>& arguments);

}  // namespace mealplan::testing

#pragma once
// The one output path of the program. A command returns what it produced in its
// CommandOutcome; once it has returned, app.cpp calls deliver(), the only place that writes
// a command's text to standard output or to a file:
//   1. nothing, if the run was interrupted (exit 128 + the signal);
//   2. nothing, if an output would replace a file the run read or another output (exit 2,
//      naming both);
//   3. every file is staged beside its target (symbolic links followed, so a link stays a
//      link and its target gets the bytes); if one cannot be, the others are discarded;
//   4. with SIGINT and SIGTERM held back, the staged files are renamed into place, all of
//      them or, if a signal came first, none;
//   5. targets that are not regular files (/dev/stdout, a FIFO) are written directly, then
//      standard output.

#include "cli/command.hpp"

namespace mealplan::cli {

/// The outcome of a command that produced `outputs` from the files `inputs`.
CommandOutcome produced(std::vector<Output> outputs, std::vector<Input> inputs = {},
                        ExitCode code = kExitOk, Problems problems = {});

/// The outcome of a command that produced `text` for `--out PATH` (standard output when
/// `out_path` is empty or "-") from the files `inputs`.
CommandOutcome produced_text(std::string text, const std::string& out_path,
                             std::vector<Input> inputs = {});

/// Delivers `outcome.outputs` as described above and returns the outcome to report: the
/// command's own, or the failure of delivery (its exit code and problems).
CommandOutcome deliver(CommandOutcome outcome);

}  // namespace mealplan::cli

#include "cli/output.hpp"

#include <csignal>
#include <filesystem>
#include <iostream>

#include "cli/interrupt.hpp"
#include "core/files.hpp"

namespace mealplan::cli {
namespace {

// "/dev/stdout" is standard output itself, as in the shell: opening it anew would truncate
// a file the output was redirected to with >>.
bool to_standard_output(const Output& output) {
    return output.path.empty() || output.path == "-" || output.path == "/dev/stdout";
}

// Whether writing `output_path` would change the file at `other_path`: the same file if
// both exist (hard links and symbolic links included), else the same resolved path.
bool same_file(const std::string& output_path, const std::string& other_path) {
    std::error_code error;
    const std::filesystem::path target = output_target(output_path);
    if (std::filesystem::exists(target, error) && std::filesystem::exists(other_path, error)) {
        return std::filesystem::equivalent(target, other_path, error) && !error;
    }
    const auto left = std::filesystem::weakly_canonical(std::filesystem::absolute(target), error);
    const auto right = std::filesystem::weakly_canonical(
        std::filesystem::absolute(output_target(other_path)), error);
    return !error && left == right;
}

std::string named(const std::string& option, const std::string& path) {
    return option.empty() ? path : option + " " + path;
}

Problems conflicts(const CommandOutcome& outcome) {
    Problems problems;
    const auto& outputs = outcome.outputs;
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        if (to_standard_output(outputs[i])) continue;
        for (const Input& input : outcome.inputs) {
            if (input.path.empty() || !same_file(outputs[i].path, input.path)) continue;
            problems.push_back({named(outputs[i].option, outputs[i].path),
                                "is also the input " + named(input.option, input.path) +
                                    " of this run; write the output to another file"});
        }
        for (std::size_t k = i + 1; k < outputs.size(); ++k) {
            if (to_standard_output(outputs[k]) || !same_file(outputs[i].path, outputs[k].path))
                continue;
            problems.push_back({named(outputs[i].option, outputs[i].path),
                                "is also the output " + named(outputs[k].option, outputs[k].path) +
                                    "; give each output its own file"});
        }
    }
    return problems;
}

CommandOutcome interrupted_outcome() {
    const int signal_number = interrupt_signal();
    const bool terminated = signal_number == SIGTERM;
    return {terminated ? kExitTerminated : kExitInterrupted,
            {{"", std::string(terminated ? "terminated (SIGTERM)" : "interrupted (Ctrl-C)") +
                      "; nothing written"}}};
}

void discard_all(const std::vector<StagedFile>& staged) {
    for (const StagedFile& file : staged) discard_staged_file(file);
}

}  // namespace

CommandOutcome produced(std::vector<Output> outputs, std::vector<Input> inputs, ExitCode code,
                        Problems problems) {
    CommandOutcome outcome{code, std::move(problems)};
    outcome.outputs = std::move(outputs);
    outcome.inputs = std::move(inputs);
    return outcome;
}

CommandOutcome produced_text(std::string text, const std::string& out_path,
                             std::vector<Input> inputs) {
    return produced({{"--out", out_path, std::move(text)}}, std::move(inputs));
}

CommandOutcome deliver(CommandOutcome outcome) {
    if (interrupt_signal() != 0) return interrupted_outcome();
    if (outcome.outputs.empty()) return outcome;
    if (Problems problems = conflicts(outcome); !problems.empty()) {
        return CommandOutcome::bad_input(std::move(problems));
    }
    std::vector<StagedFile> staged;
    for (const Output& output : outcome.outputs) {
        if (to_standard_output(output)) continue;
        auto file = stage_file(output.path, output.text);
        if (!file || interrupt_signal() != 0) {
            discard_all(staged);
            if (file) discard_staged_file(*file);
            if (interrupt_signal() != 0) return interrupted_outcome();
            return CommandOutcome::bad_input(std::move(file).problems());
        }
        staged.push_back(std::move(*file));
    }
    {
        const InterruptsHeld held;
        if (interrupt_signal() != 0) {
            discard_all(staged);
            return interrupted_outcome();
        }
        for (std::size_t i = 0; i < staged.size(); ++i) {
            if (staged[i].temporary.empty()) continue;
            if (auto problem = commit_staged_file(staged[i])) {
                for (std::size_t k = i + 1; k < staged.size(); ++k) discard_staged_file(staged[k]);
                return CommandOutcome::bad_input({std::move(*problem)});
            }
        }
    }
    // A signal held back above arrives now, once every renamed output is in place. What is
    // left are streams, which cannot be taken back: a signal stops them where they are.
    for (const StagedFile& file : staged) {
        if (!file.temporary.empty()) continue;
        if (auto problem = commit_staged_file(file)) {
            if (interrupt_signal() != 0) return interrupted_outcome();
            return CommandOutcome::bad_input({std::move(*problem)});
        }
    }
    if (interrupt_signal() != 0) return interrupted_outcome();
    for (const Output& output : outcome.outputs) {
        if (!to_standard_output(output)) continue;
        std::cout << output.text;
    }
    std::cout.flush();
    if (!std::cout) return CommandOutcome::bad_input({{"standard output", "write failed"}});
    outcome.outputs.clear();
    return outcome;
}

}  // namespace mealplan::cli

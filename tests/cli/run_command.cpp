#include "run_command.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace mealplan::testing {

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

namespace {

std::string slurp_and_remove(const std::string& path) {
    std::string text = read_text(path);
    ::unlink(path.c_str());
    return text;
}

int make_temporary(std::string& path) {
    path = "/tmp/mealplan-cli-XXXXXX";
    const int descriptor = ::mkstemp(path.data());
    if (descriptor < 0) throw std::runtime_error("mkstemp failed");
    return descriptor;
}

/// True once process `pid` has a handler of its own for SIGINT: the "SigCgt" mask of
/// /proc/PID/status (Linux) has the signal's bit.
bool catches_sigint(pid_t pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("SigCgt:", 0) != 0) continue;
        const unsigned long long mask = std::stoull(line.substr(7), nullptr, 16);
        return (mask >> (SIGINT - 1) & 1ULL) != 0;
    }
    return false;
}

/// What to send, and when after the program has started catching signals; signal 0 sends
/// nothing.
struct Interrupt {
    int signal = 0;
    int delay_microseconds = 0;
};

CommandRun run(const std::vector<std::string>& arguments, Interrupt interrupt,
               const std::string& working_directory) {
    std::string out_path;
    std::string err_path;
    const int out_fd = make_temporary(out_path);
    const int err_fd = make_temporary(err_path);

    std::vector<std::string> argv_storage{MEALPLAN_EXECUTABLE};
    argv_storage.insert(argv_storage.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (auto& argument : argv_storage) argv.push_back(argument.data());
    argv.push_back(nullptr);

    // A test that sets no user home of its own gets an empty one, never the real one:
    // what a person added must not change what the tests see.
    if (::getenv("MEALPLAN_HOME") == nullptr) {
        static const std::string empty_home =
            (std::filesystem::temp_directory_path() / "mealplan-test-empty-home").string();
        ::setenv("MEALPLAN_HOME", empty_home.c_str(), 1);
    }
    const pid_t child = ::fork();
    if (child == 0) {
        const int null_fd = ::open("/dev/null", O_RDONLY);
        ::dup2(null_fd, 0);
        ::dup2(out_fd, 1);
        ::dup2(err_fd, 2);
        if (!working_directory.empty() && ::chdir(working_directory.c_str()) != 0) _exit(126);
        ::execv(argv[0], argv.data());
        _exit(127);
    }
    ::close(out_fd);
    ::close(err_fd);
    int status = 0;
    bool ended = false;
    if (interrupt.signal != 0) {
        // Polls for the sign rather than waiting a guessed time, so a faster or slower
        // machine changes only how many polls it takes.
        while (!(ended = ::waitpid(child, &status, WNOHANG) == child)) {
            if (catches_sigint(child)) {
                if (interrupt.delay_microseconds > 0) ::usleep(interrupt.delay_microseconds);
                ::kill(child, interrupt.signal);
                break;
            }
            ::usleep(1000);
        }
    }
    if (!ended) ::waitpid(child, &status, 0);

    CommandRun result;
    result.killed_by_signal = !WIFEXITED(status);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = slurp_and_remove(out_path);
    result.err = slurp_and_remove(err_path);
    return result;
}

}  // namespace

CommandRun run_mealplan(const std::vector<std::string>& arguments,
                        const std::string& working_directory) {
    return run(arguments, Interrupt{}, working_directory);
}

CommandRun run_mealplan_signalled(const std::vector<std::string>& arguments, int signal,
                                  int delay_microseconds) {
    return run(arguments, Interrupt{signal, delay_microseconds}, "");
}

}  // namespace mealplan::testing

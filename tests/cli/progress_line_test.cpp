// The progress line of a long plan: on a terminal's standard error, the stage, the best plan
// so far and the time elapsed, erased at the end; nothing at all in a pipe.

#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "run_command.hpp"

namespace mealplan {
namespace {

using ::testing::HasSubstr;
using testing::read_text;
using testing::run_mealplan;
using ::testing::StartsWith;

struct TerminalRun {
    int exit_code = -1;
    std::string terminal;  ///< what the program wrote to its standard error, a terminal
    std::string out;       ///< its standard output, a file
};

/// Runs the built mealplan with standard error on a pseudo-terminal, as a person at a
/// terminal sees it, and standard output to a file.
TerminalRun run_with_terminal_stderr(const std::vector<std::string>& arguments) {
    TerminalRun run;
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0) return run;
    const std::string terminal_name = ::ptsname(master);
    const std::string out_path =
        (std::filesystem::temp_directory_path() / "mealplan-progress-e2e.out").string();
    std::vector<std::string> storage{MEALPLAN_EXECUTABLE};
    storage.insert(storage.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (auto& argument : storage) argv.push_back(argument.data());
    argv.push_back(nullptr);
    const std::string empty_home =
        (std::filesystem::temp_directory_path() / "mealplan-test-empty-home").string();
    const pid_t child = ::fork();
    if (child == 0) {
        ::setsid();
        const int terminal = ::open(terminal_name.c_str(), O_RDWR);
        const int in = ::open("/dev/null", O_RDONLY);
        const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (terminal < 0 || in < 0 || out < 0) ::_exit(127);
        ::dup2(in, STDIN_FILENO);
        ::dup2(out, STDOUT_FILENO);
        ::dup2(terminal, STDERR_FILENO);
        ::close(master);
        ::setenv("MEALPLAN_HOME", empty_home.c_str(), 1);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    // Read until the last holder of the terminal closes it (then Linux answers EIO).
    char buffer[4096];
    while (true) {
        const ssize_t count = ::read(master, buffer, sizeof buffer);
        if (count > 0) {
            run.terminal.append(buffer, static_cast<std::size_t>(count));
        } else if (count < 0 && errno == EINTR) {
            continue;
        } else {
            break;
        }
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    ::close(master);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = read_text(out_path);
    std::filesystem::remove(out_path);
    return run;
}

// A week takes longer than the half second the line waits for (about a second in a release
// build, several under the sanitizers); every stage after that is drawn as it begins.
TEST(ProgressLine, AWeekOnATerminalShowsItsStageTheBestPlanAndTheTime) {
    const auto run = run_with_terminal_stderr({"week"});
    ASSERT_EQ(run.exit_code, 0) << run.terminal;
    EXPECT_THAT(run.out, StartsWith("Week plan"));
    EXPECT_THAT(run.terminal, HasSubstr("\rPlanning the week · "));
    EXPECT_THAT(run.terminal, HasSubstr(" of 7 · "));
    EXPECT_THAT(run.terminal, HasSubstr("best so far: "));
    EXPECT_TRUE(std::regex_search(run.terminal, std::regex(" [0-9]+\\.[0-9] s\x1b\\[K")))
        << run.terminal;
    // The line is erased at the end: the terminal is left as it was.
    EXPECT_EQ(run.terminal.substr(run.terminal.size() - 4), "\r\x1b[K");
}

TEST(ProgressLine, APipeGetsNothing) {
    const auto run = run_mealplan({"week"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.err, "");
    EXPECT_THAT(run.out, StartsWith("Week plan"));
}

}  // namespace
}  // namespace mealplan

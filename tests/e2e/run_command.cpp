#include "run_command.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace mealplan::testing {
namespace {

std::string slurp_and_remove(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    ::unlink(path.c_str());
    return buffer.str();
}

int make_temporary(std::string& path) {
    path = "/tmp/mealplan-e2e-XXXXXX";
    const int descriptor = ::mkstemp(path.data());
    if (descriptor < 0) throw std::runtime_error("mkstemp failed");
    return descriptor;
}

}  // namespace

CommandRun run_mealplan(const std::vector<std::string>& arguments,
                        const std::string& working_directory) {
    return run_mealplan_interrupted(arguments, -1.0, working_directory);
}

CommandRun run_mealplan_interrupted(const std::vector<std::string>& arguments,
                                    double interrupt_after_seconds,
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
    if (interrupt_after_seconds >= 0.0) {
        ::usleep(static_cast<useconds_t>(interrupt_after_seconds * 1e6));
        ::kill(child, SIGINT);
    }
    ::waitpid(child, &status, 0);

    CommandRun run;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.out = slurp_and_remove(out_path);
    run.err = slurp_and_remove(err_path);
    return run;
}

}  // namespace mealplan::testing

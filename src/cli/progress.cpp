#include "cli/progress.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>

namespace mealplan::cli {
namespace {

using Clock = std::chrono::steady_clock;

constexpr auto kQuietFor = std::chrono::milliseconds(500);
constexpr auto kRedrawEvery = std::chrono::milliseconds(200);

}  // namespace

ProgressLine::ProgressLine(std::string what) : what_(std::move(what)) {
    if (isatty(STDERR_FILENO) != 0) thread_ = std::thread([this] { run(); });
}

ProgressLine::~ProgressLine() {
    if (!thread_.joinable()) return;
    {
        const std::lock_guard lock(mutex_);
        done_ = true;
    }
    done_changed_.notify_all();
    thread_.join();
}

void ProgressLine::run() {
    const auto start = Clock::now();
    std::unique_lock lock(mutex_);
    if (done_changed_.wait_for(lock, kQuietFor, [this] { return done_; })) return;
    do {
        const std::chrono::duration<double> elapsed = Clock::now() - start;
        std::fputs(fmt::format("\r{} · {:.1f} s\x1b[K", what_, elapsed.count()).c_str(), stderr);
        std::fflush(stderr);
    } while (!done_changed_.wait_for(lock, kRedrawEvery, [this] { return done_; }));
    // Leave the terminal as it was: the line erased, the cursor at its start.
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
}

}  // namespace mealplan::cli

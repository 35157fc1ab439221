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
    changed_.notify_all();
    thread_.join();
}

void ProgressLine::show(std::string detail) {
    if (!thread_.joinable()) return;
    {
        const std::lock_guard lock(mutex_);
        detail_ = std::move(detail);
        detail_changed_ = true;
    }
    changed_.notify_all();
}

void ProgressLine::draw(double elapsed_seconds) {
    const std::string line =
        detail_.empty()
            ? fmt::format("\r{} · {:.1f} s\x1b[K", what_, elapsed_seconds)
            : fmt::format("\r{} · {} · {:.1f} s\x1b[K", what_, detail_, elapsed_seconds);
    std::fputs(line.c_str(), stderr);
    std::fflush(stderr);
}

void ProgressLine::run() {
    const auto start = Clock::now();
    std::unique_lock lock(mutex_);
    if (changed_.wait_for(lock, kQuietFor, [this] { return done_; })) return;
    while (true) {
        detail_changed_ = false;
        draw(std::chrono::duration<double>(Clock::now() - start).count());
        // Woken early by a new detail, so that every stage after the quiet time is seen.
        changed_.wait_for(lock, kRedrawEvery, [this] { return done_ || detail_changed_; });
        if (done_) break;
    }
    // Leave the terminal as it was: the line erased, the cursor at its start.
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
}

}  // namespace mealplan::cli

#pragma once
// A one-line indicator on standard error while a long step runs, for a person watching a
// terminal: "Planning the week · 2.4 s". Nothing at all when standard error is a pipe or a
// file, nor for steps done within half a second.

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace mealplan::cli {

class ProgressLine {
  public:
    /// Starts watching: after half a second, `what` and the time elapsed, redrawn in place
    /// until the object is destroyed (which clears the line).
    explicit ProgressLine(std::string what);
    ~ProgressLine();
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

  private:
    void run();

    std::string what_;
    std::mutex mutex_;
    std::condition_variable done_changed_;
    bool done_ = false;
    std::thread thread_;
};

}  // namespace mealplan::cli

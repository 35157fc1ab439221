#pragma once
// A one-line indicator on standard error while a long step runs, for a person watching a
// terminal: "Planning the week · day 3 of 7 · 1.4 s". Nothing at all when standard error is
// a pipe or a file, nor for steps done within half a second.

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace mealplan::cli {

class ProgressLine {
  public:
    /// Starts watching: after half a second, `what`, the latest detail and the time
    /// elapsed, redrawn in place until the object is destroyed (which clears the line).
    explicit ProgressLine(std::string what);
    ~ProgressLine();
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    /// What the step is doing now ("day 3 of 7 · best so far: every target met"); drawn at
    /// once when the line is showing. Safe to call from any thread, and cheap when nothing
    /// is drawn.
    void show(std::string detail);

  private:
    void run();
    void draw(double elapsed_seconds);

    std::string what_;
    std::string detail_;
    bool detail_changed_ = false;
    std::mutex mutex_;
    std::condition_variable changed_;
    bool done_ = false;
    std::thread thread_;
};

}  // namespace mealplan::cli

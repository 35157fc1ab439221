#pragma once
// Ctrl-C during a long solve: while an InterruptGuard lives, SIGINT only raises a flag that
// the solver checks, so the command can stop cleanly (and write nothing half-done) instead
// of dying wherever the signal lands.

#include <atomic>

namespace mealplan::cli {

class InterruptGuard {
  public:
    InterruptGuard();   ///< clears the flag and installs the handler
    ~InterruptGuard();  ///< restores the previous handler
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

    /// For SolveOptions::interrupt.
    const std::atomic<bool>* flag() const;
    bool interrupted() const;

  private:
    void (*previous_)(int);
};

}  // namespace mealplan::cli

#pragma once
// SIGINT (Ctrl-C) and SIGTERM, for every command: the handler only raises a flag. The
// solver and the planner watch it and stop early; app.cpp then writes nothing and exits
// 128 + the signal. A signal never lands in the middle of cleanup, so no temporary file is
// left behind, and while the outputs are being put in place (InterruptsHeld) it waits.

#include <atomic>
#include <csignal>

namespace mealplan::cli {

/// Installs the handler for SIGINT and SIGTERM (without SA_RESTART, so that a blocking
/// read or write returns and the program can notice). Called once, at the start of run().
void install_interrupt_handler();

/// The flag the handler raises, for SolveOptions::interrupt and PlanRequest::interrupt.
const std::atomic<bool>* interrupt_flag();

/// The signal that interrupted the run (SIGINT or SIGTERM), or 0 if none did.
int interrupt_signal();

/// While one lives, SIGINT and SIGTERM are held back (blocked) and delivered when it ends:
/// the renames that put a run's outputs in place happen all or, if the signal came before,
/// not at all.
class InterruptsHeld {
  public:
    InterruptsHeld();
    ~InterruptsHeld();
    InterruptsHeld(const InterruptsHeld&) = delete;
    InterruptsHeld& operator=(const InterruptsHeld&) = delete;

  private:
    sigset_t previous_;
};

}  // namespace mealplan::cli

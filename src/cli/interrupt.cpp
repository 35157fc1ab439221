#include "cli/interrupt.hpp"

#include <pthread.h>

namespace mealplan::cli {
namespace {

// Both are lock-free, so the handler may touch them (an atomic<bool> is on every platform
// this builds for; sig_atomic_t by definition).
std::atomic<bool> interrupted{false};
volatile std::sig_atomic_t signal_seen = 0;

extern "C" void on_interrupt(int signal_number) {
    signal_seen = signal_number;
    interrupted.store(true);
}

sigset_t interrupt_signals() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    return signals;
}

}  // namespace

void install_interrupt_handler() {
    struct sigaction action {};
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    sigaddset(&action.sa_mask, SIGINT);
    sigaddset(&action.sa_mask, SIGTERM);
    action.sa_flags = 0;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

const std::atomic<bool>* interrupt_flag() {
    return &interrupted;
}

int interrupt_signal() {
    return interrupted.load() ? static_cast<int>(signal_seen) : 0;
}

InterruptsHeld::InterruptsHeld() {
    const sigset_t signals = interrupt_signals();
    pthread_sigmask(SIG_BLOCK, &signals, &previous_);
}

InterruptsHeld::~InterruptsHeld() {
    pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
}

}  // namespace mealplan::cli

#include "cli/interrupt.hpp"

#include <csignal>

namespace mealplan::cli {
namespace {

std::atomic<bool> sigint_seen{false};

extern "C" void on_interrupt(int /*signal*/) {
    sigint_seen.store(true);
}

}  // namespace

InterruptGuard::InterruptGuard() {
    sigint_seen.store(false);
    previous_ = std::signal(SIGINT, on_interrupt);
}

InterruptGuard::~InterruptGuard() {
    std::signal(SIGINT, previous_);
}

const std::atomic<bool>* InterruptGuard::flag() const {
    return &sigint_seen;
}

bool InterruptGuard::interrupted() const {
    return sigint_seen.load();
}

}  // namespace mealplan::cli

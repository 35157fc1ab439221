#pragma once
// Where a person's own data lives (their foods, dishes and household), and the lock that
// keeps two runs changing it at once from losing each other's change.

#include <filesystem>

#include "core/problems.hpp"

namespace mealplan {

/// The directory of the person's own data, looked up in order: $MEALPLAN_HOME;
/// $XDG_DATA_HOME/mealplan; $HOME/.local/share/mealplan. Empty when none is set. The
/// directory need not exist yet.
std::filesystem::path find_user_home();

/// An exclusive lock on a user home (flock(2) on its ".lock" file), held from
/// construction until destruction. Every change to the home reads, changes and writes
/// its files while holding it, so a second run waits for the first and then reads what
/// it wrote: no change is lost. Readers do not lock: files are replaced atomically, so a
/// reader sees the old or the new file, never half of one.
class UserHomeLock {
  public:
    /// Creates `home` when missing and takes the lock, waiting for another holder.
    static Result<UserHomeLock> acquire(const std::filesystem::path& home);

    UserHomeLock(UserHomeLock&& other) noexcept;
    UserHomeLock& operator=(UserHomeLock&& other) noexcept;
    UserHomeLock(const UserHomeLock&) = delete;
    UserHomeLock& operator=(const UserHomeLock&) = delete;
    ~UserHomeLock();

  private:
    explicit UserHomeLock(int descriptor) : descriptor_(descriptor) {}
    int descriptor_ = -1;
};

}  // namespace mealplan

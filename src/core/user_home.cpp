#include "core/user_home.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <system_error>
#include <utility>

namespace mealplan {
namespace {

std::filesystem::path environment_path(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? std::filesystem::path(value)
                                              : std::filesystem::path();
}

}  // namespace

std::filesystem::path find_user_home() {
    if (auto home = environment_path("MEALPLAN_HOME"); !home.empty()) return home;
    if (auto data = environment_path("XDG_DATA_HOME"); !data.empty()) return data / "mealplan";
    if (auto home = environment_path("HOME"); !home.empty()) {
        return home / ".local" / "share" / "mealplan";
    }
    return {};
}

Result<UserHomeLock> UserHomeLock::acquire(const std::filesystem::path& home) {
    if (home.empty()) {
        return Problems{{"MEALPLAN_HOME", "no home for your own data: set MEALPLAN_HOME or HOME"}};
    }
    std::error_code error;
    std::filesystem::create_directories(home, error);
    if (error) return Problems{{home.string(), "cannot create the directory: " + error.message()}};
    const auto lock_path = (home / ".lock").string();
    const int descriptor = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (descriptor < 0) {
        return Problems{
            {lock_path, std::string("cannot open the lock file: ") + std::strerror(errno)}};
    }
    int result = 0;
    do {
        result = ::flock(descriptor, LOCK_EX);
    } while (result != 0 && errno == EINTR);
    if (result != 0) {
        const std::string why = std::strerror(errno);
        ::close(descriptor);
        return Problems{{lock_path, "cannot lock: " + why}};
    }
    return UserHomeLock(descriptor);
}

UserHomeLock::UserHomeLock(UserHomeLock&& other) noexcept
    : descriptor_(std::exchange(other.descriptor_, -1)) {}

UserHomeLock& UserHomeLock::operator=(UserHomeLock&& other) noexcept {
    if (this != &other) {
        if (descriptor_ >= 0) ::close(descriptor_);
        descriptor_ = std::exchange(other.descriptor_, -1);
    }
    return *this;
}

UserHomeLock::~UserHomeLock() {
    if (descriptor_ >= 0) ::close(descriptor_);  // closing releases the flock
}

}  // namespace mealplan

#pragma once
// Problems found in input: every reader and validator reports them as values, never by
// throwing, so that one run can list every problem of a file and main() can turn them
// into one message per problem and a single exit code.

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace mealplan {

/// One thing wrong with an input. `where` names the file and the place in it, as
/// "foods.json:/foods/12/nutrients/magnesium_mg" (a JSON pointer), "pantry.csv:7"
/// (a line) or "--age" (a command-line option); `what` says what is wrong.
struct Problem {
    std::string where;
    std::string what;
};

using Problems = std::vector<Problem>;

/// "where: what", or just "what" when there is no place to name.
std::string to_string(const Problem& problem);

/// Either a value or the non-empty list of problems that prevented it.
template <class T>
class Result {
public:
    Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit by design
    Result(Problems problems) : state_(std::move(problems)) {}  // NOLINT
    Result(Problem problem) : state_(Problems{std::move(problem)}) {}  // NOLINT

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }

    /// The value; only valid when ok().
    const T& value() const& { return std::get<T>(state_); }
    T& value() & { return std::get<T>(state_); }
    T&& value() && { return std::get<T>(std::move(state_)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    /// The problems; only valid when !ok().
    const Problems& problems() const& { return std::get<Problems>(state_); }
    Problems&& problems() && { return std::get<Problems>(std::move(state_)); }

private:
    std::variant<T, Problems> state_;
};

}  // namespace mealplan

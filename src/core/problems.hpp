#pragma once
// Problems found in input: every reader and validator reports them as values, never by
// throwing, so that one run can list every problem of a file and the command line can turn
// them into one message per problem and a single exit code.

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace mealplan {

/// One thing wrong with an input. `where` names the file and the place in it, as
/// "foods.json:/foods/12/nutrients/magnesium_mg" (a JSON pointer) or "pantry.csv:7"
/// (a line) — or, once the command line has named a field, its option ("--age"); `what`
/// says what is wrong.
struct Problem {
    std::string where;
    std::string what;
};

using Problems = std::vector<Problem>;

/// "where: what", or just "what" when there is no place to name.
std::string to_string(const Problem& problem);

/// One thing wrong with a field of a request that a library was given in memory (a
/// profile, a plan request), named by the library's own `Field` enum so that each front
/// end can name the field in its own terms (the command line by its option). `what` may
/// mention other fields: each "{}" in it stands for the next of `mentions`.
template <class Field>
struct FieldProblem {
    FieldProblem(Field problem_field, std::string problem_what,
                 std::vector<Field> mentioned_fields = std::vector<Field>())
        : field(problem_field),
          what(std::move(problem_what)),
          mentions(std::move(mentioned_fields)) {}

    Field field;
    std::string what;
    std::vector<Field> mentions;
};

template <class Field>
using FieldProblems = std::vector<FieldProblem<Field>>;

/// `problem.what` with each "{}" replaced by `name_of(field)` of the next mention.
template <class Field, class NameOf>
std::string describe(const FieldProblem<Field>& problem, NameOf name_of) {
    std::string text;
    std::size_t mention = 0;
    for (std::size_t i = 0; i < problem.what.size(); ++i) {
        if (problem.what.compare(i, 2, "{}") == 0 && mention < problem.mentions.size()) {
            text += name_of(problem.mentions[mention++]);
            ++i;
        } else {
            text += problem.what[i];
        }
    }
    return text;
}

/// Either a value or the non-empty list of issues (problems by default) that prevented it.
template <class T, class Issue = Problem>
class Result {
  public:
    using Issues = std::vector<Issue>;

    Result(T value) : state_(std::move(value)) {}                  // NOLINT: implicit by design
    Result(Issues problems) : state_(std::move(problems)) {}       // NOLINT
    Result(Issue problem) : state_(Issues{std::move(problem)}) {}  // NOLINT

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
    const Issues& problems() const& { return std::get<Issues>(state_); }
    Issues&& problems() && { return std::get<Issues>(std::move(state_)); }

  private:
    std::variant<T, Issues> state_;
};

}  // namespace mealplan

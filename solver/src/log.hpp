#pragma once
// The solver's one way to say something: lines go to SolveOptions::log when their level is
// at or below SolveOptions::verbosity. Nothing in the solver writes to a stream itself.

#include <string>

#include "solver/options.hpp"

namespace mealplan::solver {

class Logger {
  public:
    explicit Logger(const SolveOptions& options) : options_(options) {}

    /// Whether a line of this level would be passed on (to skip building costly lines).
    bool enabled(int level) const { return options_.verbosity >= level && options_.log; }
    void operator()(int level, const std::string& line) const {
        if (enabled(level)) options_.log(line);
    }

  private:
    const SolveOptions& options_;
};

}  // namespace mealplan::solver

#pragma once
// Numbers and names in MPS and LP files, shared by their readers and writers.

#include <string>
#include <vector>

namespace mealplan::solver {

/// Absolute values at or above this are read as infinite in MPS and LP files (the
/// convention of CPLEX and COIN-OR), so writers can spell an infinite bound where the
/// format has no word for it.
inline constexpr double kFileInfinity = 1e30;

/// Makes each name legal with `make_legal` and unique among `names` and `taken`: a name
/// already used gets "_2", "_3", … appended. Deterministic: depends only on the inputs.
std::vector<std::string> make_unique_names(const std::vector<std::string>& names,
                                           std::string (*make_legal)(const std::string&),
                                           std::vector<std::string> taken = {});

/// Formats `value` in the shortest text that reads back to the same double (infinities as
/// ±1e+30).
std::string format_number(double value);

}  // namespace mealplan::solver

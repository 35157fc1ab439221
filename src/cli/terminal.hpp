#pragma once
// What standard output is: a terminal a person reads, or a pipe or file a program reads.
// Colour and the width of a terminal apply only to the first.

#include <cstddef>
#include <string>

#include "report/report.hpp"

namespace mealplan::cli {

/// How text for standard output is laid out when it goes to `out_path` ("" or "-" is
/// standard output): colour only on a terminal, and never when NO_COLOR is set
/// (https://no-color.org) or TERM is "dumb"; the terminal's width, else 100 columns.
/// `detail` is passed through.
TextOptions text_options_for(const std::string& out_path, bool detail);

}  // namespace mealplan::cli

#pragma once
// A diagnosis fix as the command line words it: the options that ask for it where there
// are such ("--allow-supplements", "--max-repeats 3"), plain words where the change is to
// a list the user typed ("allow Soy milk, fortified (16139)", "a vegetarian diet").

#include <string>

#include "nutrients/nutrient.hpp"
#include "plan/plan_result.hpp"

namespace mealplan::cli {

/// `fix` of a shortfall of `nutrient`, for people reading a plan on the command line.
std::string fix_words(const Fix& fix, Nutrient nutrient);

}  // namespace mealplan::cli

#pragma once
// Reading plan JSON (schema "mealplan.plan/1") back into a Plan, with full validation,
// so that a plan printed by `mealplan week --format json` can be fed to other commands.

#include <cstddef>
#include <filesystem>
#include <string_view>

#include "core/problems.hpp"
#include "plan/plan.hpp"

namespace mealplan {

/// The schema name every plan JSON document carries in its "schema" member.
inline constexpr std::string_view kPlanSchema = "mealplan.plan/1";

/// A week plan is a few hundred kilobytes; a file far larger is the wrong file.
inline constexpr std::size_t kMaxPlanFileBytes = std::size_t{64} << 20;
/// The day numbers run from 1 to this, so a plan of more days is not one this program wrote.
inline constexpr std::size_t kMaxPlanFileDays = 10000;

/// Parses plan JSON. Reads "days" → "meals" → "items", the "objective", the sex and age of
/// "profile", and "request" when the file records one (members the reader does not use,
/// such as "totals", are ignored). The order of days, meals and
/// items is kept, so /days/i/meals/j/items/k in the file is plan.days[i].meals[j].items[k].
/// Every problem is reported with `file_label` and a JSON pointer
/// ("plan.json:/days/2/meals/0/items/1/grams: must be a number ≥ 0"); whether the foods
/// exist in a catalogue is left to the caller, who has the catalogue.
Result<Plan> parse_plan_json(std::string_view json_text, std::string_view file_label);

/// Reads and parses a plan file (gzip aware, like every reader).
Result<Plan> load_plan(const std::filesystem::path& path);

}  // namespace mealplan

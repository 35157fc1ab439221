#pragma once
// A person's targets for people (an aligned text table) and for programs (JSON,
// schema "mealplan.targets/1"), as printed by `mealplan targets`.

#include <string>

#include "dri/targets.hpp"

namespace mealplan {

inline constexpr std::string_view kTargetsSchema = "mealplan.targets/1";

/// The targets as JSON: {"schema", "profile", "life_stage", "energy_kcal",
/// "energy_tolerance", "energy_source", "targets": {"<key>": {"min", "max", "ul",
/// "ul_scope", "min_kind", "source"[, "amdr_percent"]}}}. `max` is the limit that applies
/// to a plan of food (null where the UL never counts food, as for magnesium); `min` is
/// null where there is no minimum. Nutrients without any target are left out.
std::string targets_to_json(const Targets& targets, const std::string& profile_description);

/// The targets as an aligned table: the headline nutrients (magnesium, calcium, vitamin D,
/// thiamin, B6, B12), water and caffeine first, then energy, the macronutrients and the
/// rest, with units and notes on each upper limit's scope.
std::string targets_to_text(const Targets& targets, const std::string& profile_description);

}  // namespace mealplan

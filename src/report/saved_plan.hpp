#pragma once
// A plan file (plan JSON, schema "mealplan.plan/1", as `mealplan week --format json`
// writes it) read back into what a report renders, so that a saved plan can be shown
// again in any format without planning it again. The plan itself is read by the plan-file
// reader every command shares (plan/plan_json.hpp); this reads what the file says of it.

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "core/problems.hpp"
#include "plan/plan_result.hpp"
#include "report/plan_view.hpp"

namespace mealplan {

/// The minimum and maximum a saved plan was held to for one nutrient.
struct SavedTarget {
    Nutrient nutrient = Nutrient::MagnesiumMg;
    std::optional<double> min;
    std::optional<double> max;
};

struct SavedPlan {
    /// What the file says: the plan, status, objective, bound, gap, seconds, seed,
    /// coverage, the profile and energy target (in `targets.profile`, `targets.energy_kcal`,
    /// `targets.life_stage`), filters, safety rules, the joint fix, and the supplements taken
    /// (day, id and name; their amounts are left at 0). The nutrient targets, the
    /// supplements' amounts and the shortfalls are the reader's to work out from the data:
    /// the file carries them only in part.
    PlanResult result;
    /// The diagnosis as the file words it.
    std::vector<DiagnosisWords> diagnosis;
    /// The targets as saved, in the file's order.
    std::vector<SavedTarget> targets;
};

/// Parses plan JSON. Every problem names `file_label` and a JSON pointer.
Result<SavedPlan> parse_saved_plan(std::string_view json_text, std::string_view file_label);

/// Reads and parses a plan file (the same size limit and gzip handling as load_plan).
Result<SavedPlan> load_saved_plan(const std::filesystem::path& path);

}  // namespace mealplan

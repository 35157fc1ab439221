#pragma once
// Fixes that have been tried. The diagnosis proposes changes from relaxations of a short
// plan; this module plans again with each change applied and keeps only what really
// closes its shortfall, saying what else it closes or opens. Then it looks for one joint
// change that closes every shortfall at once — a few changes combined, smallest first —
// and plans the whole request with it before calling it verified.

#include <vector>

#include "catalogue/catalogue.hpp"
#include "dri/targets.hpp"
#include "food_rules/food_rules.hpp"
#include "plan/plan_result.hpp"
#include "planner/plan_request.hpp"

namespace mealplan {

/// `request` with every change of `changes` applied. Allowing foods rewrites the
/// exclusions: a text that matched an allowed food is replaced by the ids of the foods it
/// matched that stay excluded; every other text stays as typed.
PlanRequest apply_fixes(PlanRequest request, const std::vector<Fix>& changes,
                        const Catalogue& catalogue);

/// What checking the fixes of one plan cost: plans made and their wall time.
struct FixCheckCost {
    int plans = 0;
    double seconds = 0.0;
};

/// Checks the fixes of `result` (a plan of `request` with shortfalls and their diagnosis):
/// each diagnosis keeps the fixes that, planned with on a screening plan (two days at most,
/// a short budget), close its shortfall, with what they close and open there;
/// `result.fix` becomes the joint change found, planned with on the full request and
/// verified when that plan meets every target (a single fix equal to it is verified too).
FixCheckCost check_fixes(const PlanRequest& request, const Catalogue& catalogue,
                         const std::vector<PlannerDish>& dishes, const FoodRules& rules,
                         const Targets& targets, PlanResult& result);

}  // namespace mealplan

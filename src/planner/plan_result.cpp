#include "planner/plan_result.hpp"

namespace mealplan {

std::string_view to_string(CoverageMode mode) {
    switch (mode) {
        case CoverageMode::Daily:
            return "daily";
        case CoverageMode::Weekly:
            return "weekly";
    }
    return "?";
}

std::string_view to_string(PlanStatus status) {
    switch (status) {
        case PlanStatus::Optimal:
            return "optimal";
        case PlanStatus::Feasible:
            return "feasible";
        case PlanStatus::Shortfall:
            return "shortfall";
        case PlanStatus::NoPlan:
            return "no_plan";
    }
    return "?";
}

}  // namespace mealplan

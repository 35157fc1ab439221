#pragma once
// The USDA Thrifty Food Plan's weekly cost per person (data/cost-anchors.json, schema
// "mealplan.cost-anchors/1"), to set a week's cost beside.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/problems.hpp"

namespace mealplan {

/// One published weekly cost: a sex ("female", "male" or "both") and an age range.
struct CostAnchor {
    std::string month;          ///< the month the plan was costed in, "2025-09"
    std::string plan_revision;  ///< "2021"
    std::string sex;
    double age_from_years = 0.0;  ///< inclusive
    double age_to_years = 0.0;    ///< exclusive
    double weekly_usd_per_person = 0.0;
};

struct CostAnchors {
    std::string plan;    ///< what the plan is, for a reader
    std::string source;  ///< where the costs are published
    std::string note;    ///< why a week priced with our prices is set beside another month
    std::vector<CostAnchor> anchors;
};

/// The anchor of the latest month for a person of `sex` ("female" or "male") and
/// `age_years`: one of that sex, else one for both sexes; nullptr when none covers the age.
const CostAnchor* thrifty_cost_for(const CostAnchors& anchors, std::string_view sex,
                                   double age_years);

/// Parses and checks cost-anchors.json; every problem at "<file_label>:/anchors/2/sex".
Result<CostAnchors> parse_cost_anchors(std::string_view text, std::string_view file_label);

Result<CostAnchors> load_cost_anchors(const std::filesystem::path& path);

}  // namespace mealplan

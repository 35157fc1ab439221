// Reading data/cost-anchors.json. The format is described in data/README.md.

#include "shopping/cost_anchors.hpp"

#include "core/files.hpp"
#include "core/json_input.hpp"

namespace mealplan {
namespace {

using json_input::Checker;
using json_input::child;
using json_input::Json;

constexpr std::string_view kSchema = "mealplan.cost-anchors/1";
constexpr std::size_t kMaxAnchorBytes = std::size_t{1} << 20;
constexpr double kMaxAgeYears = 130.0;
constexpr double kMaxWeeklyUsd = 10000.0;

std::optional<CostAnchor> read_anchor(Checker& check, const Json& value, const std::string& at) {
    if (!check.expect_object(value, at)) return std::nullopt;
    check.only_members(value, at,
                       {"month", "plan_revision", "sex", "age_from_years", "age_to_years",
                        "weekly_usd_per_person"});
    const auto month = check.required_text(value, at, "month");
    const auto revision = check.required_text(value, at, "plan_revision");
    const auto sex = check.required_text(value, at, "sex");
    const auto from = check.required_number(value, at, "age_from_years", 0.0, kMaxAgeYears);
    const auto to = check.required_number(value, at, "age_to_years", 0.0, kMaxAgeYears);
    const auto usd =
        check.required_number(value, at, "weekly_usd_per_person", 0.0, kMaxWeeklyUsd, true);
    if (sex && *sex != "female" && *sex != "male" && *sex != "both") {
        check.report(child(at, "sex"),
                     "must be \"female\", \"male\" or \"both\", got \"" + *sex + "\"");
        return std::nullopt;
    }
    if (from && to && !(*from < *to)) {
        check.report(child(at, "age_to_years"), "must be above age_from_years");
        return std::nullopt;
    }
    if (!month || !revision || !sex || !from || !to || !usd) return std::nullopt;
    return CostAnchor{*month, *revision, *sex, *from, *to, *usd};
}

}  // namespace

const CostAnchor* thrifty_cost_for(const CostAnchors& anchors, std::string_view sex,
                                   double age_years) {
    const CostAnchor* best = nullptr;
    for (const auto& anchor : anchors.anchors) {
        if (anchor.sex != sex && anchor.sex != "both") continue;
        if (age_years < anchor.age_from_years || age_years >= anchor.age_to_years) continue;
        // Latest month first; within a month, the anchor of the person's own sex.
        if (best == nullptr || anchor.month > best->month ||
            (anchor.month == best->month && best->sex == "both" && anchor.sex == sex)) {
            best = &anchor;
        }
    }
    return best;
}

Result<CostAnchors> parse_cost_anchors(std::string_view text, std::string_view file_label) {
    auto parsed = json_input::parse(text, file_label);
    if (!parsed) return std::move(parsed).problems();
    const Json& root = parsed.value();
    Problems problems;
    Checker check(std::string(file_label), problems);
    if (!check.expect_object(root, "")) return problems;
    check.only_members(root, "", {"schema", "plan", "source", "note", "anchors"});
    if (const Json* schema = check.member(root, "", "schema")) {
        if (!schema->is_string() || schema->get<std::string>() != kSchema) {
            check.report("/schema", "must be \"" + std::string(kSchema) + "\"");
        }
    }
    CostAnchors anchors;
    if (auto plan = check.required_text(root, "", "plan")) anchors.plan = *plan;
    if (auto source = check.required_text(root, "", "source")) anchors.source = *source;
    if (auto note = check.required_text(root, "", "note")) anchors.note = *note;
    if (const Json* list = check.member(root, "", "anchors");
        list != nullptr && check.expect_array(*list, "/anchors")) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            if (auto anchor = read_anchor(check, (*list)[i], child("/anchors", i))) {
                anchors.anchors.push_back(std::move(*anchor));
            }
        }
    }
    if (!problems.empty()) return problems;
    return anchors;
}

Result<CostAnchors> load_cost_anchors(const std::filesystem::path& path) {
    auto text = read_file(path, kMaxAnchorBytes);
    if (!text) return std::move(text).problems();
    return parse_cost_anchors(text.value(), path.string());
}

}  // namespace mealplan

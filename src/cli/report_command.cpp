// `mealplan report`: a saved plan (plan JSON, as `mealplan week --format json --out` writes
// it) shown again in any format, without planning it again. Read → the result the file
// describes, completed from the data (targets, supplement doses, shortfalls) → render →
// deliver (cli/output.hpp).

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cmath>

#include "catalogue/catalogue.hpp"
#include "cli/command.hpp"
#include "cli/enum_option.hpp"
#include "cli/kitchen_data.hpp"
#include "cli/output.hpp"
#include "cli/request_options.hpp"
#include "cli/shopping_data.hpp"
#include "cli/terminal.hpp"
#include "core/text.hpp"
#include "dri/dri_table.hpp"
#include "dri/targets.hpp"
#include "planner/plan_input.hpp"
#include "planner/supplements.hpp"
#include "report/plan_view.hpp"
#include "report/report.hpp"
#include "report/saved_plan.hpp"
#include "shopping/shopping_list.hpp"

namespace mealplan::cli {
namespace {

struct ReportArguments {
    std::string plan_path;
    std::string format{to_string(ReportFormat::Text)};
    std::string out_path;
    bool detail = false;
    PlanListOptions list;
};

void append(Problems& all, Problems more) {
    all.insert(all.end(), std::make_move_iterator(more.begin()),
               std::make_move_iterator(more.end()));
}

bool same_bound(const std::optional<double>& a, const std::optional<double>& b) {
    if (a.has_value() != b.has_value()) return false;
    return !a || std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*a));
}

std::string bound_text(const std::optional<double>& value) {
    return value ? fmt::format("{:g}", *value) : std::string("none");
}

/// The targets of the saved profile from the DRI table. The file keeps the energy the
/// plan aimed at, not whether the person gave it: when the table's estimate is another
/// energy and the profile has no body measures, the person gave their own.
Result<Targets, ProfileProblem> targets_of(const DriTable& table, const Targets& saved) {
    auto targets = targets_for(table, saved.profile);
    const Profile& profile = saved.profile;
    const bool measured = profile.weight_kg || profile.height_cm || profile.activity;
    if (!targets || measured || std::abs(targets->energy_kcal - saved.energy_kcal) < 0.5) {
        return targets;
    }
    Profile own = profile;
    own.energy_kcal = saved.energy_kcal;
    return targets_for(table, own);
}

/// Warnings for the targets the file says the plan was held to and the table does not
/// give: the report holds the plan to the table's, and says so.
Problems target_differences(const std::vector<SavedTarget>& saved, const Targets& targets,
                            const std::string& plan_path) {
    Problems warnings;
    for (const SavedTarget& target : saved) {
        const NutrientTarget& now = targets[target.nutrient];
        if (same_bound(target.min, now.min) && same_bound(target.max, now.max)) continue;
        warnings.push_back(
            {plan_path + ":/targets/" + std::string(info(target.nutrient).key),
             fmt::format("saved as min {}, max {}; the DRI table gives min {}, max {} for this "
                         "profile, and the report shows those",
                         bound_text(target.min), bound_text(target.max), bound_text(now.min),
                         bound_text(now.max))});
    }
    return warnings;
}

/// Gives every supplement the plan took its amounts from the supplement table; a tablet
/// the table does not have is a problem at its day in the file.
Problems add_supplement_amounts(PlanResult& result, const std::string& plan_path) {
    Problems problems;
    for (SupplementDose& dose : result.supplements) {
        const auto& table = supplement_table();
        const auto known = std::find_if(table.begin(), table.end(),
                                        [&](const Supplement& s) { return s.id == dose.id; });
        if (known == table.end()) {
            const auto& days = result.plan.days;
            const auto day = std::find_if(days.begin(), days.end(),
                                          [&](const PlanDay& d) { return d.day == dose.day; });
            problems.push_back(
                {plan_path + ":/days/" + std::to_string(day - days.begin()) + "/supplements",
                 "unknown supplement \"" + dose.id + "\"; the tablets are " +
                     "those of mealplan week --allow-supplements"});
        } else {
            dose.amounts = known->amounts;
        }
    }
    return problems;
}

CommandOutcome run_report(const ReportArguments& arguments, const GlobalOptions& global) {
    Problems problems;
    ShoppingOptions shopping;
    if (const auto people = parse_number<int>(trimmed(arguments.list.people))) {
        shopping.people = *people;
        append(problems, as_option_problems(validate_options(shopping)));
    } else {
        problems.push_back(
            {std::string(option_for(ShoppingField::People)),
             "must be a whole number of people, got \"" + arguments.list.people + "\""});
    }
    auto saved = load_saved_plan(arguments.plan_path);
    if (!saved) append(problems, std::move(saved).problems());
    auto table = load_dri(global.dri_or_default());
    if (!table) append(problems, std::move(table).problems());
    auto catalogue = load_kitchen_catalogue(global);
    if (!catalogue) append(problems, std::move(catalogue).problems());
    if (!problems.empty()) return CommandOutcome::bad_input(std::move(problems));

    PlanResult& result = saved->result;
    append(problems, check_plan_foods(result.plan, *catalogue, arguments.plan_path));
    append(problems, add_supplement_amounts(result, arguments.plan_path));
    auto targets = targets_of(*table, result.targets);
    if (!targets) {
        for (const ProfileProblem& problem : targets.problems()) {
            problems.push_back({arguments.plan_path + ":/profile", problem.what});
        }
    }
    ShoppingData shopping_data;
    load_shopping_data(global, *catalogue,
                       {arguments.list.prices_path, arguments.list.staples_path},
                       result.plan.person, shopping_data, shopping, problems);
    if (!problems.empty()) return CommandOutcome::bad_input(std::move(problems));

    Problems warnings = target_differences(saved->targets, *targets, arguments.plan_path);
    result.targets = std::move(*targets);
    result.shortfalls = find_shortfalls(day_totals(result.plan, result.supplements, *catalogue),
                                        result.targets, result.coverage);

    const ReportFormat format = option_value(arguments.format, ReportFormat::Text);
    PlanView view = plan_view(result, *catalogue, std::move(saved->diagnosis));
    if (format == ReportFormat::Html || arguments.list.shopping_list) {
        view.shopping_list = build_shopping_list(result.plan, *catalogue, shopping);
    }
    const TextOptions text_options =
        text_options_for(arguments.out_path, result.plan.days.size() == 1 || arguments.detail);
    return produced({{"--out", arguments.out_path, render_plan(view, format, text_options)}},
                    {{"--plan", arguments.plan_path},
                     {"--catalogue", global.catalogue_or_default()},
                     {"--dri", global.dri_or_default()},
                     {"--prices", arguments.list.prices_path},
                     {"--staples", arguments.list.staples_path}},
                    kExitOk, std::move(warnings));
}

}  // namespace

void add_report_command(CLI::App& app, const GlobalOptions& global, CommandAction& action) {
    auto arguments = std::make_shared<ReportArguments>();
    auto* command = app.add_subcommand(
        "report",
        "A saved plan (mealplan week --format json --out PLAN.json) shown again in any format, "
        "without planning it again");
    command->add_option("--plan", arguments->plan_path, "Plan JSON (mealplan week --format json)")
        ->required();
    command
        ->add_option("--format", arguments->format,
                     "Output format: text, markdown, json or html (a self-contained page) "
                     "(default: text)")
        ->check(enum_names<ReportFormat>());
    command->add_option("--out", arguments->out_path, "Write to FILE (replaced atomically)");
    command->add_flag("--detail", arguments->detail,
                      "Text: every day in full instead of the week at a glance");
    add_plan_list_options(*command, arguments->list);
    command->callback([arguments, &global, &action] {
        action = [arguments, &global] { return run_report(*arguments, global); };
    });
}

}  // namespace mealplan::cli

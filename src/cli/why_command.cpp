// `mealplan why --plan PLAN.json FOOD_OR_DISH`: what a food or dish does in a plan. The
// plan's recorded request is planned again without it (the food excluded, or the dish
// left out of the dishes), and the two plans are set side by side (plan/plan_difference.hpp).

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>

#include "cli/command.hpp"
#include "cli/enum_option.hpp"
#include "cli/interrupt.hpp"
#include "cli/kitchen_data.hpp"
#include "cli/output.hpp"
#include "cli/progress.hpp"
#include "core/data_paths.hpp"
#include "dri/dri_table.hpp"
#include "food_rules/food_rules.hpp"
#include "plan/plan_json.hpp"
#include "plan/plan_subject.hpp"
#include "plan/totals.hpp"
#include "planner/plan_input.hpp"
#include "planner/planner.hpp"
#include "report/why_report.hpp"
#include "shopping/shopping_list.hpp"

namespace mealplan::cli {
namespace {

struct WhyArguments {
    std::string plan_path;
    std::string subject;
    std::string format{to_string(WhyFormat::Text)};
    std::string out_path;
};

/// Where in a plan file the recorded request keeps `field` (report/json_report.cpp writes it).
std::string place_of(const std::string& plan_path, PlanField field) {
    const auto key = [field]() -> std::string_view {
        switch (field) {
            case PlanField::Days:
                return "days";
            case PlanField::Coverage:
                return "coverage";
            case PlanField::MaxRepeats:
                return "max_repeats";
            case PlanField::TimeLimit:
                return "time_limit_seconds";
            case PlanField::Gap:
                return "gap";
            case PlanField::Exclude:
                return "exclude";
            case PlanField::AllowSupplements:
                return "allow_supplements";
            case PlanField::From:  // a revision is no part of the recorded request
            case PlanField::Swap:
            case PlanField::Keep:
                return "";
        }
        return "";
    };
    return plan_path + ":/request/" + std::string(key());
}
std::string place_of(const std::string& plan_path, ProfileField field) {
    const auto key = [field]() -> std::string_view {
        switch (field) {
            case ProfileField::Sex:
                return "sex";
            case ProfileField::Age:
                return "age_years";
            case ProfileField::Pregnant:
                return "pregnant";
            case ProfileField::Lactating:
                return "lactating";
            case ProfileField::EnergyKcal:
                return "energy_kcal";
            case ProfileField::WeightKg:
                return "weight_kg";
            case ProfileField::HeightCm:
                return "height_cm";
            case ProfileField::Activity:
                return "activity";
        }
        return "";
    };
    return plan_path + ":/request/profile/" + std::string(key());
}

/// Problems of the recorded request at their places in the plan file.
template <class Field>
Problems in_plan_file(const std::string& plan_path, const std::vector<FieldProblem<Field>>& found) {
    Problems problems;
    for (const auto& problem : found) {
        problems.push_back({place_of(plan_path, problem.field), describe(problem, [&](Field field) {
                                return place_of(plan_path, field);
                            })});
    }
    return problems;
}

/// The minimums each day of `plan` misses, from its foods alone.
std::vector<Shortfall> food_shortfalls(const Plan& plan, const Catalogue& catalogue,
                                       const Targets& targets, CoverageMode coverage) {
    std::vector<NutrientAmounts> totals;
    for (const PlanDay& day : plan.days) totals.push_back(day_totals(day, catalogue).amounts);
    return find_shortfalls(totals, targets, coverage);
}

CommandOutcome run_why(const WhyArguments& arguments, const GlobalOptions& global) {
    auto plan = load_plan(arguments.plan_path);
    if (!plan) return CommandOutcome::bad_input(std::move(plan).problems());
    if (!plan->request) {
        return CommandOutcome::bad_input(
            {{arguments.plan_path + ":/request",
              "missing: the plan does not record the request it answers (plans written by "
              "mealplan before `why` existed); plan it again with --format json"}});
    }
    const RecordedRequest& recorded = *plan->request;
    auto catalogue = load_kitchen_catalogue(global);
    if (!catalogue) return CommandOutcome::bad_input(std::move(catalogue).problems());
    Problems problems = check_plan_foods(*plan, *catalogue, arguments.plan_path);
    if (!problems.empty()) return CommandOutcome::bad_input(std::move(problems));
    auto subject = find_in_plan(*plan, *catalogue, arguments.subject);
    if (!subject) return CommandOutcome::bad_input({{"", subject.problems().front()}});

    PlanRequest request = request_from(recorded);
    problems = in_plan_file(arguments.plan_path, validate_request(request));
    if (!problems.empty()) return CommandOutcome::bad_input(std::move(problems));
    auto table = load_dri(global.dri_or_default());
    if (!table) return CommandOutcome::bad_input(std::move(table).problems());
    auto targets = targets_for(*table, recorded.profile);
    if (!targets)
        return CommandOutcome::bad_input(in_plan_file(arguments.plan_path, targets.problems()));
    auto dishes = load_kitchen_dishes(global, *catalogue);
    if (!dishes) return CommandOutcome::bad_input(std::move(dishes).problems());
    auto rules = load_food_rules(find_data_dir(), *catalogue);
    if (!rules) return CommandOutcome::bad_input(std::move(rules).problems());

    // Only the plan without it is wanted: its shortfalls are part of the answer, and
    // explaining them would cost several plans more.
    request.diagnose = false;
    request.interrupt = interrupt_flag();
    std::vector<PlannerDish> choices = planner_dishes(*dishes);
    if (subject->dish) {
        std::erase_if(choices, [&](const PlannerDish& dish) { return dish.id == subject->id; });
    } else {
        request.exclude.push_back(subject->id);
    }
    const auto started = std::chrono::steady_clock::now();
    auto outcome = [&] {
        const ProgressLine progress("Planning without " + subject->name);
        return plan_meals(request, *catalogue, choices, *rules, *targets);
    }();
    if (!outcome) {
        return CommandOutcome::bad_input(in_plan_file(arguments.plan_path, outcome.problems()));
    }
    const PlanResult& without = outcome->result;

    WhyAnswer answer;
    answer.subject = *subject;
    answer.days = plan->days.size();
    answer.status_without = without.status;
    answer.no_plan_reason = without.no_plan_reason;
    answer.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    answer.tablets_left_out = recorded.allow_supplements;
    answer.objective_with = plan->objective;
    answer.objective_without = without.objective;
    if (without.status != PlanStatus::NoPlan) {
        // Both sides from their foods, so that tablets (when allowed) never make a
        // difference the food does not.
        answer.shortfalls_with = food_shortfalls(*plan, *catalogue, *targets, recorded.coverage);
        answer.shortfalls_without =
            food_shortfalls(without.plan, *catalogue, *targets, recorded.coverage);
        answer.difference =
            compare_plans(*plan, without.plan, *catalogue, *targets, subject->places);
    }
    const auto format = option_value(arguments.format, WhyFormat::Text);
    std::string text =
        format == WhyFormat::Json ? render_why_json(answer) : render_why_text(answer);
    return produced_text(std::move(text), arguments.out_path,
                         {{"--plan", arguments.plan_path},
                          {"--catalogue", global.catalogue_or_default()},
                          {"--dishes", global.dishes_or_default()},
                          {"--dri", global.dri_or_default()}});
}

}  // namespace

void add_why_command(CLI::App& app, const GlobalOptions& global, CommandAction& action) {
    auto arguments = std::make_shared<WhyArguments>();
    auto* command = app.add_subcommand(
        "why",
        "What a food or dish does in a plan: the plan's request planned again without it, and "
        "what that plan loses (nutrients, new shortfalls, cost) or eats instead");
    command->add_option("--plan", arguments->plan_path, "Plan JSON (mealplan week --format json)")
        ->required();
    command
        ->add_option("FOOD_OR_DISH", arguments->subject,
                     "A food of the plan (NDB number or name) or a dish (id or name); part of a "
                     "name will do when only one matches")
        ->required();
    command->add_option("--format", arguments->format, "Output format")
        ->check(enum_names<WhyFormat>())
        ->capture_default_str();
    command->add_option("--out", arguments->out_path,
                        "Write to FILE (replaced atomically) instead of standard output");
    command->callback([arguments, &global, &action] {
        action = [arguments, &global] { return run_why(*arguments, global); };
    });
}

}  // namespace mealplan::cli

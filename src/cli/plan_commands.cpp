// `mealplan day` and `mealplan week`: a one-day or multi-day meal plan for a person
// (docs/ARCHITECTURE.md, "The plan model" and "Outputs"). Parse → PlanRequest → plan_meals →
// render → deliver (cli/output.hpp); exit 3 when a target cannot be met (the plan and its diagnosis
// are still printed). The planner checks the request; this file only turns the text typed into it.

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <limits>
#include <memory>

#include "catalogue/catalogue.hpp"
#include "cli/command.hpp"
#include "cli/enum_option.hpp"
#include "cli/fix_words.hpp"
#include "cli/interrupt.hpp"
#include "cli/kitchen_data.hpp"
#include "cli/meal_refs.hpp"
#include "cli/output.hpp"
#include "cli/profile_options.hpp"
#include "cli/progress.hpp"
#include "cli/request_options.hpp"
#include "cli/shopping_data.hpp"
#include "cli/terminal.hpp"
#include "core/data_paths.hpp"
#include "core/files.hpp"
#include "core/text.hpp"
#include "dishes/dishes_json.hpp"
#include "dri/dri_table.hpp"
#include "dri/targets.hpp"
#include "food_rules/food_rules.hpp"
#include "plan/plan_json.hpp"
#include "planner/fix_verification.hpp"
#include "planner/planner.hpp"
#include "report/plan_view.hpp"
#include "report/report.hpp"
#include "shopping/render.hpp"
#include "shopping/shopping_list.hpp"
#include "solver/lp_format.hpp"

namespace mealplan::cli {
namespace {

/// The options as typed; numbers stay text so a bad value is a problem naming its option.
struct PlanOptions {
    bool week = false;
    ProfileOptions profile;
    std::vector<std::string> exclude;
    std::string diet{to_string(Diet::Omnivore)};
    std::vector<std::string> avoid;
    std::string seed = "1";
    std::string format{to_string(ReportFormat::Text)};
    std::string out_path;
    std::string export_lp_path;
    std::string time_limit;
    std::string gap = "0.01";
    bool allow_supplements = false;
    std::string days;  ///< empty: 7, or as many as the plan of --from
    std::string from_path;
    std::vector<std::string> swap;
    std::vector<std::string> keep;
    std::string coverage{to_string(CoverageMode::Weekly)};
    std::string max_repeats = "2";
    bool detail = false;
    PlanListOptions list;
};

/// "a,b" and repeated options alike, trimmed, empty parts dropped.
std::vector<std::string> split_list(const std::vector<std::string>& values) {
    std::vector<std::string> parts;
    for (const std::string& value : values) {
        std::size_t start = 0;
        while (start <= value.size()) {
            std::size_t comma = value.find(',', start);
            if (comma == std::string::npos) comma = value.size();
            std::string part = trimmed(value.substr(start, comma - start));
            if (!part.empty()) parts.push_back(part);
            start = comma + 1;
        }
    }
    return parts;
}

/// Reads the whole number typed for `option` into `out`, or adds a problem.
template <class Number>
void read_number(const std::string& text, std::string_view option, std::string_view kind,
                 Number& out, Problems& problems) {
    if (const auto value = parse_number<Number>(text)) {
        out = *value;
    } else {
        problems.push_back(
            {std::string(option), "must be " + std::string(kind) + ", got \"" + text + "\""});
    }
}

/// The revision of `base` (the plan of --from) that --swap and --keep ask for, or the problems
/// of their text.
std::optional<PlanRevision> revision_from(const PlanOptions& options,
                                          const std::optional<Plan>& base, Problems& problems) {
    const auto refs = [&](const std::vector<std::string>& texts, PlanField field) {
        const std::string option(option_for(field));
        if (!base && !texts.empty()) {
            problems.push_back({option, "needs --from PLAN.json, the plan whose meals it changes"});
        }
        auto parsed = parse_meal_refs(split_list(texts), option, !options.week);
        if (parsed) return *parsed;
        problems.insert(problems.end(), parsed.problems().begin(), parsed.problems().end());
        return std::vector<MealRef>{};
    };
    std::vector<MealRef> swap = refs(options.swap, PlanField::Swap);
    std::vector<MealRef> keep = refs(options.keep, PlanField::Keep);
    if (!base) return std::nullopt;
    const std::size_t days = base->days.size();
    if (!options.week && days != 1) {
        problems.push_back(
            {options.from_path, "has " + std::to_string(days) +
                                    " days: `mealplan day --from` changes a "
                                    "one-day plan, `mealplan week --from` a longer one"});
    } else if (days > static_cast<std::size_t>(kMaxPlanDays)) {
        problems.push_back({options.from_path, "has " + std::to_string(days) +
                                                   " days; a plan has at most " +
                                                   std::to_string(kMaxPlanDays)});
    }
    return PlanRevision{*base, std::move(keep), std::move(swap)};
}

/// The request as typed, with every problem of the text (a number that is not one, an
/// unknown allergen) and then every problem the planner finds with the values. `base` is
/// the plan of --from, when one was given.
Result<PlanRequest> request_from(const PlanOptions& options, const std::optional<Plan>& base) {
    PlanRequest request;
    Problems problems;
    request.revision = revision_from(options, base, problems);
    if (options.week) {
        if (!options.days.empty()) {
            read_number(options.days, option_for(PlanField::Days), "a whole number of days",
                        request.days, problems);
        } else if (base) {
            request.days = static_cast<int>(std::min<std::size_t>(base->days.size(), kMaxPlanDays));
        }
        read_number(options.max_repeats, option_for(PlanField::MaxRepeats), "a whole number",
                    request.max_repeats, problems);
        request.coverage = option_value(options.coverage, CoverageMode::Weekly);
    } else {
        request.days = 1;
        request.coverage = CoverageMode::Daily;
    }
    read_number(options.seed, "--seed",
                "a whole number from 0 to " + std::to_string(std::numeric_limits<unsigned>::max()),
                request.seed, problems);
    // A safety net, not a schedule: a day's search usually proves its plan within the gap
    // in a few seconds, and a week's search works to fixed budgets (about a second), so
    // that the same seed gives the same plan on any machine.
    request.time_limit_seconds = 10.0;
    if (!options.time_limit.empty()) {
        read_number(options.time_limit, option_for(PlanField::TimeLimit), "a number of seconds",
                    request.time_limit_seconds, problems);
    }
    read_number(options.gap, option_for(PlanField::Gap), "a fraction", request.relative_gap,
                problems);
    request.diet = option_value(options.diet, Diet::Omnivore);
    for (const std::string& name : split_list(options.avoid)) {
        if (const auto allergen = from_string<Allergen>(name)) {
            request.avoid.push_back(*allergen);
        } else {
            problems.push_back({"--avoid", "unknown allergen \"" + name + "\"; allergens are " +
                                               names_in_words<Allergen>(", ")});
        }
    }
    request.exclude = split_list(options.exclude);
    request.allow_supplements = options.allow_supplements;
    add_checked(problems, validate_request(request));
    if (!problems.empty()) return problems;
    return request;
}

/// The household for the appended shopping list, checked by the shopping library.
Result<ShoppingOptions> shopping_from(const PlanOptions& options) {
    ShoppingOptions shopping;
    Problems problems;
    read_number(options.list.people, option_for(ShoppingField::People), "a whole number of people",
                shopping.people, problems);
    if (problems.empty()) problems = as_option_problems(validate_options(shopping));
    if (!problems.empty()) return problems;
    return shopping;
}

/// The command line that plans `request` — the request `options` made, with changes
/// applied: the options as typed, with every field a fix can change taken from `request`.
/// --out and --export-lp are left out, so that running it prints the new plan instead of
/// replacing the files of this one.
std::vector<std::string> argv_for(const PlanOptions& options, const GlobalOptions& global,
                                  const PlanRequest& request) {
    std::vector<std::string> argv{"mealplan", options.week ? "week" : "day"};
    const auto add = [&](std::string_view option, const std::string& value) {
        if (value.empty()) return;
        argv.emplace_back(option);
        argv.push_back(value);
    };
    add("--catalogue", global.catalogue_path);
    add("--dishes", global.dishes_path);
    add("--dri", global.dri_path);
    const ProfileOptions& profile = options.profile;
    add("--sex", profile.sex);
    add("--age", profile.age);
    if (profile.pregnant) argv.emplace_back("--pregnant");
    if (profile.lactating) argv.emplace_back("--lactating");
    add("--kcal", profile.kcal);
    add("--weight-kg", profile.weight_kg);
    add("--height-cm", profile.height_cm);
    add("--activity", profile.activity);
    if (options.week) {
        add(option_for(PlanField::Days), std::to_string(request.days));
        add(option_for(PlanField::Coverage), std::string(to_string(request.coverage)));
        add(option_for(PlanField::MaxRepeats), std::to_string(request.max_repeats));
    }
    add("--diet", std::string(to_string(request.diet)));
    for (const Allergen allergen : request.avoid) add("--avoid", std::string(to_string(allergen)));
    for (const std::string& text : request.exclude) add(option_for(PlanField::Exclude), text);
    if (request.allow_supplements) argv.emplace_back(option_for(PlanField::AllowSupplements));
    if (request.revision) {
        add(option_for(PlanField::From), options.from_path);
        for (const MealRef& ref : request.revision->swap)
            add(option_for(PlanField::Swap), meal_ref_text(ref));
        for (const MealRef& ref : request.revision->keep)
            add(option_for(PlanField::Keep), meal_ref_text(ref));
    }
    add("--seed", options.seed);
    add(option_for(PlanField::TimeLimit), options.time_limit);
    add(option_for(PlanField::Gap), options.gap);
    add("--format", options.format);
    if (options.week && options.list.shopping_list) {
        argv.emplace_back("--shopping-list");
        add(option_for(ShoppingField::People), options.list.people);
    }
    return argv;
}

/// Gives every checked fix of `result` the command line that applies it.
void add_fix_commands(PlanResult& result, const PlanOptions& options, const GlobalOptions& global,
                      const PlanRequest& request, const Catalogue& catalogue) {
    const auto fill = [&](CheckedFix& fix) {
        fix.argv = argv_for(options, global, apply_fixes(request, fix.changes, catalogue));
    };
    for (Diagnosis& diagnosis : result.diagnosis) {
        for (CheckedFix& fix : diagnosis.fixes) fill(fix);
    }
    if (result.fix) fill(*result.fix);
}

/// A stage of the planner and its best plan so far, for the progress line: "day 3 of 7 ·
/// best so far: 2 nutrients short", "checking fixes · best so far: objective 5.59".
std::string progress_text(const PlanProgress& progress) {
    std::string text = progress.stage;
    if (progress.nutrients_short && *progress.nutrients_short > 0) {
        text += fmt::format(" · best so far: {} nutrient{} short", *progress.nutrients_short,
                            *progress.nutrients_short == 1 ? "" : "s");
    } else if (progress.objective) {
        text += fmt::format(" · best so far: objective {:.3g}", *progress.objective);
    } else if (progress.nutrients_short) {
        text += " · best so far: every target met";
    }
    return text;
}

CommandOutcome run_plan(const PlanOptions& options, const GlobalOptions& global) {
    Problems problems;
    std::optional<Plan> base;
    if (!options.from_path.empty()) {
        auto loaded = load_plan(options.from_path);
        if (!loaded) return CommandOutcome::bad_input(std::move(loaded).problems());
        base = std::move(*loaded);
    }
    auto request = request_from(options, base);
    auto profile = profile_from_options(options.profile);
    auto shopping = shopping_from(options);
    if (!request) problems = request.problems();
    if (!profile)
        problems.insert(problems.end(), profile.problems().begin(), profile.problems().end());
    if (!shopping)
        problems.insert(problems.end(), shopping.problems().begin(), shopping.problems().end());
    if (!problems.empty()) return CommandOutcome::bad_input(std::move(problems));

    auto targets = targets_from_dri_file(global.dri_or_default(), *profile);
    if (!targets) return CommandOutcome::bad_input(std::move(targets).problems());
    auto catalogue = load_kitchen_catalogue(global);
    if (!catalogue) return CommandOutcome::bad_input(std::move(catalogue).problems());
    auto dishes = load_kitchen_dishes(global, *catalogue);
    if (!dishes) return CommandOutcome::bad_input(std::move(dishes).problems());
    auto rules = load_food_rules(find_data_dir(), *catalogue);
    if (!rules) return CommandOutcome::bad_input(std::move(rules).problems());
    // What the list of the plan is bought as, read before the search so that a bad file
    // costs no solve (the HTML page carries the list even without --shopping-list).
    ShoppingData shopping_data;
    load_shopping_data(global, *catalogue, {options.list.prices_path, options.list.staples_path},
                       PlanPerson{std::string(to_string(profile->sex)), profile->age_years},
                       shopping_data, *shopping, problems);
    if (!problems.empty()) return CommandOutcome::bad_input(std::move(problems));

    // A plan cut short by a signal is not the plan asked for: deliver() writes nothing.
    request->interrupt = interrupt_flag();
    auto outcome = [&] {
        ProgressLine progress(options.week ? "Planning the week" : "Planning the day");
        request->progress = [&progress](const PlanProgress& now) {
            progress.show(progress_text(now));
        };
        auto planned = plan_meals(*request, *catalogue, planner_dishes(*dishes), *rules, *targets);
        request->progress = nullptr;  // the line it draws on ends here
        return planned;
    }();
    if (!outcome) return CommandOutcome::bad_input(as_option_problems(outcome.problems()));
    PlanResult& result = outcome->result;
    add_fix_commands(result, options, global, *request, *catalogue);

    std::vector<Output> outputs;
    if (!options.export_lp_path.empty()) {
        outputs.push_back(
            {"--export-lp", options.export_lp_path, solver::write_lp(outcome->solved_model)});
    }
    const ReportFormat format = option_value(options.format, ReportFormat::Text);
    PlanView view = plan_view(result, *catalogue, fix_words);
    view.every_source = options.detail;
    // The HTML page always carries the list: it is the page taken to the shop.
    const bool list_wanted =
        format == ReportFormat::Html || (options.week && options.list.shopping_list);
    if (list_wanted && result.status != PlanStatus::NoPlan &&
        result.status != PlanStatus::TimeLimit) {
        view.shopping_list = build_shopping_list(result.plan, *catalogue, *shopping);
    }
    const TextOptions text_options =
        text_options_for(options.out_path, !options.week || options.detail);
    outputs.push_back({"--out", options.out_path, render_plan(view, format, text_options)});
    std::vector<Input> inputs = {{"--catalogue", global.catalogue_or_default()},
                                 {"--dishes", global.dishes_or_default()},
                                 {"--dri", global.dri_or_default()}};
    if (base) inputs.push_back({"--from", options.from_path});

    switch (result.status) {
        case PlanStatus::Optimal:
        case PlanStatus::Feasible:
            return produced(std::move(outputs), inputs);
        case PlanStatus::Shortfall:
            return produced(std::move(outputs), inputs, kExitShortfall,
                            {{"", "some targets cannot be met; see the shortfalls and diagnosis"}});
        case PlanStatus::TimeLimit:
            return produced(std::move(outputs), inputs, kExitShortfall,
                            {{"--time-limit", fmt::format("no plan found in {:.2f} s: {}",
                                                          result.seconds, kTimeLimitAdvice)}});
        case PlanStatus::NoPlan:
            break;
    }
    return produced(std::move(outputs), inputs, kExitShortfall,
                    {{"", "no plan could be built: " + result.no_plan_reason}});
}

void add_shared_options(CLI::App& command, PlanOptions& options) {
    add_profile_options(command, options.profile);
    command.add_option("--exclude", options.exclude,
                       "Foods to leave out, by id, name or aisle (comma-separated or repeated)");
    command.add_option("--diet", options.diet, "Diet (default: omnivore)")
        ->check(enum_names<Diet>());
    command.add_option(
        "--avoid", options.avoid,
        "Allergens to avoid (comma-separated or repeated): " + names_in_words<Allergen>(", "));
    command.add_option("--seed", options.seed,
                       "Tie-breaking seed: another seed, another plan (default 1)");
    command
        .add_option(
            "--format", options.format,
            "Output format: text, markdown, json or html (a self-contained page) (default: text)")
        ->check(enum_names<ReportFormat>());
    command.add_option("--out", options.out_path, "Write to FILE (replaced atomically)");
    command.add_option("--export-lp", options.export_lp_path,
                       "Write the model solved to FILE (CPLEX LP)");
    command.add_option("--time-limit", options.time_limit,
                       "Seconds to search for better plans at most (default 10); a first plan "
                       "is always sought, for up to 120 s or this long if longer. A day's "
                       "search stops once the plan is within --gap, a week's after a fixed "
                       "budget");
    command.add_option("--gap", options.gap,
                       "Stop when the plan is proven within this relative gap (0.01)");
    command.add_flag(
        "--allow-supplements", options.allow_supplements,
        "Allow vitamin D3, B12, magnesium, calcium and B-complex tablets where food falls short");
    const std::string meal = options.week ? "DAY:SLOT" : "SLOT";
    command.add_option("--from", options.from_path,
                       "Change this plan (plan JSON) instead of planning afresh: --swap and "
                       "--keep meals, the rest kept where every target still holds");
    command.add_option("--swap", options.swap,
                       "Meals of the --from plan to serve with another dish, as " + meal +
                           (options.week ? " (DAY 1, 2, … or mon … sun)" : "") +
                           " (comma-separated or repeated)");
    command.add_option("--keep", options.keep,
                       "Meals of the --from plan to keep exactly as they are, as " + meal +
                           " (comma-separated or repeated)");
}

}  // namespace

void add_plan_commands(CLI::App& app, const GlobalOptions& global, CommandAction& action) {
    auto day = std::make_shared<PlanOptions>();
    auto* day_command =
        app.add_subcommand("day", "A one-day meal plan that meets a person's nutrient targets");
    add_shared_options(*day_command, *day);
    day_command->add_flag("--detail", day->detail,
                          "Text and markdown: where every nutrient with a minimum comes from, "
                          "with all its foods (default: the headline groups, top three)");
    day_command->callback(
        [&action, &global, day] { action = [day, &global] { return run_plan(*day, global); }; });

    auto week = std::make_shared<PlanOptions>();
    week->week = true;
    auto* week_command = app.add_subcommand(
        "week", "A week (or --days N) of varied meals that meets a person's nutrient targets");
    add_shared_options(*week_command, *week);
    week_command->add_option("--days", week->days,
                             "Number of days, 1–" + std::to_string(kMaxPlanDays) +
                                 " (default 7, or the days of the --from plan)");
    week_command
        ->add_option("--coverage", week->coverage,
                     "daily, or weekly: vitamin D, B12, A and folate as a weekly average (default)")
        ->check(enum_names<CoverageMode>());
    week_command->add_option("--max-repeats", week->max_repeats,
                             "Times a dish may appear (default 2)");
    week_command->add_flag("--detail", week->detail,
                           "Text: every day in full (meals with their foods, a coverage table "
                           "per day) instead of the week at a glance; text and markdown: where "
                           "every nutrient with a minimum comes from, with all its foods");
    add_plan_list_options(*week_command, week->list);
    week_command->callback(
        [&action, &global, week] { action = [week, &global] { return run_plan(*week, global); }; });
}

}  // namespace mealplan::cli

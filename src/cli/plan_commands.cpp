// `mealplan day` and `mealplan week`: a one-day or multi-day meal plan for a person
// (DESIGN §4, §6). Parse → PlanRequest → plan_meals → render → emit; exit 3 when a target
// cannot be met (the plan and its diagnosis are still printed).

#include <CLI/CLI.hpp>
#include <charconv>
#include <memory>
#include <nlohmann/json.hpp>

#include "catalogue/catalogue.hpp"
#include "cli/command.hpp"
#include "cli/interrupt.hpp"
#include "cli/output.hpp"
#include "cli/profile_options.hpp"
#include "core/files.hpp"
#include "dishes/dishes_json.hpp"
#include "dri/dri_table.hpp"
#include "dri/targets.hpp"
#include "planner/planner.hpp"
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
    std::string diet = "omnivore";
    std::vector<std::string> avoid;
    std::string seed = "1";
    std::string format = "text";
    std::string out_path;
    std::string export_lp_path;
    std::string time_limit;
    std::string gap = "0.01";
    bool allow_supplements = false;
    std::string days = "7";
    std::string coverage = "weekly";
    std::string max_repeats = "2";
    bool shopping_list = false;
    std::string people = "1";
};

/// "a,b" and repeated options alike, trimmed, empty parts dropped.
std::vector<std::string> split_list(const std::vector<std::string>& values) {
    std::vector<std::string> parts;
    for (const std::string& value : values) {
        std::size_t start = 0;
        while (start <= value.size()) {
            std::size_t comma = value.find(',', start);
            if (comma == std::string::npos) comma = value.size();
            std::string part = value.substr(start, comma - start);
            part.erase(0, part.find_first_not_of(" \t"));
            part.erase(part.find_last_not_of(" \t") + 1);
            if (!part.empty()) parts.push_back(part);
            start = comma + 1;
        }
    }
    return parts;
}

template <class Number>
std::optional<Number> parse_number(const std::string& text) {
    Number value{};
    const char* end = text.data() + text.size();
    auto [ptr, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || ptr != end) return std::nullopt;
    return value;
}

Result<PlanRequest> request_from(const PlanOptions& options) {
    PlanRequest request;
    Problems problems;
    if (options.week) {
        auto days = parse_number<int>(options.days);
        if (!days || *days < 1 || *days > 28) {
            problems.push_back({"--days", "must be a whole number of days from 1 to 28, got \"" +
                                              options.days + "\""});
        } else {
            request.days = *days;
        }
        auto repeats = parse_number<int>(options.max_repeats);
        if (!repeats || *repeats < 1) {
            problems.push_back({"--max-repeats",
                                "must be a whole number ≥ 1, got \"" + options.max_repeats + "\""});
        } else {
            request.max_repeats = *repeats;
        }
        if (options.coverage == "daily") {
            request.coverage = CoverageMode::Daily;
        } else if (options.coverage == "weekly") {
            request.coverage = CoverageMode::Weekly;
        } else {
            problems.push_back(
                {"--coverage", "must be daily or weekly, got \"" + options.coverage + "\""});
        }
    } else {
        request.days = 1;
        request.coverage = CoverageMode::Daily;
    }
    if (auto seed = parse_number<unsigned>(options.seed)) {
        request.seed = *seed;
    } else {
        problems.push_back({"--seed", "must be a whole number ≥ 0, got \"" + options.seed + "\""});
    }
    // A safety net, not a schedule: a day's search usually proves its plan within the gap
    // in a few seconds, and a week's search works to fixed budgets (about a second), so
    // that the same seed gives the same plan on any machine.
    request.time_limit_seconds = 10.0;
    if (!options.time_limit.empty()) {
        auto seconds = parse_number<double>(options.time_limit);
        if (!seconds || !(*seconds > 0.0) || *seconds > 3600.0) {
            problems.push_back(
                {"--time-limit", "must be a number of seconds above 0 and at most 3600, got \"" +
                                     options.time_limit + "\""});
        } else {
            request.time_limit_seconds = *seconds;
        }
    }
    auto gap = parse_number<double>(options.gap);
    if (!gap || !(*gap >= 0.0) || *gap >= 1.0) {
        problems.push_back(
            {"--gap", "must be a fraction from 0 to below 1, got \"" + options.gap + "\""});
    } else {
        request.relative_gap = *gap;
    }
    if (auto diet = diet_from_string(options.diet)) {
        request.diet = *diet;
    } else {
        problems.push_back({"--diet", "must be omnivore, pescatarian, vegetarian or vegan, got \"" +
                                          options.diet + "\""});
    }
    for (const std::string& name : split_list(options.avoid)) {
        if (auto allergen = allergen_from_string(name)) {
            request.avoid.push_back(*allergen);
        } else {
            problems.push_back(
                {"--avoid", "unknown allergen \"" + name +
                                "\"; allergens are milk, egg, fish, shellfish, tree_nuts, "
                                "peanuts, wheat, soy, sesame"});
        }
    }
    request.exclude = split_list(options.exclude);
    request.allow_supplements = options.allow_supplements;
    if (options.format != "text" && options.format != "markdown" && options.format != "json") {
        problems.push_back(
            {"--format", "must be text, markdown or json, got \"" + options.format + "\""});
    }
    auto people = parse_number<int>(options.people);
    if (!people || *people < 1 || *people > 100) {
        problems.push_back(
            {"--people", "must be a whole number from 1 to 100, got \"" + options.people + "\""});
    }
    if (!problems.empty()) return problems;
    return request;
}

std::vector<PlannerDish> planner_dishes(const std::vector<Dish>& dishes) {
    std::vector<PlannerDish> out;
    for (const Dish& dish : dishes) {
        PlannerDish planner_dish{dish.id, dish.name, {}, dish.slots};
        for (const Ingredient& ingredient : dish.ingredients) {
            planner_dish.ingredients.push_back({ingredient.food_id, ingredient.grams});
        }
        out.push_back(std::move(planner_dish));
    }
    return out;
}

std::string with_shopping_list(const std::string& plan_text, const PlanResult& result,
                               const Catalogue& catalogue, const PlanOptions& options,
                               ReportFormat format) {
    ShoppingOptions shopping;
    shopping.people = *parse_number<int>(options.people);
    const ShoppingList list = build_shopping_list(result.plan, catalogue, shopping);
    if (format == ReportFormat::Json) {
        // One JSON document: the plan with its shopping list as a member.
        nlohmann::ordered_json plan = nlohmann::ordered_json::parse(plan_text);
        plan["shopping_list"] = nlohmann::ordered_json::parse(
            render_shopping_list(list, ShoppingFormat::Json, Units::Metric));
        return plan.dump(2) + "\n";
    }
    const ShoppingFormat shopping_format =
        format == ReportFormat::Markdown ? ShoppingFormat::Markdown : ShoppingFormat::Text;
    return plan_text + "\n" + render_shopping_list(list, shopping_format, Units::Metric);
}

CommandOutcome run_plan(const PlanOptions& options, const GlobalOptions& global) {
    Problems problems;
    auto request = request_from(options);
    auto profile = profile_from_options(options.profile);
    if (!request) problems = request.problems();
    if (!profile)
        problems.insert(problems.end(), profile.problems().begin(), profile.problems().end());
    if (!problems.empty()) return CommandOutcome::bad_input(std::move(problems));

    auto table = load_dri(global.dri_or_default());
    if (!table) return CommandOutcome::bad_input(std::move(table).problems());
    auto targets = targets_for(*table, *profile);
    if (!targets) return CommandOutcome::bad_input(std::move(targets).problems());
    auto catalogue = load_catalogue(global.catalogue_or_default());
    if (!catalogue) return CommandOutcome::bad_input(std::move(catalogue).problems());
    auto dishes = load_dishes(global.dishes_or_default(), *catalogue);
    if (!dishes) return CommandOutcome::bad_input(std::move(dishes).problems());

    const InterruptGuard interrupt;
    request->interrupt = interrupt.flag();
    auto outcome = plan_meals(*request, *catalogue, planner_dishes(*dishes), *targets);
    if (interrupt.interrupted()) {
        // A plan cut short is not the plan asked for: nothing is written.
        return {kExitInterrupted, {{"", "interrupted (Ctrl-C); nothing written"}}};
    }
    if (!outcome) return CommandOutcome::bad_input(std::move(outcome).problems());
    const PlanResult& result = outcome->result;

    if (!options.export_lp_path.empty()) {
        if (auto problem = write_file_atomically(options.export_lp_path,
                                                 solver::write_lp(outcome->solved_model))) {
            return CommandOutcome::bad_input({{"--export-lp", problem->what}});
        }
    }
    const ReportFormat format = *report_format_from_string(options.format);
    std::string text = render_plan(result, *catalogue, format);
    if (options.week && options.shopping_list && result.status != PlanStatus::NoPlan) {
        text = with_shopping_list(text, result, *catalogue, options, format);
    }
    if (auto problem = emit(text, options.out_path))
        return CommandOutcome::bad_input({std::move(*problem)});

    switch (result.status) {
        case PlanStatus::Optimal:
        case PlanStatus::Feasible:
            return {};
        case PlanStatus::Shortfall:
            return {kExitShortfall,
                    {{"", "some targets cannot be met; see the shortfalls and diagnosis"}}};
        case PlanStatus::NoPlan:
            break;
    }
    return {kExitShortfall, {{"", "no plan could be built: " + result.no_plan_reason}}};
}

void add_shared_options(CLI::App& command, PlanOptions& options) {
    add_profile_options(command, options.profile);
    command.add_option("--exclude", options.exclude,
                       "Foods to leave out, by id, name or aisle (comma-separated or repeated)");
    command.add_option("--diet", options.diet, "omnivore, pescatarian, vegetarian or vegan");
    command.add_option(
        "--avoid", options.avoid,
        "Allergens to avoid: milk, egg, fish, shellfish, tree_nuts, peanuts, wheat, soy, sesame");
    command.add_option("--seed", options.seed,
                       "Tie-breaking seed: another seed, another plan (default 1)");
    command.add_option("--format", options.format, "text, markdown or json (default: text)");
    command.add_option("--out", options.out_path, "Write to FILE (replaced atomically)");
    command.add_option("--export-lp", options.export_lp_path,
                       "Write the model solved to FILE (CPLEX LP)");
    command.add_option("--time-limit", options.time_limit,
                       "Seconds to search for better plans at most (default 10); a day's search "
                       "stops once the plan is within --gap, a week's after a fixed budget");
    command.add_option("--gap", options.gap,
                       "Stop when the plan is proven within this relative gap (0.01)");
    command.add_flag(
        "--allow-supplements", options.allow_supplements,
        "Allow vitamin D3, B12, magnesium, calcium and B-complex tablets where food falls short");
}

}  // namespace

void add_plan_commands(CLI::App& app, const GlobalOptions& global, CommandAction& action) {
    auto day = std::make_shared<PlanOptions>();
    auto* day_command =
        app.add_subcommand("day", "A one-day meal plan that meets a person's nutrient targets");
    add_shared_options(*day_command, *day);
    day_command->callback(
        [&action, &global, day] { action = [day, &global] { return run_plan(*day, global); }; });

    auto week = std::make_shared<PlanOptions>();
    week->week = true;
    auto* week_command = app.add_subcommand(
        "week", "A week (or --days N) of varied meals that meets a person's nutrient targets");
    add_shared_options(*week_command, *week);
    week_command->add_option("--days", week->days, "Number of days, 1–28 (default 7)");
    week_command->add_option(
        "--coverage", week->coverage,
        "daily, or weekly: vitamin D, B12, A and folate as a weekly average (default)");
    week_command->add_option("--max-repeats", week->max_repeats,
                             "Times a dish may appear (default 2)");
    week_command->add_flag("--shopping-list", week->shopping_list,
                           "Append the shopping list for the plan");
    week_command->add_option("--people", week->people,
                             "Household size for the shopping list (default 1)");
    week_command->callback(
        [&action, &global, week] { action = [week, &global] { return run_plan(*week, global); }; });
}

}  // namespace mealplan::cli

#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "catalogue/catalogue.hpp"
#include "catalogue/food_query.hpp"
#include "cli/command.hpp"
#include "cli/output.hpp"

namespace mealplan::cli {
namespace {

struct FoodsOptions {
    std::string source;
    std::string search;
    std::string aisle;
    std::string format = "text";
    std::string out_path;
};

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string text;
    for (const auto& part : parts) {
        if (!text.empty()) text += separator;
        text += part;
    }
    return text;
}

/// "µg" amounts of a few hundredths matter (B12), "mg" amounts of hundreds do not need
/// decimals: three significant digits, at most two decimals.
std::string format_amount(double value) {
    if (value >= 100.0) return fmt::format("{:.0f}", value);
    if (value >= 10.0) return fmt::format("{:.1f}", value);
    return fmt::format("{:.2f}", value);
}

std::string claims_summary(const Food& food) {
    std::vector<std::string> excellent;
    std::vector<std::string> good;
    for (const auto& [nutrient, level] : food.sources) {
        auto& list = level == SourceLevel::Excellent ? excellent : good;
        list.emplace_back(info(nutrient).label);
    }
    std::vector<std::string> parts;
    if (!excellent.empty()) parts.push_back("excellent: " + join(excellent, ", "));
    if (!good.empty()) parts.push_back("good: " + join(good, ", "));
    return join(parts, " · ");
}

std::string food_list_text(const std::vector<const Food*>& foods) {
    if (foods.empty()) return "No food matches.\n";
    std::string text = fmt::format("{:<6} {:<46} {:<20} {}\n", "ID", "Food", "Aisle",
                                   "Source of (per reference serving)");
    for (const Food* food : foods) {
        text += fmt::format("{:<6} {:<46} {:<20} {}\n", food->id, food->name, food->aisle,
                            claims_summary(*food));
    }
    text += fmt::format("{} food{}\n", foods.size(), foods.size() == 1 ? "" : "s");
    return text;
}

std::string sources_text(const std::vector<SourceRanking>& ranking, Nutrient nutrient) {
    const auto& nutrient_info = info(nutrient);
    std::string text;
    if (nutrient_info.daily_value) {
        text += fmt::format(
            "Sources of {} (Daily Value {} {}), per reference serving; 21 CFR 101.54: "
            "good ≥ 10 % DV, excellent ≥ 20 %\n\n",
            nutrient_info.label, format_amount(*nutrient_info.daily_value), nutrient_info.unit);
    } else {
        text += fmt::format("Foods containing {} ({} per reference serving; no Daily Value)\n\n",
                            nutrient_info.label, nutrient_info.unit);
    }
    if (ranking.empty()) return text + "No food matches.\n";
    text += fmt::format("{:<6} {:<46} {:<24} {:>10} {:>6}\n", "ID", "Food", "Serving",
                        nutrient_info.unit, "% DV");
    for (const auto& entry : ranking) {
        const std::string percent =
            entry.percent_daily_value ? fmt::format("{:.1f} %", *entry.percent_daily_value) : "";
        const std::string level = entry.level ? std::string(to_string(*entry.level)) : "";
        text += fmt::format("{:<6} {:<46} {:<24} {:>10} {:>6}  {}\n", entry.food->id,
                            entry.food->name, entry.food->serving_label,
                            format_amount(entry.amount_per_serving), percent, level);
    }
    return text;
}

CommandOutcome run_foods(const FoodsOptions& options, const GlobalOptions& global) {
    std::optional<Nutrient> nutrient;
    if (!options.source.empty()) {
        nutrient = nutrient_from_name(options.source);
        if (!nutrient) {
            return CommandOutcome::bad_input(
                {{"--source", "unknown nutrient '" + options.source +
                                  "'; valid names: " + join(nutrient_names_for_help(), ", ")}});
        }
    }
    if (!options.aisle.empty() && !is_known_aisle(options.aisle)) {
        std::vector<std::string> aisles;
        for (const auto aisle : aisles_in_store_order()) aisles.emplace_back(aisle);
        return CommandOutcome::bad_input(
            {{"--aisle", "unknown aisle '" + options.aisle + "'; aisles: " + join(aisles, ", ")}});
    }
    auto catalogue = load_catalogue(global.catalogue_or_default());
    if (!catalogue) return CommandOutcome::bad_input(std::move(catalogue).problems());

    std::vector<const Food*> foods;
    for (const auto& food : catalogue->foods) {
        if (options.aisle.empty() || food.aisle == options.aisle) foods.push_back(&food);
    }
    foods = search_foods(foods, options.search);

    std::vector<SourceRanking> ranking;
    if (nutrient) {
        ranking = rank_sources(foods, *nutrient);
        foods.clear();
        for (const auto& entry : ranking) foods.push_back(entry.food);
    }

    std::string text;
    if (options.format == "json") {
        Catalogue selection;
        selection.source = catalogue->source;
        for (const Food* food : foods) selection.foods.push_back(*food);
        text = catalogue_to_json(selection);
    } else {
        text = nutrient ? sources_text(ranking, *nutrient) : food_list_text(foods);
    }
    if (auto problem = emit(text, options.out_path)) return CommandOutcome::bad_input({*problem});
    return {};
}

}  // namespace

void add_foods_command(CLI::App& app, const GlobalOptions& global, CommandAction& action) {
    auto options = std::make_shared<FoodsOptions>();
    auto* command = app.add_subcommand(
        "foods", "List catalogue foods, search them, or rank the sources of a nutrient");
    command->add_option("--source", options->source,
                        "Rank the good and excellent sources of this nutrient (magnesium_mg, "
                        "magnesium, b12, vitamin-d …)");
    command->add_option("--search", options->search,
                        "Only foods whose name contains every word of TEXT (case-insensitive)");
    command->add_option("--aisle", options->aisle, "Only foods of this aisle (e.g. produce)");
    command->add_option("--format", options->format, "Output format")
        ->check(CLI::IsMember({"text", "json"}));
    command->add_option("--out", options->out_path,
                        "Write to this file (replaced atomically) instead of standard output");
    command->callback([options, &global, &action] {
        action = [options, &global] { return run_foods(*options, global); };
    });
}

}  // namespace mealplan::cli

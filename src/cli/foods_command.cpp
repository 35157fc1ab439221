#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "catalogue/catalogue.hpp"
#include "catalogue/food_query.hpp"
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "core/data_paths.hpp"
#include "usda/importer.hpp"
#include "usda/sr28_table.hpp"

namespace mealplan::cli {
namespace {

struct FoodsOptions {
    std::string source;
    std::string search;
    std::string aisle;
    std::string format = "text";
    std::string out_path;
    bool whole_sr28 = false;
    std::string sr28_table_path;
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

/// Foods of the whole SR28 table whose description holds every word of `text`.
std::vector<const usda::Sr28TableFood*> search_table(const std::vector<usda::Sr28TableFood>& table,
                                                     const std::string& text) {
    std::vector<const usda::Sr28TableFood*> matches;
    for (const auto& food : table) {
        if (matches_all_words(food.description, text)) matches.push_back(&food);
    }
    return matches;
}

std::string table_text(const std::vector<const usda::Sr28TableFood*>& foods) {
    if (foods.empty()) return "No SR28 food matches.\n";
    std::string text = fmt::format("{:<6} {:<70} {}\n", "NDB", "SR28 description", "Food group");
    for (const auto* food : foods) {
        text += fmt::format("{:<6} {:<70} {}\n", food->id, food->description, food->food_group);
    }
    text += fmt::format("{} SR28 food{}\n", foods.size(), foods.size() == 1 ? "" : "s");
    return text;
}

/// JSON of table rows: id, name, food group, portions and nutrients per 100 g (null for
/// unknown), the members a catalogue food takes from SR28.
std::string table_json(const std::vector<const usda::Sr28TableFood*>& foods) {
    using Json = nlohmann::ordered_json;
    Json root;
    root["schema"] = "mealplan.sr28-foods/1";
    root["source"] = usda::kSr28Citation;
    root["foods"] = Json::array();
    for (const auto* row : foods) {
        Json food;
        food["id"] = row->id;
        food["name"] = row->description;
        food["usda_food_group"] = row->food_group;
        food["portions"] = Json::array();
        for (const auto& portion : row->portions) {
            food["portions"].push_back({{"amount", portion.amount},
                                        {"measure", portion.measure},
                                        {"grams", portion.grams}});
        }
        Json nutrients = Json::object();
        for (const auto& entry : all_nutrients()) {
            const auto& value = row->per_100g[index(entry.nutrient)];
            nutrients[std::string(entry.key)] = value ? Json(*value) : Json(nullptr);
        }
        food["nutrients"] = nutrients;
        root["foods"].push_back(food);
    }
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

CommandOutcome run_foods_whole_sr28(const FoodsOptions& options) {
    if (!options.source.empty() || !options.aisle.empty()) {
        return CommandOutcome::bad_input(
            {{"--all", "searches the whole SR28 table by name only (use --search)"}});
    }
    const std::string path = options.sr28_table_path.empty()
                                 ? (find_data_dir() / "sr28" / "sr28-foods.tsv.gz").string()
                                 : options.sr28_table_path;
    auto table = usda::load_sr28_table(path);
    if (!table) return CommandOutcome::bad_input(std::move(table).problems());
    const auto matches = search_table(table.value(), options.search);
    const std::string text = options.format == "json" ? table_json(matches) : table_text(matches);
    if (auto problem = emit(text, options.out_path)) return CommandOutcome::bad_input({*problem});
    return {};
}

CommandOutcome run_foods(const FoodsOptions& options, const GlobalOptions& global) {
    if (options.whole_sr28) return run_foods_whole_sr28(options);
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
    command->add_flag("--all", options->whole_sr28,
                      "Search the whole USDA SR28 table (8,789 foods) instead of the catalogue");
    command->add_option("--sr28-table", options->sr28_table_path,
                        "SR28 table for --all (default: the shipped data/sr28/sr28-foods.tsv.gz)");
    command->callback([options, &global, &action] {
        action = [options, &global] { return run_foods(*options, global); };
    });
}

}  // namespace mealplan::cli

#include "shopping/pantry.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "catalogue/food_units.hpp"
#include "core/csv.hpp"
#include "core/files.hpp"
#include "core/json_input.hpp"
#include "core/text.hpp"
#include "shopping/food_reference.hpp"

namespace mealplan {
namespace {

using nlohmann::json;

bool looks_like_json(std::string_view text, std::string_view file_label) {
    if (file_label.size() >= 5 && lowercase(file_label.substr(file_label.size() - 5)) == ".json") {
        return true;
    }
    const auto first = text.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && (text[first] == '{' || text[first] == '[');
}

void read_json_pantry(std::string_view text, const std::string& label,
                      std::vector<PantryLine>& lines, Problems& problems) {
    auto parsed = json_input::parse(text, label);
    if (!parsed) {
        for (const Problem& problem : parsed.problems()) problems.push_back(problem);
        return;
    }
    const json document = std::move(*parsed);
    if (!document.is_object() || !document.contains("pantry") || !document["pantry"].is_array()) {
        problems.push_back({label + ":/pantry",
                            "missing: a pantry file is {\"pantry\": [{\"food\": …, \"amount\": "
                            "…, \"unit\": …}]}"});
        return;
    }
    const auto& entries = document["pantry"];
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::string pointer = label + ":/pantry/" + std::to_string(i);
        const auto& entry = entries[i];
        if (!entry.is_object()) {
            problems.push_back(
                {pointer, "must be an object with \"food\", \"amount\" and \"unit\""});
            continue;
        }
        PantryLine line;
        line.food_where = pointer + "/food";
        line.unit_where = pointer + "/unit";
        bool good = true;
        const auto food = entry.find("food");
        if (food == entry.end() || !food->is_string()) {
            problems.push_back(
                {line.food_where, "must be the food's NDB number or name, as a string"});
            good = false;
        } else {
            line.food = food->get<std::string>();
        }
        const auto amount = entry.find("amount");
        if (amount == entry.end() || !amount->is_number() ||
            !std::isfinite(amount->get<double>())) {
            problems.push_back({pointer + "/amount", "must be a number"});
            good = false;
        } else if (amount->get<double>() < 0.0) {
            problems.push_back({pointer + "/amount", "is negative: an amount at home is ≥ 0"});
            good = false;
        } else {
            line.amount = amount->get<double>();
        }
        const auto unit = entry.find("unit");
        if (unit != entry.end() && !unit->is_null()) {
            if (unit->is_string()) {
                line.unit = unit->get<std::string>();
            } else {
                problems.push_back({line.unit_where, "must be a unit such as \"g\" or \"cup\""});
                good = false;
            }
        }
        if (good) lines.push_back(std::move(line));
    }
}

void read_csv_pantry(std::string_view text, const std::string& label,
                     std::vector<PantryLine>& lines, Problems& problems) {
    auto rows = parse_csv(text, label);
    if (!rows) {
        problems = std::move(rows).problems();
        return;
    }
    if (rows->empty()) {
        problems.push_back({label + ":1", "empty: expected the header food,amount,unit"});
        return;
    }
    const auto& header = rows->front().fields;
    const bool header_ok = (header.size() == 3 || header.size() == 2) &&
                           lowercase(trimmed(header[0])) == "food" &&
                           lowercase(trimmed(header[1])) == "amount" &&
                           (header.size() == 2 || lowercase(trimmed(header[2])) == "unit");
    if (!header_ok) {
        problems.push_back({label + ":" + std::to_string(rows->front().line),
                            "the first line must be the header food,amount,unit"});
        return;
    }
    for (std::size_t r = 1; r < rows->size(); ++r) {
        const auto& row = (*rows)[r];
        const std::string where = label + ":" + std::to_string(row.line);
        if (row.fields.size() < 2 || row.fields.size() > 3) {
            problems.push_back({where, "expected food,amount,unit but found " +
                                           std::to_string(row.fields.size()) + " fields"});
            continue;
        }
        PantryLine line;
        line.food_where = where;
        line.unit_where = where;
        line.food = trimmed(row.fields[0]);
        line.unit = row.fields.size() == 3 ? trimmed(row.fields[2]) : std::string();
        const auto amount_text = trimmed(row.fields[1]);
        const auto amount = parse_number<double>(amount_text);
        if (!amount) {
            problems.push_back({where, "amount \"" + amount_text + "\" is not a number"});
            continue;
        }
        if (*amount < 0.0) {
            problems.push_back({where, "amount " + amount_text +
                                           " is negative: an amount at "
                                           "home is ≥ 0"});
            continue;
        }
        line.amount = *amount;
        lines.push_back(std::move(line));
    }
}

void read_pantry(std::string_view text, std::string_view file_label, std::vector<PantryLine>& lines,
                 Problems& problems) {
    const std::string label(file_label);
    if (looks_like_json(text, file_label)) {
        read_json_pantry(text, label, lines, problems);
    } else {
        read_csv_pantry(text, label, lines, problems);
    }
}

/// Converts the lines, adding a problem for each line that cannot be.
std::map<FoodId, double> convert(const std::vector<PantryLine>& lines, const Catalogue& catalogue,
                                 Problems& problems) {
    std::map<FoodId, double> grams;
    for (const auto& line : lines) {
        auto food = find_food(catalogue, line.food);
        if (!food) {
            problems.push_back({line.food_where, food.problems().front().what});
            continue;
        }
        const auto amount = grams_of_amount(**food, line.amount, line.unit);
        if (!amount) {
            problems.push_back(
                {line.unit_where, (line.unit.empty() ? std::string("no unit given")
                                                     : "unknown unit \"" + line.unit + "\"") +
                                      " for " + (*food)->name + ": use " + units_for(**food)});
            continue;
        }
        // A pantry holds kilograms, not tonnes: a larger amount is a slip of the unit, and
        // the bound keeps the sums finite.
        constexpr double kMaxPantryGrams = 1e7;
        if (!(*amount <= kMaxPantryGrams)) {
            problems.push_back({line.unit_where, "is more than 10 tonnes of " + (*food)->name +
                                                     ": check the amount and the unit"});
            continue;
        }
        grams[(*food)->id] += *amount;
    }
    return grams;
}

}  // namespace

Result<std::vector<PantryLine>> parse_pantry(std::string_view text, std::string_view file_label) {
    std::vector<PantryLine> lines;
    Problems problems;
    read_pantry(text, file_label, lines, problems);
    if (!problems.empty()) return problems;
    return lines;
}

Result<std::map<FoodId, double>> pantry_grams(const std::vector<PantryLine>& lines,
                                              const Catalogue& catalogue) {
    Problems problems;
    auto grams = convert(lines, catalogue, problems);
    if (!problems.empty()) return problems;
    return grams;
}

Result<std::map<FoodId, double>> load_pantry(const std::filesystem::path& path,
                                             const Catalogue& catalogue) {
    constexpr std::size_t kMaxPantryBytes = std::size_t{16} << 20;
    auto text = read_file(path, kMaxPantryBytes);
    if (!text) return std::move(text).problems();
    // Lines that parse are converted even when others do not, so that one run lists
    // every problem of the file.
    std::vector<PantryLine> lines;
    Problems problems;
    read_pantry(*text, path.string(), lines, problems);
    auto grams = convert(lines, catalogue, problems);
    if (!problems.empty()) {
        // In file order: by the first number after the label (the line, or the index in
        // /pantry/3/…), whichever pass found the problem.
        const auto place = [skip = path.string().size()](const Problem& problem) {
            const auto digits = problem.where.find_first_of("0123456789", skip);
            return digits == std::string::npos
                       ? 0UL
                       : std::strtoul(problem.where.c_str() + digits, nullptr, 10);
        };
        std::stable_sort(
            problems.begin(), problems.end(),
            [&place](const Problem& a, const Problem& b) { return place(a) < place(b); });
        return problems;
    }
    return grams;
}

}  // namespace mealplan

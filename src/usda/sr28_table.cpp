#include "usda/sr28_table.hpp"

#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

#include "core/files.hpp"
#include "core/text.hpp"

namespace mealplan::usda {
namespace {

// ndb_no, description, food_group_code, food_group, refuse_percent, refuse_description,
// portions
constexpr std::size_t kFixedColumns = 7;
constexpr std::size_t kMaxTableBytes = std::size_t{256} << 20;

/// Shortest text that reads back as the same double ("0.074", "79").
std::string format_number(double value) {
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

/// SR28 text never holds the table's separators; replace them anyway so a line always
/// has its columns.
std::string clean(std::string text) {
    for (auto& c : text) {
        if (c == '\t' || c == '\n' || c == '\r' || c == '|' || c == ';') c = ' ';
    }
    return text;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const auto at = text.find(separator, start);
        parts.push_back(text.substr(start, at - start));
        if (at == std::string_view::npos) return parts;
        start = at + 1;
    }
}

std::string header_line() {
    std::string line =
        "ndb_no\tdescription\tfood_group_code\tfood_group\trefuse_percent\trefuse_description\t"
        "portions";
    for (const auto& entry : all_nutrients()) {
        line += '\t';
        line += entry.key;
    }
    return line + "\n";
}

}  // namespace

std::string sr28_table_tsv(const Sr28Database& database) {
    std::string text = header_line();
    for (const auto& food : database.foods) {
        text += food.id + "\t" + clean(food.long_description) + "\t" + food.group_code + "\t" +
                clean(database.group_name(food.group_code)) + "\t" +
                (food.refuse_percent ? format_number(*food.refuse_percent) : std::string()) + "\t" +
                clean(food.refuse_description) + "\t";
        for (std::size_t i = 0; i < food.weights.size(); ++i) {
            const auto& weight = food.weights[i];
            if (i > 0) text += "|";
            text += format_number(weight.amount) + ";" + clean(weight.measure) + ";" +
                    format_number(weight.grams);
        }
        for (const auto& value : food.per_100g) {
            text += "\t";
            if (value) text += format_number(*value);
        }
        text += "\n";
    }
    return text;
}

std::string gzip_compress(std::string_view text) {
    z_stream stream{};
    // 15 + 16: a gzip wrapper; deflate writes a header with no time and no name.
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) !=
        Z_OK) {
        throw std::runtime_error("deflateInit2 failed");
    }
    std::string compressed(deflateBound(&stream, static_cast<uLong>(text.size())) + 64, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
    stream.avail_in = static_cast<uInt>(text.size());
    stream.next_out = reinterpret_cast<Bytef*>(compressed.data());
    stream.avail_out = static_cast<uInt>(compressed.size());
    const int status = deflate(&stream, Z_FINISH);
    const auto written = stream.total_out;
    deflateEnd(&stream);
    if (status != Z_STREAM_END) throw std::runtime_error("deflate did not finish");
    compressed.resize(written);
    return compressed;
}

Result<std::vector<Sr28TableFood>> parse_sr28_table(std::string_view tsv,
                                                    std::string_view file_label) {
    Problems problems;
    const std::string label(file_label);
    auto report = [&](std::size_t line, std::string what) {
        problems.push_back({label + ":" + std::to_string(line), std::move(what)});
    };
    std::vector<Sr28TableFood> foods;
    const auto lines = split(tsv, '\n');
    if (lines.empty() ||
        lines[0] != std::string_view(header_line()).substr(0, header_line().size() - 1)) {
        report(1,
               "header does not list ndb_no, description, food_group_code, food_group, "
               "refuse_percent, refuse_description, portions and the tracked nutrient keys in "
               "order");
        return problems;
    }
    const std::size_t columns = kFixedColumns + kNutrientCount;
    for (std::size_t number = 2; number <= lines.size(); ++number) {
        const std::string_view line = lines[number - 1];
        if (line.empty()) continue;
        const auto cells = split(line, '\t');
        if (cells.size() != columns) {
            report(number, "expected " + std::to_string(columns) +
                               " tab-separated columns, found " + std::to_string(cells.size()));
            continue;
        }
        Sr28TableFood food;
        food.id = std::string(cells[0]);
        if (!is_ndb_number(food.id)) {
            report(number, "ndb_no '" + food.id + "' is not 5 digits");
            continue;
        }
        food.description = std::string(cells[1]);
        food.food_group_code = std::string(cells[2]);
        food.food_group = std::string(cells[3]);
        if (food.food_group_code.size() != 4 ||
            !std::all_of(food.food_group_code.begin(), food.food_group_code.end(),
                         [](char c) { return c >= '0' && c <= '9'; })) {
            report(number, "food_group_code '" + food.food_group_code + "' is not 4 digits");
            continue;
        }
        if (!cells[4].empty()) {
            const auto refuse = parse_number<double>(cells[4]);
            if (!refuse || *refuse < 0.0 || *refuse > 100.0) {
                report(number, "refuse_percent '" + std::string(cells[4]) +
                                   "' is not a percent from 0 to 100 or empty");
                continue;
            }
            food.refuse_percent = *refuse;
        }
        food.refuse_description = std::string(cells[5]);
        bool ok = true;
        if (!cells[6].empty()) {
            for (const auto portion_text : split(cells[6], '|')) {
                const auto parts = split(portion_text, ';');
                const auto amount =
                    parts.size() == 3 ? parse_number<double>(parts[0]) : std::nullopt;
                const auto grams =
                    parts.size() == 3 ? parse_number<double>(parts[2]) : std::nullopt;
                if (!amount || !grams || *amount <= 0.0 || *grams <= 0.0 || parts[1].empty()) {
                    report(number, "portion '" + std::string(portion_text) +
                                       "' is not amount;measure;grams with amount and grams > 0");
                    ok = false;
                    break;
                }
                food.portions.push_back({*amount, std::string(parts[1]), *grams});
            }
        }
        for (std::size_t i = 0; i < kNutrientCount && ok; ++i) {
            const auto cell = cells[kFixedColumns + i];
            if (cell.empty()) continue;
            const auto value = parse_number<double>(cell);
            if (!value || *value < 0.0) {
                report(number, std::string(all_nutrients()[i].key) + " '" + std::string(cell) +
                                   "' is not a number ≥ 0 or empty");
                ok = false;
                break;
            }
            food.per_100g[i] = *value;
        }
        if (ok) foods.push_back(std::move(food));
    }
    if (!problems.empty()) return problems;
    return foods;
}

Result<std::vector<Sr28TableFood>> load_sr28_table(const std::filesystem::path& path) {
    auto text = read_file(path, kMaxTableBytes);
    if (!text) return std::move(text).problems();
    return parse_sr28_table(text.value(), path.string());
}

Sr28Database database_from_table(const std::vector<const Sr28TableFood*>& foods) {
    Sr28Database database;
    for (const auto* row : foods) {
        database.group_names.emplace(row->food_group_code, row->food_group);
        Sr28Food food;
        food.id = row->id;
        food.group_code = row->food_group_code;
        food.long_description = row->description;
        food.refuse_percent = row->refuse_percent;
        food.refuse_description = row->refuse_description;
        food.per_100g = row->per_100g;
        for (std::size_t i = 0; i < row->portions.size(); ++i) {
            const auto& portion = row->portions[i];
            food.weights.push_back(
                {static_cast<int>(i + 1), portion.amount, portion.measure, portion.grams});
        }
        database.foods.push_back(std::move(food));
    }
    std::sort(database.foods.begin(), database.foods.end(),
              [](const Sr28Food& a, const Sr28Food& b) { return a.id < b.id; });
    return database;
}

}  // namespace mealplan::usda

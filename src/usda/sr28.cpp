#include "usda/sr28.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <utility>

#include "core/files.hpp"
#include "core/text.hpp"

namespace mealplan::usda {
namespace {

// Field counts of one record (sr28_doc.txt, Tables 4, 5, 8, 9 and 13).
constexpr std::size_t kFoodDesFields = 14;
constexpr std::size_t kFdGroupFields = 2;
constexpr std::size_t kNutDataFields = 18;
constexpr std::size_t kNutrDefFields = 6;
constexpr std::size_t kWeightFields = 7;

// No SR28 file comes near this; a bigger one is not SR28.
constexpr std::size_t kMaxFileBytes = std::size_t{200} << 20;

/// Reports problems of one file as "FILE:line: what".
class FileReporter {
  public:
    FileReporter(std::string file, Problems& problems)
        : file_(std::move(file)), problems_(problems) {}

    void report(std::size_t line, std::string what) {
        problems_.push_back({file_ + ":" + std::to_string(line), std::move(what)});
    }
    void report_file(std::string what) { problems_.push_back({file_, std::move(what)}); }

  private:
    std::string file_;
    Problems& problems_;
};

/// One record of a file: its line number and its fields, text fields unwrapped.
struct Record {
    std::size_t line = 0;
    std::vector<std::string_view> fields;
};

/// Splits `text` into records; a line with the wrong number of fields or a badly
/// wrapped text field is reported and skipped. Accepts CRLF (the format) and bare LF.
std::vector<Record> split_records(std::string_view text, std::size_t field_count,
                                  FileReporter& reporter) {
    std::vector<Record> records;
    std::size_t line_number = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) continue;

        Record record{line_number, {}};
        std::size_t field_start = 0;
        while (true) {
            const std::size_t caret = line.find('^', field_start);
            record.fields.push_back(line.substr(field_start, caret - field_start));
            if (caret == std::string_view::npos) break;
            field_start = caret + 1;
        }
        if (record.fields.size() != field_count) {
            reporter.report(line_number, "expected " + std::to_string(field_count) +
                                             " '^'-separated fields, found " +
                                             std::to_string(record.fields.size()));
            continue;
        }
        bool wrapped_ok = true;
        for (auto& field : record.fields) {
            if (field.empty() || field.front() != '~') continue;
            if (field.size() < 2 || field.back() != '~') {
                reporter.report(line_number,
                                "text field " + std::string(field) + " is not closed by '~'");
                wrapped_ok = false;
                break;
            }
            field = field.substr(1, field.size() - 2);
        }
        if (wrapped_ok) records.push_back(std::move(record));
    }
    return records;
}

bool is_digits(std::string_view text, std::size_t length) {
    return text.size() == length &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string quoted(std::string_view text) {
    return "'" + latin1_to_utf8(text) + "'";
}

std::map<std::string, std::string> parse_groups(std::string_view text, FileReporter& reporter) {
    std::map<std::string, std::string> groups;
    for (const auto& record : split_records(text, kFdGroupFields, reporter)) {
        const auto code = record.fields[0];
        if (!is_digits(code, 4)) {
            reporter.report(record.line, "FdGrp_Cd " + quoted(code) + " is not 4 digits");
            continue;
        }
        if (!groups.emplace(std::string(code), latin1_to_utf8(record.fields[1])).second) {
            reporter.report(record.line, "duplicate FdGrp_Cd " + quoted(code));
        }
    }
    return groups;
}

/// The unit SR28 gives a tracked nutrient in NUTR_DEF, as mealplan spells it.
std::string sr28_unit_as_mealplan(std::string_view sr28_unit) {
    const std::string unit = latin1_to_utf8(sr28_unit);
    if (unit == "KCAL") return "kcal";
    return unit;
}

/// Checks that each tracked nutrient is defined with the unit mealplan assumes, so a
/// changed release cannot silently scale values by 1000.
void check_nutrient_definitions(std::string_view text, FileReporter& reporter) {
    std::set<Nutrient> defined;
    for (const auto& record : split_records(text, kNutrDefFields, reporter)) {
        const auto number = record.fields[0];
        if (!is_digits(number, 3)) {
            reporter.report(record.line, "Nutr_No " + quoted(number) + " is not 3 digits");
            continue;
        }
        const auto nutrient = nutrient_from_sr28_number(number);
        if (!nutrient) continue;
        defined.insert(*nutrient);
        const std::string unit = sr28_unit_as_mealplan(record.fields[1]);
        if (unit != info(*nutrient).unit) {
            reporter.report(record.line, "nutrient " + std::string(number) + " is in " + unit +
                                             ", expected " + std::string(info(*nutrient).unit));
        }
    }
    for (const auto& entry : all_nutrients()) {
        if (!defined.count(entry.nutrient)) {
            reporter.report_file("nutrient " + std::string(entry.sr28_number) + " (" +
                                 std::string(entry.key) + ") is not defined");
        }
    }
}

void parse_foods(std::string_view text, const std::map<std::string, std::string>& groups,
                 Sr28Database& database, FileReporter& reporter) {
    for (const auto& record : split_records(text, kFoodDesFields, reporter)) {
        const auto id = record.fields[0];
        const auto group = record.fields[1];
        if (!is_ndb_number(id)) {
            reporter.report(record.line, "NDB_No " + quoted(id) + " is not 5 digits");
            continue;
        }
        if (!groups.count(std::string(group))) {
            reporter.report(record.line, "FdGrp_Cd " + quoted(group) + " is not in FD_GROUP.txt");
            continue;
        }
        if (record.fields[2].empty()) {
            reporter.report(record.line, "Long_Desc is empty");
            continue;
        }
        Sr28Food food;
        food.id = std::string(id);
        food.group_code = std::string(group);
        food.long_description = latin1_to_utf8(record.fields[2]);
        food.common_name = latin1_to_utf8(record.fields[4]);
        food.refuse_description = latin1_to_utf8(record.fields[7]);
        if (!record.fields[8].empty()) {
            const auto refuse = parse_number<double>(record.fields[8]);
            if (!refuse || *refuse < 0.0 || *refuse > 100.0) {
                reporter.report(record.line,
                                "Refuse " + quoted(record.fields[8]) + " is not a percent 0-100");
                continue;
            }
            food.refuse_percent = *refuse;
        }
        database.foods.push_back(std::move(food));
    }
    std::stable_sort(database.foods.begin(), database.foods.end(),
                     [](const Sr28Food& a, const Sr28Food& b) { return a.id < b.id; });
    const auto duplicate =
        std::adjacent_find(database.foods.begin(), database.foods.end(),
                           [](const Sr28Food& a, const Sr28Food& b) { return a.id == b.id; });
    if (duplicate != database.foods.end()) {
        reporter.report_file("duplicate NDB_No " + duplicate->id);
    }
}

Sr28Food* find_mutable(Sr28Database& database, std::string_view id) {
    const auto it =
        std::lower_bound(database.foods.begin(), database.foods.end(), id,
                         [](const Sr28Food& food, std::string_view key) { return food.id < key; });
    return (it != database.foods.end() && it->id == id) ? &*it : nullptr;
}

void parse_nutrient_values(std::string_view text, Sr28Database& database, FileReporter& reporter) {
    for (const auto& record : split_records(text, kNutDataFields, reporter)) {
        const auto id = record.fields[0];
        const auto number = record.fields[1];
        if (!is_ndb_number(id)) {
            reporter.report(record.line, "NDB_No " + quoted(id) + " is not 5 digits");
            continue;
        }
        if (!is_digits(number, 3)) {
            reporter.report(record.line, "Nutr_No " + quoted(number) + " is not 3 digits");
            continue;
        }
        const auto value = parse_number<double>(record.fields[2]);
        if (!value || *value < 0.0) {
            reporter.report(record.line,
                            "Nutr_Val " + quoted(record.fields[2]) + " is not a number ≥ 0");
            continue;
        }
        const auto nutrient = nutrient_from_sr28_number(number);
        if (!nutrient) continue;
        Sr28Food* food = find_mutable(database, id);
        if (food == nullptr) {
            reporter.report(record.line, "NDB_No " + quoted(id) + " is not in FOOD_DES.txt");
            continue;
        }
        auto& slot = food->per_100g[index(*nutrient)];
        if (slot) {
            reporter.report(record.line, "second value of nutrient " + std::string(number) +
                                             " for food " + food->id);
            continue;
        }
        slot = *value;
    }
}

void parse_weights(std::string_view text, Sr28Database& database, FileReporter& reporter) {
    for (const auto& record : split_records(text, kWeightFields, reporter)) {
        const auto id = record.fields[0];
        if (!is_ndb_number(id)) {
            reporter.report(record.line, "NDB_No " + quoted(id) + " is not 5 digits");
            continue;
        }
        const auto sequence = parse_number<double>(record.fields[1]);
        const auto amount = parse_number<double>(record.fields[2]);
        const auto grams = parse_number<double>(record.fields[4]);
        if (!sequence || *sequence < 0 || *sequence != std::floor(*sequence) || *sequence > 1000) {
            reporter.report(record.line,
                            "Seq " + quoted(record.fields[1]) + " is not a whole number");
            continue;
        }
        if (!amount || *amount <= 0.0) {
            reporter.report(record.line,
                            "Amount " + quoted(record.fields[2]) + " is not a number > 0");
            continue;
        }
        if (!grams || *grams <= 0.0) {
            reporter.report(record.line,
                            "Gm_Wgt " + quoted(record.fields[4]) + " is not a number > 0");
            continue;
        }
        if (record.fields[3].empty()) {
            reporter.report(record.line, "Msre_Desc is empty");
            continue;
        }
        Sr28Food* food = find_mutable(database, id);
        if (food == nullptr) {
            reporter.report(record.line, "NDB_No " + quoted(id) + " is not in FOOD_DES.txt");
            continue;
        }
        food->weights.push_back(
            {static_cast<int>(*sequence), *amount, latin1_to_utf8(record.fields[3]), *grams});
    }
    for (auto& food : database.foods) {
        std::stable_sort(
            food.weights.begin(), food.weights.end(),
            [](const Sr28Weight& a, const Sr28Weight& b) { return a.sequence < b.sequence; });
    }
}

std::string file_label(const std::filesystem::path& directory, const char* name) {
    return directory.empty() ? std::string(name) : (directory / name).string();
}

}  // namespace

const Sr28Food* Sr28Database::find(std::string_view id) const {
    const auto it =
        std::lower_bound(foods.begin(), foods.end(), id,
                         [](const Sr28Food& food, std::string_view key) { return food.id < key; });
    return (it != foods.end() && it->id == id) ? &*it : nullptr;
}

std::string Sr28Database::group_name(const std::string& code) const {
    const auto it = group_names.find(code);
    return it == group_names.end() ? std::string() : it->second;
}

std::string latin1_to_utf8(std::string_view latin1) {
    std::string utf8;
    utf8.reserve(latin1.size());
    for (const char c : latin1) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80) {
            utf8.push_back(c);
        } else {
            utf8.push_back(static_cast<char>(0xC0 | (byte >> 6)));
            utf8.push_back(static_cast<char>(0x80 | (byte & 0x3F)));
        }
    }
    return utf8;
}

Result<Sr28Database> parse_sr28(const Sr28Files& files, const std::filesystem::path& directory) {
    Problems problems;
    FileReporter group_reporter(file_label(directory, "FD_GROUP.txt"), problems);
    FileReporter definition_reporter(file_label(directory, "NUTR_DEF.txt"), problems);
    FileReporter food_reporter(file_label(directory, "FOOD_DES.txt"), problems);
    FileReporter value_reporter(file_label(directory, "NUT_DATA.txt"), problems);
    FileReporter weight_reporter(file_label(directory, "WEIGHT.txt"), problems);

    Sr28Database database;
    database.group_names = parse_groups(files.fd_group, group_reporter);
    check_nutrient_definitions(files.nutr_def, definition_reporter);
    parse_foods(files.food_des, database.group_names, database, food_reporter);
    if (database.foods.empty()) food_reporter.report_file("no foods");
    parse_nutrient_values(files.nut_data, database, value_reporter);
    parse_weights(files.weight, database, weight_reporter);
    if (!problems.empty()) return problems;
    return database;
}

Result<Sr28Database> read_sr28(const std::filesystem::path& directory) {
    Problems problems;
    Sr28Files files;
    const std::pair<const char*, std::string*> parts[] = {{"FOOD_DES.txt", &files.food_des},
                                                          {"FD_GROUP.txt", &files.fd_group},
                                                          {"NUT_DATA.txt", &files.nut_data},
                                                          {"NUTR_DEF.txt", &files.nutr_def},
                                                          {"WEIGHT.txt", &files.weight}};
    for (const auto& [name, content] : parts) {
        auto text = read_file(directory / name, kMaxFileBytes);
        if (!text) {
            problems.insert(problems.end(), text.problems().begin(), text.problems().end());
            continue;
        }
        *content = std::move(text).value();
    }
    if (!problems.empty()) return problems;
    return parse_sr28(files, directory);
}

}  // namespace mealplan::usda

// The bad-input matrix: every file mealplan reads, broken in every way a person's editor or
// another program could break it, read through the command a user would run. Each case
// must exit 2 with a message that names the file and the place in it (a JSON pointer, a
// line, a byte), and leave the output directory as it was: an existing --out file
// untouched and no new or temporary file.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <regex>
#include <sstream>

#include "run_command.hpp"

namespace mealplan {
namespace {

using ::testing::HasSubstr;
using testing::read_text;
using testing::run_mealplan;

namespace fs = std::filesystem;

const std::string kData = std::string(MEALPLAN_DATA_DIR) + "/";
const std::string kFixtures = std::string(MEALPLAN_TEST_DIR) + "/fixtures/";

void write_text(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

enum class Format { Json, Csv, Text, Mps, Lp, Sr28 };

/// A reader and the command that reads a file of it.
struct Reader {
    std::string name;
    Format format;
    std::string good_file;     ///< a valid file the corruptions start from
    std::string quantity_key;  ///< JSON: a key whose value must be a number ≥ 0
    bool strict_keys = false;  ///< JSON: unknown members are rejected
    /// The command line reading `bad` and writing `out`.
    std::function<std::vector<std::string>(const std::string& bad, const std::string& out)> command;
};

std::vector<Reader> readers() {
    const std::string shopping = kFixtures + "shopping/";
    const auto shopping_list = [shopping](std::vector<std::string> more) {
        std::vector<std::string> arguments{"shopping-list", "--catalogue",
                                           shopping + "catalogue.json"};
        arguments.insert(arguments.end(), more.begin(), more.end());
        return arguments;
    };
    return {
        {"catalogue", Format::Json, kData + "foods.json", "grams", true,
         [](auto bad, auto out) {
             return std::vector<std::string>{"--catalogue", bad, "foods", "--out", out};
         }},
        {"dishes", Format::Json, kData + "dishes.json", "grams", true,
         [](auto bad, auto out) {
             return std::vector<std::string>{"--dishes", bad, "day", "--out", out};
         }},
        {"dri", Format::Json, kData + "dri.json", "rda", false,
         [](auto bad, auto out) {
             return std::vector<std::string>{"--dri", bad, "targets", "--out", out};
         }},
        {"catalogue_spec", Format::Json, kData + "catalogue-spec.json", "racc_grams", true,
         [](auto bad, auto out) {
             return std::vector<std::string>{
                 "import-usda", "--sr28", kFixtures + "sr28-mini", "--spec", bad, "--out", out};
         }},
        {"plan", Format::Json, shopping + "sample_plan.json", "grams", false,
         [shopping_list](auto bad, auto out) {
             return shopping_list({"--plan", bad, "--out", out});
         }},
        {"pantry_json", Format::Json, shopping + "pantry.json", "amount", false,
         [shopping_list, shopping](auto bad, auto out) {
             return shopping_list(
                 {"--plan", shopping + "sample_plan.json", "--pantry", bad, "--out", out});
         }},
        {"pantry_csv", Format::Csv, shopping + "pantry.csv", "", false,
         [shopping_list, shopping](auto bad, auto out) {
             return shopping_list(
                 {"--plan", shopping + "sample_plan.json", "--pantry", bad, "--out", out});
         }},
        {"prices", Format::Csv, shopping + "prices.csv", "", false,
         [shopping_list, shopping](auto bad, auto out) {
             return shopping_list(
                 {"--plan", shopping + "sample_plan.json", "--prices", bad, "--out", out});
         }},
        {"aisles", Format::Text, shopping + "aisles.txt", "", false,
         [shopping_list, shopping](auto bad, auto out) {
             return shopping_list(
                 {"--plan", shopping + "sample_plan.json", "--aisles", bad, "--out", out});
         }},
        {"purchases", Format::Json, kData + "purchases.json", "grams_as_bought", true,
         [shopping](auto bad, auto out) {
             return std::vector<std::string>{
                 "--purchases", bad, "shopping-list", "--plan", shopping + "sample_plan.json",
                 "--out",       out};
         }},
        {"staples", Format::Text, shopping + "staples.txt", "", false,
         [shopping](auto bad, auto out) {
             return std::vector<std::string>{
                 "shopping-list", "--plan", shopping + "sample_plan.json", "--staples", bad,
                 "--out",         out};
         }},
        {"mps", Format::Mps, kFixtures + "solve/unbounded.mps", "", false,
         [](auto bad, auto out) {
             return std::vector<std::string>{"solve", bad, "--out", out};
         }},
        {"lp", Format::Lp, kFixtures + "solve/knapsack.lp", "", false,
         [](auto bad, auto out) {
             return std::vector<std::string>{"solve", bad, "--out", out};
         }},
    };
}

/// One way of breaking a file: the broken text, or nullopt where it does not apply.
struct Corruption {
    std::string name;
    std::function<std::optional<std::string>(const Reader&, const std::string& good)> make;
    /// Applies to every reader: listing the cases need not make the text (50 MB).
    bool universal = false;
};

std::optional<std::string> replace_first(const std::string& text, const std::regex& pattern,
                                         const std::string& replacement) {
    std::smatch match;
    if (!std::regex_search(text, match, pattern)) return std::nullopt;
    return match.prefix().str() + std::regex_replace(match.str(), pattern, replacement) +
           match.suffix().str();
}

/// The first array of objects with an "id" anywhere in `document`, or null.
nlohmann::json* array_with_ids(nlohmann::json& document) {
    if (document.is_array() && !document.empty() && document[0].is_object() &&
        document[0].contains("id")) {
        return &document;
    }
    if (document.is_object() || document.is_array()) {
        for (auto& child : document) {
            if (auto* found = array_with_ids(child)) return found;
        }
    }
    return nullptr;
}

/// A member whose value is a number ("grams": 40), the key kept in $1.
const std::regex kJsonNumberMember(R"(("[a-z_]+"\s*:\s*)\d+(\.\d+)?)");

/// The good text with its first number replaced by `number` (NaN, 1e400 …), in whatever
/// place the format has one; nullopt for formats without such a place.
std::optional<std::string> with_first_number(const Reader& reader, const std::string& good,
                                             const std::string& number) {
    switch (reader.format) {
        case Format::Json:
            return replace_first(good, kJsonNumberMember, "$1 " + number);
        case Format::Csv:
            return replace_first(good, std::regex(R"(,\d+(\.\d+)?)"), "," + number);
        case Format::Mps:
            return replace_first(good, std::regex(R"(obj       1 )"), "obj       " + number + " ");
        case Format::Lp:
            return replace_first(good, std::regex(R"(\+ 10 x0)"), "+ " + number + " x0");
        default:
            return std::nullopt;
    }
}

std::vector<Corruption> corruptions() {
    const auto json_only = [](Format format) { return format == Format::Json; };
    return {
        {"empty", [](const Reader&, const std::string&) { return std::string(); }, true},
        {"truncated",
         [](const Reader& reader, const std::string& good) -> std::optional<std::string> {
             // CSV and text lose whole lines only when cut at a line end; cut mid-token.
             if (reader.format == Format::Csv || reader.format == Format::Text) return std::nullopt;
             return good.substr(0, good.size() / 2);
         }},
        {"binary_garbage",
         [](const Reader&, const std::string&) {
             std::mt19937 random(20261128);
             std::string bytes(4096, '\0');
             for (char& byte : bytes) byte = static_cast<char>(random() & 0xFFU);
             return bytes;
         },
         true},
        {"wrong_top_level_type",
         [json_only](const Reader& reader, const std::string&) -> std::optional<std::string> {
             if (!json_only(reader.format)) return std::nullopt;
             return std::string("[1, 2, 3]");
         }},
        {"wrong_schema_version",
         [](const Reader& reader, const std::string& good) -> std::optional<std::string> {
             if (reader.format != Format::Json) return std::nullopt;
             return replace_first(good, std::regex(R"("schema"\s*:\s*"[^"]*")"),
                                  R"("schema": "mealplan.nothing/99")");
         }},
        {"duplicate_ids",
         [](const Reader& reader, const std::string& good) -> std::optional<std::string> {
             if (reader.format == Format::Json) {
                 auto document = nlohmann::json::parse(good);
                 auto* items = array_with_ids(document);
                 if (items == nullptr) return std::nullopt;
                 items->push_back((*items)[0]);
                 return document.dump(1);
             }
             if (reader.format == Format::Mps) {
                 return replace_first(good, std::regex(R"( L  c1\n)"), " L  c1\n L  c1\n");
             }
             return std::nullopt;
         }},
        {"unknown_key",
         [](const Reader& reader, const std::string& good) -> std::optional<std::string> {
             if (reader.format != Format::Json || !reader.strict_keys) return std::nullopt;
             auto document = nlohmann::json::parse(good);
             document["colour"] = "blue";
             return document.dump(1);
         }},
        {"nan", [](const Reader& reader,
                   const std::string& good) { return with_first_number(reader, good, "NaN"); }},
        {"infinity",
         [](const Reader& reader, const std::string& good) {
             return with_first_number(reader, good, "1e400");
         }},
        {"negative_quantity",
         [](const Reader& reader, const std::string& good) -> std::optional<std::string> {
             if (reader.format == Format::Csv)
                 return replace_first(good, std::regex(R"(,(\d+(\.\d+)?))"), ",-$1");
             if (reader.format != Format::Json || reader.quantity_key.empty()) return std::nullopt;
             return replace_first(good, std::regex("\"" + reader.quantity_key + R"("\s*:\s*(\d))"),
                                  "\"" + reader.quantity_key + "\": -$1");
         }},
        {"deep_nesting",
         [json_only](const Reader& reader, const std::string&) -> std::optional<std::string> {
             if (!json_only(reader.format)) return std::nullopt;
             return std::string(10000, '[') + std::string(10000, ']');
         }},
        {"fifty_megabytes",
         [](const Reader&, const std::string& good) {
             // A valid start, 50 MB of blanks, then a stray byte: the reader must get to
             // the end and say where.
             return good.substr(0, good.size() / 3) + std::string(50U << 20U, ' ') + "\x01";
         },
         true},
        {"invalid_utf8_name",
         [](const Reader& reader, const std::string& good) -> std::optional<std::string> {
             switch (reader.format) {
                 case Format::Json:
                     return replace_first(good, std::regex(R"("name"\s*:\s*")"),
                                          "\"name\": \"\xff\xfe");
                 case Format::Csv:
                     return replace_first(good, std::regex("\n"), "\n\xff\xfe");
                 case Format::Text:
                     return good + "\xff\xfe aisle\n";
                 default:
                     return std::nullopt;
             }
         }},
        {"csv_missing_column",
         [](const Reader& reader, const std::string& good) -> std::optional<std::string> {
             if (reader.format != Format::Csv) return std::nullopt;
             // Drop the last column from every line.
             return std::regex_replace(good, std::regex(R"(,[^,\n]*\n)"), "\n");
         }},
        {"mps_missing_section",
         [](const Reader& reader, const std::string& good) -> std::optional<std::string> {
             if (reader.format != Format::Mps) return std::nullopt;
             return replace_first(good, std::regex(R"(ROWS\n( [NLGE] .*\n)+)"), "");
         }},
        {"unknown_aisle",
         [](const Reader& reader, const std::string& good) -> std::optional<std::string> {
             if (reader.format != Format::Text) return std::nullopt;
             return good + "spaceship parts\n";
         }},
    };
}

/// A reader and one corruption of its good file; the text is made in the test itself, so
/// that listing the cases (once per test process) stays cheap.
struct Case {
    Reader reader;
    Corruption corruption;
};

std::ostream& operator<<(std::ostream& out, const Case& c) {
    return out << c.reader.name << "/" << c.corruption.name;
}

std::vector<Case> cases() {
    std::vector<Case> out;
    for (const Reader& reader : readers()) {
        const std::string good = read_text(reader.good_file);
        for (const Corruption& corruption : corruptions()) {
            if (corruption.universal || corruption.make(reader, good)) {
                out.push_back({reader, corruption});
            }
        }
    }
    return out;
}

class BadInputFile : public ::testing::TestWithParam<Case> {};

fs::path scratch_dir(const std::string& name) {
    const fs::path dir =
        fs::temp_directory_path() / ("mealplan_bad_input_" + std::to_string(::getpid())) / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::set<std::string> files_in(const fs::path& dir) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename());
    return names;
}

TEST_P(BadInputFile, ExitsTwoNamingFileAndPlaceAndWritesNothing) {
    const Case& c = GetParam();
    const auto text = c.corruption.make(c.reader, read_text(c.reader.good_file));
    ASSERT_TRUE(text.has_value());
    const std::string tag = c.reader.name + "_" + c.corruption.name;
    const fs::path input_dir = scratch_dir(tag + "_in");
    const fs::path output_dir = scratch_dir(tag + "_out");
    const fs::path bad = input_dir / fs::path(c.reader.good_file).filename();
    write_text(bad, *text);
    const fs::path out = output_dir / "result.txt";
    write_text(out, "the previous result\n");

    const auto run = run_mealplan(c.reader.command(bad.string(), out.string()));
    EXPECT_EQ(run.exit_code, 2) << run.err;
    EXPECT_THAT(run.err, HasSubstr("mealplan: error: " + bad.string())) << run.err;
    // The place: a JSON pointer, a line or a byte; a file over its reader's size limit or
    // with nothing in it is refused as a whole.
    EXPECT_TRUE(std::regex_search(
        run.err,
        std::regex(R"((\.\w+:/|\.\w+:\d+|line \d+|byte \d+|larger than \d+ bytes|lists no))")))
        << run.err;
    EXPECT_TRUE(run.out.empty()) << run.out.substr(0, 500);
    EXPECT_EQ(read_text(out), "the previous result\n");
    EXPECT_EQ(files_in(output_dir), std::set<std::string>{"result.txt"});
    fs::remove_all(input_dir);
    fs::remove_all(output_dir);
}

INSTANTIATE_TEST_SUITE_P(Matrix, BadInputFile, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& case_info) {
                             return case_info.param.reader.name + "_" +
                                    case_info.param.corruption.name;
                         });

}  // namespace
}  // namespace mealplan

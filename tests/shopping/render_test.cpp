// The four formats of the shopping list: what a person reads in the terminal and in
// Markdown, and CSV and JSON that programs read back to the same items.

#include "shopping/render.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>

#include "random_plan.hpp"
#include "test_catalogue.hpp"

namespace mealplan {
namespace {

using ::testing::HasSubstr;
using testing::random_plan;
using testing::shopping_test_catalogue;

PlanItem item(FoodId id, double grams) {
    PlanItem result;
    result.food_id = std::move(id);
    result.grams = grams;
    return result;
}

/// Spinach 420 g, three eggs, two apples, salmon, milk; two people; eggs partly in the
/// pantry, almonds wholly.
ShoppingList sample_list() {
    Plan plan;
    PlanDay day;
    day.meals.push_back({MealSlot::Breakfast,
                         "d1",
                         "Eggs",
                         1.0,
                         {item("01123", 150.0), item("01082", 244.0), item("12061", 28.0)}});
    day.meals.push_back(
        {MealSlot::Lunch, "d2", "Salad", 1.0, {item("11457", 210.0), item("09003", 182.0)}});
    day.meals.push_back({MealSlot::Dinner, "d3", "Salmon", 1.0, {item("15236", 170.0)}});
    plan.days = {day};
    ShoppingOptions options;
    options.people = 2;
    options.pantry_grams = {{"01123", 100.0}, {"12061", 100.0}};
    options.package_prices_usd = {
        {"11457", {{"10 oz bag", 3.49}, {"6 oz bag", 2.99}}},
        {"01082", {{"quart", 1.89}, {"half gallon", 2.79}, {"gallon", 4.29}}}};
    return build_shopping_list(plan, shopping_test_catalogue(), options);
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

TEST(RenderShoppingList, FormatWeightUsesGramsOrOuncesAsAPersonReadsThem) {
    EXPECT_EQ(format_weight(420.0, Units::Metric), "420 g");
    EXPECT_EQ(format_weight(2.5, Units::Metric), "2.5 g");
    EXPECT_EQ(format_weight(1952.0, Units::Metric), "1.95 kg");
    EXPECT_EQ(format_weight(2000.0, Units::Metric), "2 kg");
    EXPECT_EQ(format_weight(283.5, Units::Us), "10 oz");
    EXPECT_EQ(format_weight(150.0, Units::Us), "5.3 oz");
    EXPECT_EQ(format_weight(992.2, Units::Us), "2 lb 3 oz");
    EXPECT_EQ(format_weight(907.18, Units::Us), "2 lb");
}

TEST(RenderShoppingList, TextIsGroupedByAisleWithAlignedColumnsAndTheCost) {
    const auto text = render_shopping_list(sample_list(), ShoppingFormat::Text, Units::Metric);
    const auto lines = lines_of(text);
    ASSERT_GE(lines.size(), 10U) << text;
    EXPECT_EQ(lines[0], "Shopping list · 1 day · 2 people");
    EXPECT_THAT(text, HasSubstr("\nProduce\n"));
    EXPECT_THAT(text, HasSubstr("\nDairy and eggs\n"));
    // Spinach 420 g: one 10 oz bag at $3.49 is not enough; 2 × 10 oz $6.98 against
    // 3 × 6 oz $8.97.
    EXPECT_THAT(text, HasSubstr("2 × 10 oz bag (568 g)"));
    EXPECT_THAT(text, HasSubstr("need 420 g · 148 g left over"));
    EXPECT_THAT(text, HasSubstr("$6.98"));
    EXPECT_THAT(text, HasSubstr("2 medium (364 g)"));
    // Eggs: 300 g for two people less 100 g at home; half a dozen leaves less over.
    EXPECT_THAT(text, HasSubstr("1 × half dozen large (300 g)"));
    EXPECT_THAT(text, HasSubstr("need 200 g · 100 g left over · 100 g in pantry"));
    // Milk 488 g: every size priced, a quart ($1.89) is the cheapest.
    EXPECT_THAT(text, HasSubstr("1 × quart (976 g)"));
    EXPECT_THAT(text, HasSubstr("Already in your pantry"));
    EXPECT_THAT(text, HasSubstr("Nuts, almonds: need 56 g, have 100 g"));
    EXPECT_THAT(text, HasSubstr("Cost of what you buy: $8.87 for the day · per person $4.4"));
    EXPECT_THAT(text, HasSubstr("(prices known for 2 of 5 items)"));
    EXPECT_THAT(text, HasSubstr("Cost of what you eat: $"));
    // Columns line up: every item's quantity starts in the same column.
    std::vector<std::size_t> columns;
    for (const auto& line : lines) {
        if (line.rfind("  [ ] ", 0) != 0) continue;
        const auto name_end = line.find("  ", 6);
        std::size_t width = 0;  // display columns up to the quantity, counting code points
        const auto quantity = line.find_first_not_of(' ', name_end);
        for (std::size_t i = 0; i < quantity; ++i) {
            if ((static_cast<unsigned char>(line[i]) & 0xC0U) != 0x80U) ++width;
        }
        columns.push_back(width);
    }
    ASSERT_EQ(columns.size(), 5U);
    EXPECT_THAT(columns, ::testing::Each(columns.front()));
}

TEST(RenderShoppingList, UsUnitsShowOuncesAndPounds) {
    const auto text = render_shopping_list(sample_list(), ShoppingFormat::Text, Units::Us);
    EXPECT_THAT(text, HasSubstr("2 × 10 oz bag (1 lb 4 oz)"));
    EXPECT_THAT(text, HasSubstr("need 14.8 oz"));
    EXPECT_THAT(text, ::testing::Not(HasSubstr(" g ")));
}

TEST(RenderShoppingList, MarkdownHasACheckboxPerItemUnderAisleHeadings) {
    const auto list = sample_list();
    const auto text = render_shopping_list(list, ShoppingFormat::Markdown, Units::Metric);
    EXPECT_THAT(text, HasSubstr("# Shopping list · 1 day · 2 people"));
    EXPECT_THAT(text, HasSubstr("\n## Produce\n"));
    EXPECT_THAT(text, HasSubstr("- [ ] 2 × 10 oz bag Spinach, raw (568 g; need 420 g"));
    std::size_t boxes = 0;
    for (const auto& line : lines_of(text)) boxes += line.rfind("- [ ] ", 0) == 0 ? 1 : 0;
    EXPECT_EQ(boxes, list.items.size());
}

TEST(RenderShoppingList, MarkdownEscapesFormattingCharactersInNames) {
    auto list = sample_list();
    list.items[0].name = "Beans *baked* [canned]";
    const auto text = render_shopping_list(list, ShoppingFormat::Markdown, Units::Metric);
    EXPECT_THAT(text, HasSubstr("Beans \\*baked\\* \\[canned\\]"));
}

TEST(RenderShoppingList, AnEmptyListSaysThereIsNothingToBuy) {
    ShoppingList list;
    list.days = 1;
    EXPECT_THAT(render_shopping_list(list, ShoppingFormat::Text, Units::Metric),
                HasSubstr("Nothing to buy."));
    EXPECT_THAT(render_shopping_list(list, ShoppingFormat::Markdown, Units::Metric),
                HasSubstr("Nothing to buy."));
}

// An RFC 4180 reader written for the test, independent of the module's own.
std::vector<std::vector<std::string>> read_rfc4180(const std::string& text) {
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false;
    bool field_started = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            EXPECT_FALSE(field_started) << "a quote inside an unquoted field";
            quoted = true;
            field_started = true;
        } else if (c == ',') {
            record.push_back(field);
            field.clear();
            field_started = false;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            record.push_back(field);
            records.push_back(record);
            record.clear();
            field.clear();
            field_started = false;
            ++i;
        } else {
            EXPECT_NE(c, '\n') << "a bare LF ends a record; RFC 4180 wants CRLF";
            field += c;
            field_started = true;
        }
    }
    EXPECT_FALSE(quoted) << "unterminated quote";
    EXPECT_TRUE(record.empty() && field.empty()) << "the last record lacks its CRLF";
    return records;
}

std::optional<double> cost_of(const std::string& field) {
    if (field.empty()) return std::nullopt;
    return std::stod(field);
}

/// The CSV of `list` read back gives its items; the counts are checked here, the fields
/// with the EXPECT_ lines.
::testing::AssertionResult csv_reads_back(const ShoppingList& list) {
    const auto records = read_rfc4180(render_shopping_list(list, ShoppingFormat::Csv, Units::Us));
    if (records.size() != list.items.size() + 1) {
        return ::testing::AssertionFailure()
               << records.size() << " CSV records for " << list.items.size() << " items";
    }
    EXPECT_THAT(records[0],
                ::testing::ElementsAre("aisle", "food_id", "item_id", "name", "eaten_g", "plan_g",
                                       "pantry_g", "needed_g", "buy_kind", "buy_count",
                                       "buy_package", "buy_grams", "leftover_g", "cost_usd",
                                       "eaten_cost_usd", "price_source"));
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const auto& row = records[i + 1];
        const auto& expected = list.items[i];
        if (row.size() != 16U) {
            return ::testing::AssertionFailure()
                   << "row " << i + 1 << " has " << row.size() << " fields";
        }
        EXPECT_EQ(row[0], expected.aisle);
        EXPECT_EQ(row[1], expected.food_id);
        EXPECT_EQ(row[2], expected.item_id);
        EXPECT_EQ(row[3], expected.name);
        EXPECT_NEAR(std::stod(row[5]), expected.plan_g, 0.05 + 1e-9);
        EXPECT_NEAR(std::stod(row[6]), expected.pantry_g, 0.05 + 1e-9);
        EXPECT_NEAR(std::stod(row[7]), expected.needed_g, 0.05 + 1e-9);
        EXPECT_EQ(row[8], to_string(expected.buy.kind));
        if (expected.buy.kind == BuyKind::Weight) {
            EXPECT_EQ(row[9], "");
        } else {
            EXPECT_EQ(std::stoi(row[9]), expected.buy.count);
        }
        EXPECT_EQ(row[10], expected.buy.package);
        EXPECT_NEAR(std::stod(row[11]), expected.buy.grams, 0.05 + 1e-9);
        EXPECT_NEAR(std::stod(row[12]), expected.leftover_g, 0.05 + 1e-9);
        if (cost_of(row[13]).has_value() != expected.buy.cost_usd.has_value()) {
            return ::testing::AssertionFailure() << "row " << i + 1 << " cost is " << row[13];
        }
        if (expected.buy.cost_usd) {
            EXPECT_NEAR(*cost_of(row[13]), *expected.buy.cost_usd, 0.005);
        }
        EXPECT_NEAR(std::stod(row[4]), expected.eaten_g, 0.05 + 1e-9);
        EXPECT_EQ(cost_of(row[14]).has_value(), expected.eaten_cost_usd.has_value());
        EXPECT_EQ(row[15], expected.price_source);
    }
    return ::testing::AssertionSuccess();
}

/// The JSON of `list` read back gives its items, covered foods and totals; the counts are
/// checked here, the fields with the EXPECT_ lines.
::testing::AssertionResult json_reads_back(const ShoppingList& list) {
    const auto document =
        nlohmann::json::parse(render_shopping_list(list, ShoppingFormat::Json, Units::Us));
    EXPECT_EQ(document["schema"], "mealplan.shopping/1");
    EXPECT_EQ(document["people"], list.people);
    EXPECT_EQ(document["item_count"], list.items.size());
    EXPECT_EQ(document["prices_known"], list.prices_known);
    EXPECT_NEAR(document["total_cost_usd"].get<double>(), list.total_cost_usd, 0.005);
    const auto& items = document["items"];
    if (items.size() != list.items.size()) {
        return ::testing::AssertionFailure()
               << items.size() << " JSON items for " << list.items.size();
    }
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const auto& expected = list.items[i];
        const auto& read = items[i];
        EXPECT_EQ(read["food_id"], expected.food_id);
        EXPECT_EQ(read["name"], expected.name);
        EXPECT_EQ(read["aisle"], expected.aisle);
        EXPECT_NEAR(read["needed_g"].get<double>(), expected.needed_g, 0.05 + 1e-9);
        EXPECT_NEAR(read["pantry_g"].get<double>(), expected.pantry_g, 0.05 + 1e-9);
        EXPECT_NEAR(read["plan_g"].get<double>(), expected.plan_g, 0.05 + 1e-9);
        EXPECT_EQ(read["buy"]["kind"], to_string(expected.buy.kind));
        if (expected.buy.kind == BuyKind::Weight) {
            EXPECT_TRUE(read["buy"]["count"].is_null());
            EXPECT_TRUE(read["buy"]["package"].is_null());
        } else {
            EXPECT_EQ(read["buy"]["count"], expected.buy.count);
            EXPECT_EQ(read["buy"]["package"], expected.buy.package);
        }
        EXPECT_NEAR(read["buy"]["grams"].get<double>(), expected.buy.grams, 0.05 + 1e-9);
        EXPECT_NEAR(read["leftover_g"].get<double>(), expected.leftover_g, 0.05 + 1e-9);
        if (read["cost_usd"].is_null() == expected.buy.cost_usd.has_value()) {
            return ::testing::AssertionFailure() << "item " << i << " cost is " << read["cost_usd"];
        }
        if (expected.buy.cost_usd) {
            EXPECT_NEAR(read["cost_usd"].get<double>(), *expected.buy.cost_usd, 0.005);
        }
    }
    if (document["pantry_covered"].size() != list.covered.size()) {
        return ::testing::AssertionFailure()
               << document["pantry_covered"].size() << " covered foods for " << list.covered.size();
    }
    for (std::size_t i = 0; i < list.covered.size(); ++i) {
        EXPECT_EQ(document["pantry_covered"][i]["food_id"], list.covered[i].food_id);
        EXPECT_EQ(document["pantry_covered"][i]["needed_g"], 0.0);
    }
    return ::testing::AssertionSuccess();
}

TEST(RenderShoppingList, CsvAndJsonReadBackToTheSampleItems) {
    const auto list = sample_list();
    EXPECT_TRUE(csv_reads_back(list));
    EXPECT_TRUE(json_reads_back(list));
}

TEST(RenderShoppingList, CsvQuotesCommasQuotesAndLineBreaks) {
    auto list = sample_list();
    list.items[0].name = "Cheese, \"aged\"\r\nsharp";
    list.items[1].aisle = " spaced ";
    EXPECT_TRUE(csv_reads_back(list));
    EXPECT_TRUE(json_reads_back(list));
}

class RenderProperties : public ::testing::TestWithParam<std::uint32_t> {};

TEST_P(RenderProperties, EveryFormatCarriesEveryItem) {
    const auto catalogue = shopping_test_catalogue();
    const auto plan = random_plan(catalogue, GetParam());
    std::mt19937 random(GetParam());
    ShoppingOptions options;
    options.people = 1 + static_cast<int>(random() % 8);
    options.pantry_grams = {{"01123", 120.0}, {"11457", 300.0}};
    options.package_prices_usd = {{"11457", {{"10 oz bag", 3.49}}},
                                  {"16018", {{"15 oz can", 1.29}}}};
    const auto list = build_shopping_list(plan, catalogue, options);
    EXPECT_TRUE(csv_reads_back(list));
    EXPECT_TRUE(json_reads_back(list));
    for (const auto units : {Units::Metric, Units::Us}) {
        const auto text = render_shopping_list(list, ShoppingFormat::Text, units);
        const auto markdown = render_shopping_list(list, ShoppingFormat::Markdown, units);
        std::size_t text_boxes = 0;
        std::size_t markdown_boxes = 0;
        for (const auto& line : lines_of(text)) text_boxes += line.rfind("  [ ] ", 0) == 0;
        for (const auto& line : lines_of(markdown)) markdown_boxes += line.rfind("- [ ] ", 0) == 0;
        EXPECT_EQ(text_boxes, list.items.size());
        EXPECT_EQ(markdown_boxes, list.items.size());
        for (const auto& entry : list.items) {
            EXPECT_THAT(text, HasSubstr(entry.name));
            EXPECT_THAT(markdown, HasSubstr(entry.name));
        }
    }
}

INSTANTIATE_TEST_SUITE_P(SeededPlans, RenderProperties, ::testing::Range(1U, 21U));

TEST(RenderShoppingList, FormatAndUnitNamesParse) {
    EXPECT_EQ(from_string<ShoppingFormat>("csv"), ShoppingFormat::Csv);
    EXPECT_EQ(from_string<ShoppingFormat>("markdown"), ShoppingFormat::Markdown);
    EXPECT_EQ(from_string<ShoppingFormat>("xml"), std::nullopt);
    EXPECT_EQ(from_string<Units>("us"), Units::Us);
    EXPECT_EQ(from_string<Units>("imperial"), std::nullopt);
}

}  // namespace
}  // namespace mealplan

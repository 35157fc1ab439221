// `mealplan report`: a plan saved by `mealplan week --format json --out` shown again, in
// every format, without planning it again; and a broken plan file refused at its place.

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

#include "run_command.hpp"

namespace mealplan {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::read_text;
using testing::run_mealplan;

std::filesystem::path scratch_dir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    const auto dir = std::filesystem::temp_directory_path() /
                     (std::string("mealplan-report-e2e-") + info->name());
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

void write_text(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

/// "solved in 1.23 s" differs from one run to the next; the rest of a report does not.
std::string without_times(const std::string& text) {
    return std::regex_replace(text, std::regex("solved in [0-9.]+ s"), "solved in … s");
}

/// One three-day week, planned for each test (ctest runs each in a process of its own) and
/// saved as `week --format json --out` saves it.
class ReportCommand : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        // One directory per process: ctest runs the tests of this suite side by side.
        dir_ =
            new std::filesystem::path(std::filesystem::temp_directory_path() /
                                      ("mealplan-report-e2e-plan-" + std::to_string(::getpid())));
        std::filesystem::remove_all(*dir_);
        std::filesystem::create_directories(*dir_);
        plan_path_ = new std::string((*dir_ / "plan.json").string());
        const auto json = run_mealplan(
            {"week", "--days", "3", "--seed", "2", "--format", "json", "--out", *plan_path_});
        ASSERT_EQ(json.exit_code, 0) << json.err;
    }
    static void TearDownTestSuite() {
        std::filesystem::remove_all(*dir_);
        delete dir_;
        delete plan_path_;
    }
    static const std::string& plan_path() { return *plan_path_; }
    static std::string plan_json() { return read_text(*plan_path_); }

  private:
    static inline std::filesystem::path* dir_ = nullptr;
    static inline std::string* plan_path_ = nullptr;
};

TEST_F(ReportCommand, JsonOfASavedPlanIsTheFileItself) {
    const auto run = run_mealplan({"report", "--plan", plan_path(), "--format", "json"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.err, "");
    // Every total, source, target and word of the status comes back as the week wrote it.
    EXPECT_EQ(run.out, plan_json());
}

TEST_F(ReportCommand, MealsOutsideTheirShareComeBackAsSaved) {
    nlohmann::json plan = nlohmann::json::parse(plan_json());
    plan["meals_outside_share"] = nlohmann::json::array({{{"day", 2},
                                                          {"slot", "dinner"},
                                                          {"energy_kcal", 950.5},
                                                          {"share_low_kcal", 500.0},
                                                          {"share_high_kcal", 800.0}}});
    const auto path = scratch_dir() / "outside.json";
    write_text(path, plan.dump(2) + "\n");
    const auto run = run_mealplan({"report", "--plan", path.string(), "--format", "json"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(nlohmann::json::parse(run.out)["meals_outside_share"], plan["meals_outside_share"]);
    // A slot that is none is refused at its place.
    plan["meals_outside_share"][0]["slot"] = "supper";
    write_text(path, plan.dump(2));
    const auto bad = run_mealplan({"report", "--plan", path.string(), "--format", "json"});
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_THAT(bad.err, HasSubstr("/meals_outside_share/0/slot"));
}

TEST_F(ReportCommand, TextIsTheWeekAsItWasPrinted) {
    const auto run = run_mealplan({"report", "--plan", plan_path()});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    ASSERT_THAT(run.out, HasSubstr("3-day plan"));
    const auto week = run_mealplan({"week", "--days", "3", "--seed", "2"});
    EXPECT_EQ(without_times(run.out), without_times(week.out));
    const auto detail = run_mealplan({"report", "--plan", plan_path(), "--detail"});
    EXPECT_THAT(detail.out, HasSubstr("\nMonday\n"));
    EXPECT_THAT(detail.out, HasSubstr("Week summary"));
    const auto markdown = run_mealplan({"report", "--plan", plan_path(), "--format", "markdown"});
    EXPECT_THAT(markdown.out, HasSubstr("## Monday"));
}

TEST_F(ReportCommand, HtmlPageOfASavedPlanHasItsDaysAndItsList) {
    const auto dir = scratch_dir();
    const std::string page = (dir / "week.html").string();
    const auto run =
        run_mealplan({"report", "--plan", plan_path(), "--format", "html", "--out", page});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out, "");
    const std::string html = read_text(page);
    EXPECT_THAT(html, HasSubstr("<!DOCTYPE html>"));
    for (const char* day : {"Monday", "Tuesday", "Wednesday"}) EXPECT_THAT(html, HasSubstr(day));
    EXPECT_THAT(html, Not(HasSubstr("Thursday")));
    EXPECT_THAT(html, HasSubstr("type=\"checkbox\""));
    EXPECT_THAT(html, Not(HasSubstr("src=\"http")));
    EXPECT_THAT(html, Not(HasSubstr("href=\"http")));
}

TEST_F(ReportCommand, ABrokenProfileIsRefusedAtItsPlaceAndNothingIsWritten) {
    const auto dir = scratch_dir();
    auto plan = nlohmann::json::parse(plan_json());
    plan["profile"]["sex"] = "other";
    plan["profile"]["energy_tolerance"] = "ten";
    const std::string broken = (dir / "broken.json").string();
    write_text(broken, plan.dump(2));
    const std::string page = (dir / "week.html").string();
    const auto run = run_mealplan({"report", "--plan", broken, "--format", "html", "--out", page});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr(broken + ":/profile/sex"));
    EXPECT_THAT(run.err, HasSubstr(broken + ":/profile/energy_tolerance"));
    EXPECT_FALSE(std::filesystem::exists(page));
}

TEST_F(ReportCommand, ATabletTheProgramDoesNotKnowIsRefusedAtItsDay) {
    const auto dir = scratch_dir();
    auto plan = nlohmann::json::parse(plan_json());
    plan["days"][1]["supplements"] = {{{"id", "vitamin-x"}, {"name", "Vitamin X"}}};
    const std::string broken = (dir / "broken.json").string();
    write_text(broken, plan.dump(2));
    const auto run = run_mealplan({"report", "--plan", broken});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err,
                HasSubstr(broken + ":/days/1/supplements: unknown supplement \"vitamin-x\""));
    EXPECT_EQ(run.out, "");
}

TEST_F(ReportCommand, APlanTheSharedReaderRefusesIsRefusedWithItsPointer) {
    const auto dir = scratch_dir();
    auto plan = nlohmann::json::parse(plan_json());
    plan["days"][2]["meals"][0]["items"][0]["grams"] = -5;
    const std::string broken = (dir / "broken.json").string();
    write_text(broken, plan.dump(2));
    const auto run = run_mealplan({"report", "--plan", broken});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr(broken + ":/days/2/meals/0/items/0/grams"));
    EXPECT_EQ(run.out, "");
    const auto missing = run_mealplan({"report", "--plan", (dir / "none.json").string()});
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_THAT(missing.err, HasSubstr("none.json"));
}

TEST_F(ReportCommand, TargetsTheTableNoLongerGivesAreNamedInAWarning) {
    const auto dir = scratch_dir();
    auto plan = nlohmann::json::parse(plan_json());
    plan["targets"]["magnesium_mg"]["min"] = 100.0;
    const std::string edited = (dir / "edited.json").string();
    write_text(edited, plan.dump(2));
    const auto run = run_mealplan({"report", "--plan", edited, "--format", "json"});
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_THAT(run.err, HasSubstr("warning: " + edited + ":/targets/magnesium_mg"));
    // The report holds the plan to the table's minimum.
    EXPECT_NE(nlohmann::json::parse(run.out)["targets"]["magnesium_mg"]["min"], 100.0);
}

}  // namespace
}  // namespace mealplan

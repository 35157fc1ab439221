// `mealplan week --from` and `mealplan day --from` as a user runs them on the shipped data:
// kept meals stay byte for byte, swapped meals get another dish, every target still holds,
// and every bad meal name or plan file is refused with exit 2.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "run_command.hpp"

namespace mealplan {
namespace {

using nlohmann::json;
using ::testing::AnyOf;
using ::testing::HasSubstr;
using testing::run_mealplan;

const std::string kSlots[] = {"breakfast", "lunch", "dinner", "snack"};

/// A file under the temporary directory, removed when the test ends.
class TempFile {
  public:
    explicit TempFile(const std::string& name)
        : path_((std::filesystem::temp_directory_path() /
                 ("mealplan_revision_" + std::to_string(::getpid()) + "_" + name))
                    .string()) {}
    ~TempFile() { std::filesystem::remove(path_); }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    const std::string& path() const { return path_; }
    void write(const std::string& text) const { std::ofstream(path_, std::ios::binary) << text; }

  private:
    std::string path_;
};

/// The meal of `plan` on `day` (1-based) in `slot`, or null.
json meal_of(const json& plan, int day, const std::string& slot) {
    for (const json& meal : plan["days"][static_cast<std::size_t>(day - 1)]["meals"]) {
        if (meal["slot"] == slot) return meal;
    }
    return nullptr;
}

/// Plans with `arguments` as JSON into `file`; the plan.
// Every week here runs with a generous --time-limit: a week's budgets are node counts, and
// the limit keeps the clock from ending a search early under the sanitizers, so a run
// depends on its request alone.
json plan_into(const TempFile& file, const std::vector<std::string>& arguments) {
    const auto run = run_mealplan(arguments);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    file.write(run.out);
    return json::parse(run.out);
}

/// The meals `changed_meals` lists, as "DAY:SLOT", and checks that they are exactly the meals
/// whose JSON differs between `before` and `after`.
std::set<std::string> expect_changes_listed(const json& before, const json& after) {
    std::set<std::string> listed;
    for (const json& meal : after["changed_meals"])
        listed.insert(std::to_string(meal["day"].get<int>()) + ":" +
                      meal["slot"].get<std::string>());
    std::set<std::string> differ;
    for (std::size_t d = 0; d < after["days"].size(); ++d) {
        for (const std::string& slot : kSlots) {
            const int day = static_cast<int>(d) + 1;
            if (meal_of(before, day, slot) != meal_of(after, day, slot))
                differ.insert(std::to_string(day) + ":" + slot);
        }
    }
    EXPECT_EQ(listed, differ);
    return listed;
}

TEST(WeekFromPlan, SwapAndKeepHoldOnManySeeds) {
    // Each seed another week, another meal swapped and another kept.
    TempFile base_file("seeds.json");
    for (int seed = 1; seed <= 12; ++seed) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        const std::string seed_text = std::to_string(seed);
        const json before = plan_into(base_file, {"week", "--time-limit", "600", "--days", "3",
                                                  "--seed", seed_text, "--format", "json"});
        const int swap_day = 1 + seed % 3;
        const std::string swap_slot = kSlots[seed % 4];
        const int keep_day = 1 + (seed + 1) % 3;
        const std::string keep_slot = kSlots[(seed + 2) % 4];
        const std::string swap = std::to_string(swap_day) + ":" + swap_slot;
        const std::string keep = std::to_string(keep_day) + ":" + keep_slot;
        const auto run =
            run_mealplan({"week", "--time-limit", "600", "--from", base_file.path(), "--swap", swap,
                          "--keep", keep, "--seed", seed_text, "--format", "json"});
        ASSERT_EQ(run.exit_code, 0) << run.err;
        const json after = json::parse(run.out);
        EXPECT_THAT(after["status"], AnyOf("optimal", "feasible"));
        EXPECT_TRUE(after["shortfalls"].empty()) << after["shortfalls"].dump();
        EXPECT_EQ(meal_of(after, keep_day, keep_slot).dump(),
                  meal_of(before, keep_day, keep_slot).dump());
        EXPECT_NE(meal_of(after, swap_day, swap_slot)["dish_id"],
                  meal_of(before, swap_day, swap_slot)["dish_id"]);
        // The other meals stay unless a target or a meal's share of its day needs one of
        // them, which none of these weeks needs beyond the swapped meal's own day (seeds 4, 6
        // and 12 change another meal of that day).
        const std::set<std::string> changed = expect_changes_listed(before, after);
        EXPECT_EQ(changed.count(swap), 1u) << after["changed_meals"].dump();
        for (const std::string& meal : changed) {
            EXPECT_EQ(meal.substr(0, meal.find(':')), std::to_string(swap_day))
                << meal << " changed: " << after["changed_meals"].dump();
        }
    }
}

TEST(WeekFromPlan, KeptMealsAreByteIdenticalAndTheTextSaysWhatChanged) {
    TempFile base_file("week.json");
    const json before = plan_into(base_file, {"week", "--time-limit", "600", "--format", "json"});
    const auto run = run_mealplan({"week", "--time-limit", "600", "--from", base_file.path(),
                                   "--swap", "tue:dinner,5:lunch", "--keep", "mon:breakfast",
                                   "--keep", "2:lunch", "--format", "json"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const json after = json::parse(run.out);
    EXPECT_TRUE(after["shortfalls"].empty()) << after["shortfalls"].dump();
    EXPECT_EQ(meal_of(after, 1, "breakfast").dump(), meal_of(before, 1, "breakfast").dump());
    EXPECT_EQ(meal_of(after, 2, "lunch").dump(), meal_of(before, 2, "lunch").dump());
    EXPECT_NE(meal_of(after, 2, "dinner")["dish_id"], meal_of(before, 2, "dinner")["dish_id"]);
    EXPECT_NE(meal_of(after, 5, "lunch")["dish_id"], meal_of(before, 5, "lunch")["dish_id"]);
    // Both swaps changed; any other change is a meal of a swapped day, opened to keep the
    // targets (this week opens both days).
    const std::set<std::string> changed = expect_changes_listed(before, after);
    EXPECT_EQ(changed.count("2:dinner"), 1u);
    EXPECT_EQ(changed.count("5:lunch"), 1u);
    for (const std::string& meal : changed) {
        EXPECT_TRUE(meal.rfind("2:", 0) == 0 || meal.rfind("5:", 0) == 0) << meal;
    }

    const auto text = run_mealplan({"week", "--time-limit", "600", "--from", base_file.path(),
                                    "--swap", "tue:dinner", "--format", "text"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    const json text_changes =
        json::parse(run_mealplan({"week", "--time-limit", "600", "--from", base_file.path(),
                                  "--swap", "tue:dinner", "--format", "json"})
                        .out)["changed_meals"];
    EXPECT_THAT(text.out,
                HasSubstr("Changed: " + std::to_string(text_changes.size()) + " of 28 meals: "));
    EXPECT_THAT(text.out,
                HasSubstr("Tuesday dinner, " +
                          meal_of(before, 2, "dinner")["dish"].get<std::string>() + " → "));
}

TEST(WeekFromPlan, AnExcludedFoodLeavesTheMealsThatHoldItAndRefusesToKeepOne) {
    TempFile base_file("exclude.json");
    const json before =
        plan_into(base_file, {"week", "--time-limit", "600", "--days", "3", "--format", "json"});
    // A food of a meal that is neither kept nor swapped: that meal changes, the rest may stay.
    const json dinner = meal_of(before, 2, "dinner");
    const std::string food = dinner["items"][0]["food_id"];
    const auto changed_run =
        run_mealplan({"week", "--time-limit", "600", "--from", base_file.path(), "--exclude", food,
                      "--format", "json"});
    ASSERT_THAT(changed_run.exit_code, AnyOf(0, 3)) << changed_run.err;
    const json after = json::parse(changed_run.out);
    for (const json& day : after["days"]) {
        for (const json& meal : day["meals"]) {
            for (const json& item : meal["items"]) EXPECT_NE(item["food_id"], food);
        }
    }
    EXPECT_TRUE(expect_changes_listed(before, after).count("2:dinner"));

    const auto kept = run_mealplan({"week", "--time-limit", "600", "--from", base_file.path(),
                                    "--exclude", food, "--keep", "2:dinner", "--format", "json"});
    EXPECT_EQ(kept.exit_code, 2);
    EXPECT_THAT(kept.err, HasSubstr("--keep: 2:dinner"));
    EXPECT_THAT(kept.err, HasSubstr("which --exclude leaves out"));
    EXPECT_THAT(kept.err, HasSubstr("--swap"));
    EXPECT_TRUE(kept.out.empty());
}

TEST(DayFromPlan, SwapGivesTheSlotAnotherDishAndKeepsTheRest) {
    TempFile base_file("day.json");
    const json before = plan_into(base_file, {"day", "--gap", "0.2", "--format", "json"});
    const auto run = run_mealplan({"day", "--from", base_file.path(), "--swap", "dinner", "--keep",
                                   "lunch", "--format", "json"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const json after = json::parse(run.out);
    EXPECT_TRUE(after["shortfalls"].empty()) << after["shortfalls"].dump();
    EXPECT_NE(meal_of(after, 1, "dinner")["dish_id"], meal_of(before, 1, "dinner")["dish_id"]);
    EXPECT_EQ(meal_of(after, 1, "lunch").dump(), meal_of(before, 1, "lunch").dump());
    EXPECT_TRUE(expect_changes_listed(before, after).count("1:dinner"));
}

TEST(PlanFromFile, BadMealsAndPlanFilesExit2NamingTheArgumentOrTheFile) {
    TempFile week_file("bad_week.json");
    const json week =
        plan_into(week_file, {"week", "--time-limit", "600", "--days", "2", "--format", "json"});
    json lacking = week;
    auto& meals = lacking["days"][1]["meals"];
    for (std::size_t i = 0; i < meals.size(); ++i) {
        if (meals[i]["slot"] == "snack") meals.erase(i);
    }
    TempFile lacking_file("lacking.json");
    lacking_file.write(lacking.dump());
    TempFile broken_file("broken.json");
    broken_file.write("{\"schema\": \"mealplan.plan/1\", \"days\": [");
    TempFile day_file("one_day.json");
    plan_into(day_file, {"day", "--gap", "0.2", "--format", "json"});

    struct Case {
        std::vector<std::string> arguments;
        std::string message;
    };
    const std::string from = week_file.path();
    const std::vector<Case> cases = {
        {{"week", "--time-limit", "600", "--from", from, "--swap", "8x:dinner"},
         "--swap: \"8x:dinner\": the day"},
        {{"week", "--time-limit", "600", "--from", from, "--swap", "2:brunch"},
         "--swap: \"2:brunch\": the slot"},
        {{"week", "--time-limit", "600", "--from", from, "--swap", "dinner"},
         "--swap: \"dinner\" is not DAY:SLOT"},
        {{"week", "--time-limit", "600", "--from", from, "--keep", "sun:lunch"},
         "--keep: 7:lunch: day 7 is beyond the plan in --from, which has 2 days"},
        {{"week", "--time-limit", "600", "--from", lacking_file.path(), "--swap", "2:snack"},
         "--swap: 2:snack: day 2 of the plan in --from has no snack"},
        {{"week", "--time-limit", "600", "--from", from, "--swap", "1:lunch", "--keep", "1:lunch"},
         "--keep: 1:lunch is also in --swap"},
        {{"week", "--time-limit", "600", "--from", from, "--days", "3"},
         "--days: must be at most 2"},
        {{"week", "--time-limit", "600", "--swap", "1:lunch"}, "--swap: needs --from"},
        {{"week", "--time-limit", "600", "--from", broken_file.path()}, broken_file.path() + ":"},
        {{"week", "--time-limit", "600", "--from", week_file.path() + ".missing"},
         week_file.path() + ".missing"},
        {{"day", "--from", from, "--swap", "dinner"}, from + ": has 2 days"},
        {{"day", "--from", day_file.path(), "--swap", "2:dinner"}, "--swap: 2:dinner: day 2"},
    };
    for (const Case& c : cases) {
        const auto run = run_mealplan(c.arguments);
        EXPECT_EQ(run.exit_code, 2) << c.message;
        EXPECT_THAT(run.err, HasSubstr(c.message));
        EXPECT_TRUE(run.out.empty()) << c.message;
    }
}

TEST(PlanFromFile, AnOutputMayNotReplaceThePlanItChanges) {
    TempFile base_file("same.json");
    plan_into(base_file, {"day", "--gap", "0.2", "--format", "json"});
    const std::string before = testing::read_text(base_file.path());
    const auto run = run_mealplan({"day", "--from", base_file.path(), "--swap", "dinner", "--gap",
                                   "0.2", "--out", base_file.path()});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("--from"));
    EXPECT_EQ(testing::read_text(base_file.path()), before);
}

}  // namespace
}  // namespace mealplan

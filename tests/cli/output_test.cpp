// End-to-end tests of the one output path (src/cli/output.hpp) and of signals: what a user
// who points --out at a link, a device or an input, or who presses Ctrl-C, finds afterwards.

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "run_command.hpp"

namespace mealplan {
namespace {

using ::testing::AnyOf;
using ::testing::HasSubstr;
using testing::read_text;
using testing::run_mealplan;
using testing::run_mealplan_signalled;

class OutputPath : public ::testing::Test {
  protected:
    void SetUp() override {
        directory_ = std::filesystem::temp_directory_path() /
                     ("mealplan_output_" + std::to_string(::getpid()) + "_" +
                      ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(directory_);
        std::filesystem::create_directories(directory_);
    }
    void TearDown() override { std::filesystem::remove_all(directory_); }

    std::string path(const std::string& name) const { return (directory_ / name).string(); }

    void write(const std::string& name, const std::string& text) const {
        std::ofstream(path(name)) << text;
    }

    /// The names in the test's directory: what a run left behind.
    std::vector<std::string> entries() const {
        std::vector<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(directory_))
            names.push_back(entry.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }

    std::filesystem::path directory_;
};

std::string fixture(const std::string& name) {
    return std::string(MEALPLAN_TEST_DIR) + "/fixtures/" + name;
}

TEST_F(OutputPath, InterruptedSolveExits130AndKeepsTheOldOut) {
    write("result.txt", "old\n");
    const auto run = run_mealplan_signalled(
        {"solve", fixture("solve/cuww1.lp"), "--out", path("result.txt")}, SIGINT);
    EXPECT_FALSE(run.killed_by_signal);
    EXPECT_EQ(run.exit_code, 130) << run.err;
    EXPECT_THAT(run.err, HasSubstr("interrupted (Ctrl-C); nothing written"));
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(read_text(path("result.txt")), "old\n");
    EXPECT_EQ(entries(), std::vector<std::string>{"result.txt"});
}

TEST_F(OutputPath, TerminatedSolveExits143AndWritesNothing) {
    const auto run = run_mealplan_signalled({"solve", fixture("solve/cuww1.lp")}, SIGTERM);
    EXPECT_FALSE(run.killed_by_signal);
    EXPECT_EQ(run.exit_code, 143) << run.err;
    EXPECT_THAT(run.err, HasSubstr("terminated (SIGTERM); nothing written"));
    EXPECT_EQ(run.out, "");
}

TEST_F(OutputPath, ASignalAtAnyMomentLeavesTheOldFileOrTheNewOneAndNoTemporaryFile) {
    // The catalogue as JSON is large enough that signals sent at increasing delays land while
    // it is read, rendered, written and renamed. Whatever the moment, the file is either the
    // old one (exit 130) or the whole new one (exit 0), and nothing else is left beside it.
    const auto reference = run_mealplan({"foods", "--format", "json"});
    ASSERT_EQ(reference.exit_code, 0) << reference.err;
    int interrupted = 0, completed = 0;
    for (int attempt = 0; attempt < 40; ++attempt) {
        write("foods.json", "old\n");
        const int signal = attempt % 2 == 0 ? SIGINT : SIGTERM;
        const auto run = run_mealplan_signalled(
            {"foods", "--format", "json", "--out", path("foods.json")}, signal, attempt * 2000);
        ASSERT_FALSE(run.killed_by_signal) << "attempt " << attempt;
        ASSERT_THAT(run.exit_code, AnyOf(0, signal == SIGINT ? 130 : 143)) << run.err;
        const std::string written = read_text(path("foods.json"));
        if (run.exit_code == 0) {
            ++completed;
            EXPECT_EQ(written, reference.out) << "attempt " << attempt;
        } else {
            ++interrupted;
            EXPECT_EQ(written, "old\n") << "attempt " << attempt;
        }
        ASSERT_EQ(entries(), std::vector<std::string>{"foods.json"}) << "attempt " << attempt;
    }
    EXPECT_GT(interrupted, 0);  // else the loop never reached the work it is meant to cut
}

TEST_F(OutputPath, OutThroughASymlinkWritesItsTargetAndTheLinkStays) {
    write("target.txt", "old\n");
    std::filesystem::create_symlink("target.txt", path("link.txt"));
    const auto run = run_mealplan({"targets", "--out", path("link.txt")});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_TRUE(std::filesystem::is_symlink(path("link.txt")));
    EXPECT_THAT(read_text(path("target.txt")), HasSubstr("Magnesium"));
    EXPECT_EQ(entries(), (std::vector<std::string>{"link.txt", "target.txt"}));
}

TEST_F(OutputPath, ADeviceIsWrittenInPlaceNeverReplaced) {
    const auto run = run_mealplan({"targets", "--out", "/dev/stdout"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_THAT(run.out, HasSubstr("Magnesium"));
    ASSERT_EQ(run_mealplan({"targets", "--out", "/dev/null"}).exit_code, 0);
    struct stat status {};
    ASSERT_EQ(::stat("/dev/null", &status), 0);
    EXPECT_TRUE(S_ISCHR(status.st_mode));
}

TEST_F(OutputPath, AFifoIsWrittenInPlace) {
    ASSERT_EQ(::mkfifo(path("pipe").c_str(), 0600), 0);
    // The shell's reader drains the pipe into a file while mealplan writes it.
    const std::string reader = "cat '" + path("pipe") + "' > '" + path("read.txt") + "' &";
    ASSERT_EQ(std::system(reader.c_str()), 0);
    const auto run = run_mealplan({"targets", "--out", path("pipe")});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    for (int poll = 0;
         poll < 10000 && read_text(path("read.txt")).find("Magnesium") == std::string::npos; ++poll)
        ::usleep(1000);
    EXPECT_THAT(read_text(path("read.txt")), HasSubstr("Magnesium"));
    struct stat status {};
    ASSERT_EQ(::stat(path("pipe").c_str(), &status), 0);
    EXPECT_TRUE(S_ISFIFO(status.st_mode));
}

TEST_F(OutputPath, AnOutputThatIsAlsoAnInputIsRefusedNamingBoth) {
    std::filesystem::copy_file(fixture("shopping/sample_plan.json"), path("plan.json"));
    const std::string plan = read_text(path("plan.json"));
    auto run =
        run_mealplan({"shopping-list", "--plan", path("plan.json"), "--out", path("plan.json")});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("--out " + path("plan.json") + ": is also the input --plan " +
                                   path("plan.json")));
    EXPECT_EQ(read_text(path("plan.json")), plan);

    const auto foods = run_mealplan({"foods", "--format", "json", "--out", path("foods.json")});
    ASSERT_EQ(foods.exit_code, 0) << foods.err;
    const std::string catalogue = read_text(path("foods.json"));
    run = run_mealplan({"--catalogue", path("foods.json"), "foods", "--out", path("foods.json")});
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_THAT(run.err, HasSubstr("is also the input --catalogue"));
    EXPECT_EQ(read_text(path("foods.json")), catalogue);
    EXPECT_EQ(entries(), (std::vector<std::string>{"foods.json", "plan.json"}));
}

TEST_F(OutputPath, TwoOutputsOfOneRunMayNotShareAFile) {
    write("same.txt", "old\n");
    const auto run = run_mealplan(
        {"day", "--time-limit", "5", "--out", path("same.txt"), "--export-lp", path("same.txt")});
    EXPECT_EQ(run.exit_code, 2) << run.err;
    EXPECT_THAT(run.err, HasSubstr("is also the output --out " + path("same.txt")));
    EXPECT_EQ(read_text(path("same.txt")), "old\n");
}

TEST_F(OutputPath, AFailedRunReplacesNoOutput) {
    // The plan's --out cannot be written (its directory does not exist): the model it
    // solved must not be exported either.
    write("model.lp", "old\n");
    const auto run = run_mealplan({"day", "--time-limit", "5", "--export-lp", path("model.lp"),
                                   "--out", path("missing/plan.txt")});
    EXPECT_EQ(run.exit_code, 2) << run.err;
    EXPECT_THAT(run.err, HasSubstr(path("missing/plan.txt")));
    EXPECT_EQ(read_text(path("model.lp")), "old\n");
    EXPECT_EQ(entries(), (std::vector<std::string>{"model.lp"}));
}

}  // namespace
}  // namespace mealplan

#include "core/files.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace mealplan {
namespace {

class FilesTest : public ::testing::Test {
  protected:
    void SetUp() override {
        directory_ = std::filesystem::temp_directory_path() /
                     ("mealplan-files-test-" + std::to_string(::getpid()));
        std::filesystem::create_directories(directory_);
    }
    void TearDown() override { std::filesystem::remove_all(directory_); }
    std::filesystem::path directory_;
};

TEST_F(FilesTest, WritesAndReadsBack) {
    const auto path = directory_ / "out.txt";
    ASSERT_FALSE(write_file_atomically(path, "hello\n").has_value());
    const auto content = read_file(path);
    ASSERT_TRUE(content.ok());
    EXPECT_EQ(*content, "hello\n");
}

TEST_F(FilesTest, ReplacesAnExistingFileWholly) {
    const auto path = directory_ / "out.txt";
    ASSERT_FALSE(write_file_atomically(path, std::string(10000, 'a')).has_value());
    ASSERT_FALSE(write_file_atomically(path, "short").has_value());
    EXPECT_EQ(*read_file(path), "short");
}

TEST_F(FilesTest, FailedWriteLeavesNoFileAndNamesThePath) {
    const auto path = directory_ / "missing-dir" / "out.txt";
    const auto problem = write_file_atomically(path, "x");
    ASSERT_TRUE(problem.has_value());
    EXPECT_NE(problem->where.find("out.txt"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(path));
}

TEST_F(FilesTest, LeavesNoTemporaryFilesBehind) {
    ASSERT_FALSE(write_file_atomically(directory_ / "a.txt", "x").has_value());
    int count = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(directory_)) {
        ++count;
    }
    EXPECT_EQ(count, 1);
}

TEST_F(FilesTest, WritingToADeviceKeepsTheDevice) {
    ASSERT_FALSE(write_file_atomically("/dev/null", "discarded").has_value());
    EXPECT_TRUE(std::filesystem::is_character_file("/dev/null"));
}

TEST_F(FilesTest, WritingOverADirectoryIsAProblem) {
    const auto problem = write_file_atomically(directory_, "x");
    ASSERT_TRUE(problem.has_value());
    EXPECT_TRUE(std::filesystem::is_directory(directory_));
}

TEST_F(FilesTest, MissingFileIsAProblemNamingIt) {
    const auto content = read_file(directory_ / "nope.json");
    ASSERT_FALSE(content.ok());
    EXPECT_NE(content.problems().front().where.find("nope.json"), std::string::npos);
}

TEST_F(FilesTest, RefusesFilesOverTheSizeLimit) {
    const auto path = directory_ / "big.txt";
    std::ofstream(path) << std::string(2000, 'x');
    const auto content = read_file(path, 1000);
    ASSERT_FALSE(content.ok());
    EXPECT_NE(content.problems().front().what.find("larger"), std::string::npos);
}

TEST_F(FilesTest, DirectoryIsAProblem) {
    EXPECT_FALSE(read_file(directory_).ok());
}

}  // namespace
}  // namespace mealplan

// Reading a whole input file: only regular files, and the size limit checked before a byte is
// read, so /dev/zero, a FIFO or a folder named as an input fails at once with a clear reason.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

#include "text/regular_file.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(RegularFile, ReadsARegularFileWithinTheLimit) {
  testing::TempDir dir;
  std::ofstream(dir.File("a.txt")) << "hello";
  std::string error;
  EXPECT_EQ(ReadRegularFile(dir.File("a.txt"), 5, error), std::optional<std::string>("hello")) << error;
}

TEST(RegularFile, RefusesAFileOverTheLimitBeforeReadingIt) {
  testing::TempDir dir;
  std::ofstream(dir.File("a.txt")) << "hello!";
  std::string error;
  EXPECT_EQ(ReadRegularFile(dir.File("a.txt"), 5, error), std::nullopt);
  EXPECT_TRUE(Has(error, "larger than the limit of 5 bytes")) << error;
}

TEST(RegularFile, RefusesDevicesFifosAndFoldersWithoutBlocking) {
  testing::TempDir dir;
  ASSERT_EQ(::mkfifo(dir.File("fifo").c_str(), 0600), 0);
  for (const std::string& path : std::vector<std::string>{"/dev/zero", dir.File("fifo"), dir.path().string(), "/dev/stdin"}) {
    std::string error;
    EXPECT_EQ(ReadRegularFile(path, 1 << 20, error), std::nullopt) << path;
    EXPECT_TRUE(Has(error, "not a regular file")) << path << ": " << error;
  }
  std::string error;
  EXPECT_EQ(ReadRegularFile(dir.File("missing"), 10, error), std::nullopt);
  EXPECT_TRUE(Has(error, "No such file")) << error;
}

}  // namespace
}  // namespace chipgate

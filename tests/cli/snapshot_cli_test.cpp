// The CLI's load snapshots (CHIPGATE_CACHE_DIR): a second run reads the snapshot the first one
// wrote and prints exactly the same bytes, provenance included; "off" keeps none.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

using testing::CliRun;
using testing::CliSetup;

CliRun Check(const std::string& cache_dir, const std::string& format) {
  CliSetup setup;
  setup.cache_dir = cache_dir;
  setup.shell_prefix = "CHIPGATE_TRACE_LOAD=1";
  return testing::RunCliWith({"check", "--item", "nvidia-h20", "--to", "MY", "--end-user-hq", "MY", "--date", "2025-03-01",
                              "--format", format},
                             CHIPGATE_SOURCE_DIR, setup);
}

TEST(SnapshotCli, TheSecondRunUsesTheSnapshotAndPrintsTheSameBytes) {
  testing::TempDir dir;
  const std::string cache = dir.File("cache");
  for (const char* format : {"text", "json"}) {
    std::filesystem::remove_all(cache);
    const CliRun first = Check(cache, format);
    const CliRun second = Check(cache, format);
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_EQ(first.err, "chipgate: trace: load parsed\n");
    EXPECT_EQ(second.err, "chipgate: trace: load snapshot\n");
    EXPECT_EQ(first.exit_code, second.exit_code);
    EXPECT_EQ(first.out, second.out) << format;
    EXPECT_NE(first.out.find(format == std::string("json") ? "\"rules_hash\"" : "Provenance: rules sha256"), std::string::npos);
  }
}

TEST(SnapshotCli, OffKeepsNone) {
  const CliRun first = Check("off", "text");
  const CliRun second = Check("off", "text");
  EXPECT_EQ(first.err, "chipgate: trace: load parsed\n");
  EXPECT_EQ(second.err, "chipgate: trace: load parsed\n");
}

}  // namespace
}  // namespace chipgate

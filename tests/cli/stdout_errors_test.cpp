// Every subcommand on a standard output that cannot be written (/dev/full, a pipe nobody reads):
// the write error is reported once on stderr and the exit status is 3, never a crash (134) and
// never a silent 0 with the output lost.
#include <gtest/gtest.h>

#include "support/bundled.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

using testing::CliRun;
using testing::CliSetup;

std::size_t Count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// One invocation of every subcommand that writes to stdout, plus --help of each.
std::vector<std::vector<std::string>> Invocations(const testing::TempDir& dir) {
  const std::string log = testing::SourcePath("tests/data/audit/edge-cases.csv");
  std::vector<std::vector<std::string>> runs = {
      {"check", "--item", "nvidia-h100-sxm5-80gb", "--to", "CN", "--date", "2024-05-01"},
      {"classify", "nvidia-h100-sxm5-80gb", "--explain"},
      {"screen", "--to-group", "D:5", "--date", "2026-11-28"},
      {"headroom", "nvidia-h20", "--to", "CN", "--date", "2026-11-28"},
      {"whatif", "nvidia-h20", "--set", "die_area_mm2=700", "--to", "CN", "--date", "2026-11-28"},
      {"diff", "--from", "2023-01-01", "--to", "2026-11-28"},
      {"catalog", "list"},
      {"catalog", "show", "nvidia-h100-sxm5-80gb"},
      {"rules"},
      {"lint"},
      {"dump", "--checked"},
      {"dump", "--program"},
      {"dump", "--ast", testing::SourcePath("rules/us-ear/ac-2023.rules")},
      {"version"},
      {"--help"},
      {"audit", log, "--db", dir.File("a.sqlite")},
      {"audit", log, "--db", dir.File("b.sqlite"), "--format", "json"},
  };
  for (const char* command : {"check", "classify", "screen", "headroom", "whatif", "diff", "catalog", "rules", "lint", "dump", "audit"}) {
    runs.push_back({command, "--help"});
  }
  return runs;
}

void ExpectReportedOnce(CliSetup::Stdout kind) {
  testing::TempDir dir;
  CliSetup setup;
  setup.stdout_kind = kind;
  for (const auto& args : Invocations(dir)) {
    const CliRun run = testing::RunCliWith(args, CHIPGATE_SOURCE_DIR, setup);
    std::string line;
    for (const auto& a : args) line += a + " ";
    const bool audit = args[0] == "audit" && args.size() > 2;
    EXPECT_EQ(run.exit_code, audit && args.back() == "json" ? 4 : 3) << line << "\n" << run.err;
    EXPECT_EQ(Count(run.err, "cannot write standard output"), 1U) << line << "\n" << run.err;
  }
}

TEST(StdoutErrors, EveryCommandReportsAFullDisk) { ExpectReportedOnce(CliSetup::Stdout::kDevFull); }

TEST(StdoutErrors, EveryCommandReportsAClosedPipe) { ExpectReportedOnce(CliSetup::Stdout::kClosedPipe); }

}  // namespace
}  // namespace chipgate

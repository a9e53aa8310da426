// `chipgate test` as a compliance team meets it: the in-tree conformance suite passes, a failing
// suite names each failure's case file and line, rule coverage lists the rules no case made
// hold with their rule file and line, an edited rule tree shows which cases it breaks, and the
// exit status tells CI what happened (0 passed, 1 failed, 2 bad input).
#include <gtest/gtest.h>

#include <fstream>

#include "support/edited_rules.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

using testing::CliRun;
using testing::TempDir;

CliRun Chipgate(const std::vector<std::string>& args) { return testing::RunCli(args, CHIPGATE_SOURCE_DIR); }
bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
std::string Source(const std::string& relative) { return std::string(CHIPGATE_SOURCE_DIR) + "/" + relative; }

std::string Write(const TempDir& dir, const std::string& name, const std::string& text) {
  const std::string path = dir.File(name);
  std::ofstream(path) << text;
  return path;
}

// Line 1 is a comment, the case starts on line 2, its outcome expectation is on line 9.
constexpr const char* kFailing = R"(# a team's own case, with a wrong expectation
[[case]]
name = "H100 to China"
item = "nvidia-h100-sxm5-80gb"
to = "CN"
end_user_hq = "CN"
date = "2025-06-01"
[case.expect]
outcome = "no_license_required"
license_required = "true"

[[case]]
name = "H100 to India"
item = "nvidia-h100-sxm5-80gb"
to = "IN"
end_user_hq = "IN"
date = "2025-06-01"
[case.expect]
license_required = "false"
)";

TEST(TestCli, TheConformanceSuitePassesWithFullCoverageFigures) {
  const CliRun run = Chipgate({"test", Source("tests/conformance"), "--catalog", Source("tests/conformance/items")});
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_TRUE(Has(run.out, " passed, 0 failed, 0 errors (")) << run.out;
  EXPECT_TRUE(Has(run.out, "rule coverage: ")) << run.out;
}

TEST(TestCli, AFailureNamesTheCaseFileAndLine) {
  const TempDir dir;
  const std::string file = Write(dir, "team.toml", kFailing);
  const CliRun run = Chipgate({"test", file});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(Has(run.out, file + ":9: case H100 to China: expected outcome = \"no_license_required\", got \"license_required\"\n")) << run.out;
  EXPECT_TRUE(Has(run.out, "1 passed, 1 failed, 0 errors (2 cases in 1 file)")) << run.out;
}

TEST(TestCli, JsonCarriesEachFailureWithFileLineAndTheCoverageByRule) {
  const TempDir dir;
  const std::string file = Write(dir, "team.toml", kFailing);
  const CliRun run = Chipgate({"test", file, "--format", "json"});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  for (const char* key : {"\"passed\": 1", "\"failed\": 1", "\"kind\": \"mismatch\"", "\"key\": \"outcome\"", "\"line\": 9",
                          "\"coverage\": {", "\"by_rule\": [", "\"status\": \"uncovered\"", "\"id\": \"ear.3a090.a.1\""}) {
    EXPECT_TRUE(Has(run.out, key)) << key << "\n" << run.out;
  }
  EXPECT_TRUE(Has(run.out, "\"file\": \"" + file + "\"")) << run.out;
}

TEST(TestCli, CoverageListsTheRulesNoCaseMadeHoldWithTheirRuleFileLine) {
  const TempDir dir;
  const std::string file = Write(dir, "team.toml", kFailing);
  const CliRun run = Chipgate({"test", file, "--coverage"});
  EXPECT_TRUE(Has(run.out, "evaluated, never held (add a case where the rule applies):\n")) << run.out;
  EXPECT_TRUE(Has(run.out, "never evaluated (in force on no case's date, or never reached):\n")) << run.out;
  // The 2022 rule was replaced in 2023: in force on no case's date.
  EXPECT_TRUE(Has(run.out, "rules/us-ear/ac-2022.rules:")) << run.out;
  EXPECT_TRUE(Has(run.out, ": classify ear.3a090.b.1 (did not hold in 2 cases, unknown in 0)\n")) << run.out;
  const CliRun plain = Chipgate({"test", file});
  EXPECT_FALSE(Has(plain.out, "never evaluated (")) << "the list is for --coverage";
}

TEST(TestCli, MinCoverageFailsASuiteThatPassesButCoversTooLittle) {
  const TempDir dir;
  const std::string file = Write(dir, "one.toml", std::string(kFailing).substr(std::string(kFailing).find("\n[[case]]\nname = \"H100 to India\"")));
  EXPECT_EQ(Chipgate({"test", file}).exit_code, 0);
  const CliRun run = Chipgate({"test", file, "--min-coverage", "90"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_TRUE(Has(run.err, "is below --min-coverage 90%")) << run.err;
  EXPECT_EQ(Chipgate({"test", file, "--min-coverage", "101"}).exit_code, 2);
}

TEST(TestCli, AnEditedRuleTreeShowsWhichConformanceCasesItBreaks) {
  const TempDir dir;
  // A draft that moves 3A090.a.1 from 4800 to 5000 TPP: the boundary cases must catch it.
  const std::string rules = testing::EditedRulesCopy(dir, "us-ear/ac-2023.rules", "tpp >= 4800", "tpp >= 5000");
  const CliRun run = Chipgate({"test", Source("tests/conformance"), "--catalog", Source("tests/conformance/items"), "--rules", rules});
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_TRUE(Has(run.out, Source("tests/conformance/thresholds.toml") + ":")) << run.out;
}

TEST(TestCli, BadCaseFilesAndRefusedCasesExitTwo) {
  const TempDir dir;
  const std::string typo = Write(dir, "typo.toml", std::string(kFailing).replace(std::string(kFailing).find("outcome"), 7, "outcom"));
  const CliRun bad = Chipgate({"test", typo});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_TRUE(Has(bad.err, typo + ":9:1: error[T0102]: unknown key `expect.outcom`")) << bad.err;
  EXPECT_TRUE(Has(bad.err, "help: did you mean `outcome`?")) << bad.err;
  EXPECT_TRUE(bad.out.empty()) << bad.out;

  const std::string unknown = Write(dir, "unknown.toml", std::string(kFailing).replace(std::string(kFailing).find("nvidia-h100"), 11, "nvidia-h999"));
  const CliRun refused = Chipgate({"test", unknown});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_TRUE(Has(refused.out, unknown + ":4: case H100 to China: error[Q0101]: unknown item `nvidia-h999-sxm5-80gb`")) << refused.out;

  EXPECT_EQ(Chipgate({"test"}).exit_code, 2);
  EXPECT_EQ(Chipgate({"test", dir.File("missing.toml")}).exit_code, 2);
}

TEST(TestCli, HelpDescribesTheCommand) {
  const CliRun help = Chipgate({"help"});
  EXPECT_TRUE(Has(help.out, "  test ")) << help.out;
  const CliRun usage = Chipgate({"test", "--help"});
  EXPECT_EQ(usage.exit_code, 0);
  EXPECT_TRUE(Has(usage.out, "docs/rule-tests.md")) << usage.out;
}

}  // namespace
}  // namespace chipgate

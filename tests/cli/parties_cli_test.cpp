// `chipgate parties search` as a user meets it: the JSON keys the issue names, ranking, the
// golden aliases and dates through the real binary, the exit codes, a real-format list given
// with --parties, and clear errors for bad input.
#include <gtest/gtest.h>

#include <fstream>

#include "support/bundled.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

using testing::CliRun;

CliRun Search(std::vector<std::string> args) {
  args.insert(args.begin(), {"parties", "search"});
  return testing::RunCli(args, CHIPGATE_SOURCE_DIR);
}
bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(PartiesCli, JsonHasTheKeysTheIssueNames) {
  const CliRun run = Search({"Dawning", "--date", "2025-06-01", "--country", "CN", "--format", "json"});
  ASSERT_EQ(run.exit_code, 1) << run.err;
  for (const char* key : {"\"query\": {", "\"name\": \"Dawning\"", "\"country\": \"CN\"", "\"date\": \"2025-06-01\"",
                          "\"matches\": [", "\"name\": \"Sugon\"", "\"matched\": \"Dawning\"", "\"list\": \"entity_list\"",
                          "\"score\": 1.000", "\"decision\": \"match\"", "\"countries\": [\n        \"CN\"\n      ]",
                          "\"federal_register_notice\": \"84 FR 29373; 87 FR 62202\"",
                          "\"license_requirement\": \"For All Items Subject to the EAR (See §734.9(e), and 744.11 of the EAR)4.\"",
                          "\"license_policy\": \"presumption_of_denial\"", "\"explanation\": \"alias \\\"Dawning\\\"",
                          "\"effect\": \"license_all_items\"", "\"lists\": [", "\"sha256\": \"", "\"list_date\": \"2026-07-31\""}) {
    EXPECT_TRUE(Has(run.out, key)) << key << "\n" << run.out;
  }
}

TEST(PartiesCli, RankedBestFirst) {
  const CliRun run = Search({"Higon", "--date", "2025-06-01", "--format", "json"});
  ASSERT_EQ(run.exit_code, 1) << run.err;
  const auto higon = run.out.find("\"name\": \"Higon\"");
  const auto chengdu = run.out.find("\"name\": \"Chengdu Haiguang Integrated Circuit\"");
  ASSERT_NE(higon, std::string::npos) << run.out;
  EXPECT_TRUE(chengdu == std::string::npos || higon < chengdu) << run.out;
}

TEST(PartiesCli, GoldenAliasesAndDates) {
  EXPECT_TRUE(Has(Search({"Zhipu AI", "--date", "2025-01-16"}).out, "match 1.000  Beijing Zhipu Huazhang Technology Co., Ltd."));
  const CliRun before = Search({"Zhipu AI", "--date", "2024-12-01"});
  EXPECT_EQ(before.exit_code, 0) << before.out;
  EXPECT_TRUE(Has(before.out, "no listed party scores 0.78 or more")) << before.out;
  EXPECT_TRUE(Has(Search({"Mo’er Xianchen", "--date", "2025-01-01"}).out, "Moore Thread Intelligent Technology (Beijing)"));
  const CliRun dpl = Search({"Kal Tek Labs", "--date", "2025-01-01"});
  EXPECT_TRUE(Has(dpl.out, "[denied_persons]")) << dpl.out;
  EXPECT_TRUE(Has(dpl.out, "listed: unknown")) << dpl.out;
  EXPECT_TRUE(Has(Search({"Sun Yat-Sen University", "--date", "2025-01-01"}).out, "[unverified]"));
}

TEST(PartiesCli, ReadsARealFormatListGivenWithParties) {
  testing::TempDir dir;
  const std::string path = (dir.path() / "consolidated.json").string();
  std::ofstream(path) << R"({"results": [{"source": "Entity List (EL) - Bureau of Industry and Security",
    "name": "Example Listed Semiconductor Co., Ltd.", "alt_names": ["ELS"], "start_date": "2024-01-01",
    "addresses": [{"country": "CN"}], "license_policy": "Presumption of denial"}]})";
  const CliRun run = Search({"Example Listed Semiconductor", "--parties", path, "--date", "2025-01-01", "--list-date", "2025-12-31"});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(Has(run.out, "Example Listed Semiconductor Co., Ltd.")) << run.out;
  EXPECT_TRUE(Has(run.out, "csl-json, 1 entries, dated 2025-12-31")) << run.out;
  EXPECT_FALSE(Has(run.out, "Sugon"));  // --parties replaces the bundled list
}

TEST(PartiesCli, BadInputIsAUsageError) {
  EXPECT_EQ(Search({}).exit_code, 2);
  const CliRun country = Search({"Sugon", "--country", "UK"});
  EXPECT_EQ(country.exit_code, 2);
  EXPECT_TRUE(Has(country.err, "the United Kingdom is GB")) << country.err;
  EXPECT_EQ(Search({"Sugon", "--date", "2025-13-01"}).exit_code, 2);
  EXPECT_EQ(Search({"Sugon", "--format", "xml"}).exit_code, 2);
  const CliRun missing = Search({"Sugon", "--parties", "/no/such/list.csv"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_TRUE(Has(missing.err, "error[P0100]")) << missing.err;
}

}  // namespace
}  // namespace chipgate

// `chipgate audit --format json|jsonl` as a script reads it: parsed, not grepped. The run object
// carries what reproduces the run (id, hashes, params); every input row is there in order; and a
// row's determination has `check --format json`'s keys and values for the same question.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

#include "support/audit_fixtures.hpp"
#include "support/bundled.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

using nlohmann::json;

using testing::CliRun;

CliRun Chipgate(const std::vector<std::string>& args) { return testing::RunCli(args, testing::SourcePath("")); }

json AuditDocument(testing::TempDir& dir) {
  const CliRun run = Chipgate({"audit", testing::AuditFixture("edge-cases.csv"), "--db", dir.File("a.sqlite"), "--format", "json"});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  return json::parse(run.out);
}

TEST(AuditJson, TheDocumentHasTheRunEveryRowInOrderAndTheSummary) {
  testing::TempDir dir;
  const json doc = AuditDocument(dir);
  EXPECT_EQ(doc["run"]["run_id"], 1);
  EXPECT_EQ(doc["run"]["rules_hash"].get<std::string>().size(), 64u);
  EXPECT_EQ(doc["run"]["catalog_hash"].get<std::string>().size(), 64u);
  EXPECT_TRUE(doc["run"]["params"].contains("tf32_bits"));
  const json& rows = doc["rows"];
  ASSERT_EQ(rows.size(), 6u);
  std::vector<int> lines;
  for (const auto& r : rows) lines.push_back(r["line"].get<int>());
  EXPECT_TRUE(std::is_sorted(lines.begin(), lines.end()));
  EXPECT_EQ(rows[0]["shipment_id"], "E1");
  EXPECT_EQ(rows[1]["end_user"], "Line one\r\nline two \"quoted\"");
  EXPECT_EQ(doc["summary"]["read"], 6);
  EXPECT_EQ(doc["summary"]["decided"].get<int>() + doc["summary"]["rejected"].get<int>(), 6);
}

TEST(AuditJson, RowsUseCheckKeysAndTypes) {
  testing::TempDir dir;
  const json doc = AuditDocument(dir);
  for (const auto& r : doc["rows"]) {
    if (r["verdict"] == "rejected") {
      EXPECT_TRUE(r["outcome"].is_null());
      EXPECT_FALSE(r["reject_reason"].get<std::string>().empty());
      continue;
    }
    EXPECT_TRUE(r["missing"].is_array()) << r.dump();
    EXPECT_TRUE(r["license_exceptions"].is_array());
    EXPECT_TRUE(r["license_required"].is_boolean() || r["license_required"].is_null());
    ASSERT_TRUE(r["reasons"].is_array());
    for (const auto& reason : r["reasons"]) {
      EXPECT_TRUE(reason.contains("rule_id"));
      EXPECT_TRUE(reason.contains("kind"));
    }
  }
}

// Each decided row, asked again with `check`: the same outcome, classification, license, review
// policy and exceptions.
TEST(AuditJson, RowsAgreeWithCheckForTheSameQuestion) {
  testing::TempDir dir;
  const json doc = AuditDocument(dir);
  int compared = 0;
  for (const auto& r : doc["rows"]) {
    if (r["verdict"] == "rejected") continue;
    std::vector<std::string> args = {"check", "--item", r["item_id"], "--to", r["destination"], "--date", r["date"], "--format", "json"};
    if (!r["end_user_hq"].is_null()) {
      args.push_back("--end-user-hq");
      args.push_back(r["end_user_hq"]);
    }
    const CliRun check = Chipgate(args);
    ASSERT_NE(check.exit_code, 2) << check.err;
    const json c = json::parse(check.out);
    const std::string what = r.dump();
    EXPECT_EQ(r["outcome"], c["outcome"]) << what;
    EXPECT_EQ(r["status"], c["status"]) << what;
    EXPECT_EQ(r["classifications"], c["classifications"]) << what;
    EXPECT_EQ(r["criteria"], c["criteria"]) << what;
    EXPECT_EQ(r["license_required"], c["license_required"]) << what;
    EXPECT_EQ(r["review_policy"], c["review_policy"]) << what;
    EXPECT_EQ(r["license_exceptions"], c["license_exceptions"]) << what;
    std::vector<std::string> row_rules, check_rules;
    for (const auto& x : r["reasons"]) row_rules.push_back(x["rule_id"]);
    for (const auto& x : c["reasons"]) check_rules.push_back(x["rule_id"]);
    EXPECT_EQ(row_rules, check_rules) << what;
    ++compared;
  }
  EXPECT_GE(compared, 4);
}

TEST(AuditJson, JsonLinesHaveTheRunFirstOneRowPerLineAndTheSummaryLast) {
  testing::TempDir dir;
  const CliRun run = Chipgate({"audit", testing::AuditFixture("edge-cases.csv"), "--db", dir.File("a.sqlite"), "--format", "jsonl"});
  ASSERT_EQ(run.exit_code, 1) << run.err;
  std::istringstream in(run.out);
  std::vector<json> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
  ASSERT_EQ(lines.size(), 8u);
  EXPECT_EQ(lines.front()["type"], "run");
  EXPECT_EQ(lines.front()["run_id"], 1);
  for (std::size_t i = 1; i + 1 < lines.size(); ++i) EXPECT_EQ(lines[i]["type"], "row");
  EXPECT_EQ(lines.back()["type"], "summary");
  EXPECT_EQ(lines.back()["read"], 6);
  EXPECT_TRUE(run.err.find("rows read") != std::string::npos) << "the summary text moves to stderr";
}

}  // namespace
}  // namespace chipgate

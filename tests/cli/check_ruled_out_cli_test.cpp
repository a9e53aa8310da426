// A "no license required" memo shows what was checked (issue 11): the requirement rules in force
// that did not apply, each with the fact that ruled it out and its citation, the rest counted,
// and the margins to the classification criteria the item missed. The JSON (`--explain`) carries
// the same as data. Memos that answer "license required" or "indeterminate" keep their shape.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/run_cli.hpp"

namespace chipgate {
namespace {

using nlohmann::json;
using testing::CliRun;

CliRun Chipgate(const std::vector<std::string>& args) { return testing::RunCli(args, CHIPGATE_SOURCE_DIR); }
bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::vector<std::string> Question(const char* item, const char* to) {
  return {"check", "--item", item, "--to", to, "--date", "2025-03-01", "--end-use", "none", "--end-user-hq", to};
}

json CheckJson(const char* item, const char* to) {
  std::vector<std::string> args = Question(item, to);
  for (const char* a : {"--format", "json", "--explain"}) args.emplace_back(a);
  const CliRun run = Chipgate(args);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  return json::parse(run.out);
}

const json* RuleIn(const json& list, const std::string& id) {
  for (const auto& r : list) {
    if (r["rule_id"] == id) return &r;
  }
  return nullptr;
}

TEST(CheckRuledOut, NoLicenseMemoListsTheRulesRuledOutWithFactsAndCitations) {
  const CliRun run = Chipgate(Question("nvidia-l4", "DE"));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  ASSERT_EQ(run.out.rfind("NO LICENSE REQUIRED", 0), 0U) << run.out;
  EXPECT_TRUE(Has(run.out, "\nRequirements checked that do not apply on 2025-03-01\n")) << run.out;
  EXPECT_TRUE(Has(run.out, "  - ear.746.2: Cuba: license required for all items subject to the EAR\n"
                           "       destination DE (Germany) is not in {CU} on 2025-03-01\n"
                           "       cite: 15 CFR 746.2(a) and 746.1(a)(1)")) << run.out;
  EXPECT_TRUE(Has(run.out, "destination DE (Germany) is not in advanced_computing_destinations on 2025-03-01")) << run.out;
  EXPECT_TRUE(Has(run.out, "  Not listed: ")) << run.out;
  EXPECT_TRUE(Has(run.out, " not in force on 2025-03-01")) << run.out;
}

// The A2 (TPP 288, no 3A090 paragraph) shows each 3A090 criterion with its margin.
TEST(CheckRuledOut, AnItemBelowEveryThresholdShowsTheMarginToEach) {
  const CliRun run = Chipgate(Question("nvidia-a2", "DE"));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Has(run.out, "\nClassification criteria not met, with the margins to their thresholds\n")) << run.out;
  EXPECT_TRUE(Has(run.out, "  - 3A090.a.1: TPP of 4800 or more (ear.3a090.a.1)\n       tpp = 288 TOPS*bit is 4512 below 4800\n")) << run.out;
  for (const char* criterion : {"3A090.a.2", "3A090.b.1", "3A090.b.2"}) {
    EXPECT_TRUE(Has(run.out, fmt::format("  - {}: ", criterion))) << criterion << "\n" << run.out;
  }
}

// Their reasons already say what applied (check_cli_test.cpp pins them); the new sections are
// for the answer that otherwise says nothing.
TEST(CheckRuledOut, LicenseRequiredAndIndeterminateMemosGainNoSection) {
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"check", "--item", "amd-mi210", "--to", "VN", "--end-user-hq", "VN", "--date", "2024-06-01"},
        std::vector<std::string>{"check", "--item", "nvidia-a100-sxm4-80gb", "--to", "MY", "--date", "2024-06-01"}}) {
    const CliRun run = Chipgate(args);
    EXPECT_FALSE(Has(run.out, "Requirements checked that do not apply")) << run.out;
    EXPECT_FALSE(Has(run.out, "Classification criteria not met")) << run.out;
  }
}

TEST(CheckRuledOut, JsonHasTheRulesRuledOutAsData) {
  const json d = CheckJson("nvidia-l4", "DE");
  ASSERT_EQ(d["outcome"], "no_license_required");
  const json& checked = d["requirements_checked"];
  ASSERT_TRUE(checked["not_applied"].is_array());
  ASSERT_FALSE(checked["not_applied"].empty());
  for (const char* count : {"applied", "conditions", "not_for_item", "not_in_force"}) {
    EXPECT_TRUE(checked[count].is_number_integer()) << count;
  }
  EXPECT_EQ(checked["applied"], 0);
  for (const auto& r : checked["not_applied"]) {
    EXPECT_EQ(r["kind"], "requirement");
    EXPECT_EQ(r["holds"], "false");
    EXPECT_TRUE(r["citations"].is_array() && !r["citations"].empty()) << r.dump();
    EXPECT_EQ(r["citation"], r["citations"][0]);
    ASSERT_FALSE(r["failed"].empty()) << r.dump();
    for (const auto& f : r["failed"]) EXPECT_EQ(f["holds"], false) << f.dump();
  }
  const json* cuba = RuleIn(checked["not_applied"], "ear.746.2");
  ASSERT_NE(cuba, nullptr);
  const json& fact = (*cuba)["failed"][0];
  EXPECT_EQ(fact["kind"], "membership");
  EXPECT_EQ(fact["membership"]["input"], "destination");
  EXPECT_EQ(fact["membership"]["country"], "DE");
  EXPECT_EQ(fact["membership"]["set"], "{CU}");
  EXPECT_EQ(fact["membership"]["member"], false);
}

TEST(CheckRuledOut, JsonHasTheMarginsBelowAndNotTheCriteriaMet) {
  const json below = CheckJson("nvidia-a2", "DE");
  const json* a1 = RuleIn(below["thresholds_missed"], "ear.3a090.a.1");
  ASSERT_NE(a1, nullptr) << below["thresholds_missed"].dump(1);
  EXPECT_EQ((*a1)["kind"], "classification");
  EXPECT_EQ((*a1)["eccn"], "3A090.a.1");
  const json& test = (*a1)["tests"][0];
  EXPECT_EQ(test["kind"], "comparison");
  EXPECT_EQ(test["holds"], false);
  EXPECT_EQ(test["comparison"]["lhs"], "tpp");
  EXPECT_EQ(test["comparison"]["op"], ">=");
  EXPECT_EQ(test["comparison"]["lhs_value"], 288);
  EXPECT_EQ(test["comparison"]["rhs_value"], 4800);
  EXPECT_EQ(test["comparison"]["margin"], -4512);
  // The H100 meets 3A090.a.1: the criterion is met, so it is not among the missed.
  const json above = CheckJson("nvidia-h100-sxm5-80gb", "DE");
  EXPECT_EQ(RuleIn(above["thresholds_missed"], "ear.3a090.a.1"), nullptr) << above["thresholds_missed"].dump(1);
  EXPECT_NE(RuleIn(above["thresholds_missed"], "ear.3a090.b.1"), nullptr) << above["thresholds_missed"].dump(1);
}

TEST(CheckRuledOut, KhersonAndZaporizhzhiaFailClosedAndSaySo) {
  for (const char* region : {"UA-65", "UA-23"}) {
    const CliRun run = Chipgate(Question("nvidia-a2", region));
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out.rfind("LICENSE REQUIRED (presumption of denial)", 0), 0U) << run.out;
    const std::string headline = run.out.substr(0, run.out.find("\n\n"));
    EXPECT_TRUE(Has(headline, "[relies on unconfirmed rules: ear.746.6.kherson-zaporizhzhia]")) << run.out;
    EXPECT_TRUE(Has(run.out, "coverage of Kherson and Zaporizhzhia not confirmed")) << run.out;
  }
}

}  // namespace
}  // namespace chipgate

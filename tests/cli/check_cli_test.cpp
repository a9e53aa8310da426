// `chipgate check` and `classify` as a user meets them: the JSON keys scripts rely on, the memo's
// shape, exit codes, and clear errors for bad input (unknown item, country, date).
#include <gtest/gtest.h>

#include "support/bundled.hpp"
#include "support/run_cli.hpp"

namespace chipgate {
namespace {

using testing::CliRun;

CliRun Chipgate(const std::vector<std::string>& args) { return testing::RunCli(args, CHIPGATE_SOURCE_DIR); }
bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(CheckCli, JsonHasThePublicKeys) {
  const CliRun run = Chipgate({"check", "--item", "nvidia-rtx-4090", "--to", "CN", "--end-user-hq", "CN",
                               "--date", "2024-06-01", "--format", "json"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  for (const char* key : {"\"item\": \"nvidia-rtx-4090\"", "\"destination\": \"CN\"", "\"date\": \"2024-06-01\"",
                          "\"status\": \"determined\"", "\"classifications\": [\n    \"3A090.a\"\n  ]",
                          "\"criteria\": [", "\"license_required\": true", "\"review_policy\": \"presumption_of_denial\"",
                          "\"license_exceptions\": [\n    \"NAC\"\n  ]", "\"reasons\": [", "\"rule_id\": \"ear.3a090.a.1\"",
                          "\"citation\": \"88 FR 73458", "\"provenance\": {", "\"rules_hash\": \"", "\"catalog_hash\": \""}) {
    EXPECT_TRUE(Has(run.out, key)) << key << "\n" << run.out;
  }
}

TEST(CheckCli, NoLicenseIsFalseAndNoReviewPolicy) {
  const CliRun run = Chipgate({"check", "--item", "nvidia-h20", "--to", "MY", "--end-user-hq", "MY",
                               "--date", "2025-06-01", "--format", "json"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Has(run.out, "\"license_required\": false")) << run.out;
  EXPECT_TRUE(Has(run.out, "\"review_policy\": null")) << run.out;
  EXPECT_TRUE(Has(run.out, "\"classifications\": [\n    \"3A991.p\"\n  ]")) << run.out;  // AT only (issue 11)
}

TEST(CheckCli, IndeterminateNamesTheMissingInputAndExitsOne) {
  const CliRun run = Chipgate({"check", "--item", "nvidia-a100-sxm4-80gb", "--to", "MY", "--date", "2024-06-01"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.out.rfind("INDETERMINATE: the rules cannot decide without: end_user_hq", 0), 0U) << run.out;
  const CliRun json = Chipgate({"check", "--item", "nvidia-a100-sxm4-80gb", "--to", "MY", "--date", "2024-06-01",
                                "--format", "json"});
  EXPECT_TRUE(Has(json.out, "\"status\": \"indeterminate\"")) << json.out;
  EXPECT_TRUE(Has(json.out, "\"license_required\": null")) << json.out;
  EXPECT_TRUE(Has(json.out, "\"missing\": [\n    \"end_user_hq\"\n  ]")) << json.out;
}

TEST(CheckCli, MemoPutsTheDecisionFirstThenReasonsWithMarginsAndCitations) {
  const CliRun run = Chipgate({"check", "--item", "amd-mi210", "--to", "VN", "--end-user-hq", "VN", "--date", "2024-06-01"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.rfind("LICENSE REQUIRED (presumption of approval); License Exception ACA available", 0), 0U) << run.out;
  EXPECT_TRUE(Has(run.out, "tpp = 2899.2 TOPS*bit is 499.2 above 2400")) << run.out;
  EXPECT_TRUE(Has(run.out, "cite: 88 FR 73458 (25 Oct 2023), Supp. No. 1 to Part 774, ECCN 3A090.b.1")) << run.out;
  EXPECT_TRUE(Has(run.out, "destination VN (Vietnam) is in advanced_computing_destinations on 2024-06-01")) << run.out;
  EXPECT_TRUE(Has(run.out, "Provenance: rules sha256 ")) << run.out;
}

TEST(CheckCli, HongKongSaysItIsTreatedAsChina) {
  const CliRun run = Chipgate({"check", "--item", "nvidia-h100-sxm5-80gb", "--to", "HK", "--end-user-hq", "HK", "--date", "2024-06-01"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Has(run.out, "destination:  Hong Kong (HK), treated as China (CN)")) << run.out;
}

TEST(CheckCli, BadInputIsAnErrorThatSaysWhatWasExpected) {
  const CliRun item = Chipgate({"check", "--item", "nvidia-h100-sxm5", "--to", "CN"});
  EXPECT_EQ(item.exit_code, 2);
  EXPECT_TRUE(Has(item.err, "unknown item `nvidia-h100-sxm5`")) << item.err;
  EXPECT_TRUE(Has(item.err, "did you mean `nvidia-h100-sxm5-80gb`?")) << item.err;
  EXPECT_EQ(item.out, "");

  const CliRun country = Chipgate({"check", "--item", "nvidia-h20", "--to", "UK"});
  EXPECT_EQ(country.exit_code, 2);
  EXPECT_TRUE(Has(country.err, "--to: `UK` is not a country code; expected an ISO 3166-1 alpha-2 code")) << country.err;
  EXPECT_TRUE(Has(country.err, "the United Kingdom is GB")) << country.err;

  const CliRun date = Chipgate({"check", "--item", "nvidia-h20", "--to", "CN", "--date", "2024-13-01"});
  EXPECT_EQ(date.exit_code, 2);
  EXPECT_TRUE(Has(date.err, "--date: `2024-13-01` is not a date; expected YYYY-MM-DD")) << date.err;

  const CliRun early = Chipgate({"check", "--item", "nvidia-h20", "--to", "CN", "--date", "2021-01-01"});
  EXPECT_EQ(early.exit_code, 2);
  EXPECT_TRUE(Has(early.err, "the rules answer for dates from 2022-10-07")) << early.err;

  const CliRun missing = Chipgate({"check", "--to", "CN"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_TRUE(Has(missing.err, "--item is required")) << missing.err;

  const CliRun param = Chipgate({"check", "--item", "nvidia-h20", "--to", "CN", "--param", "ai_difusion=true"});
  EXPECT_EQ(param.exit_code, 2);
  EXPECT_TRUE(Has(param.err, "unknown param `ai_difusion`")) << param.err;
  EXPECT_TRUE(Has(param.err, "did you mean `ai_diffusion`?")) << param.err;
}

TEST(CheckCli, CatalogLayerAddsADesignThatIsNotBundled) {
  const CliRun run = Chipgate({"check", "--item", "probe-tpp4800-nondc", "--to", "CN", "--end-user-hq", "CN",
                               "--date", "2024-06-01", "--catalog", std::string(CHIPGATE_SOURCE_DIR) + "/tests/conformance/items"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.rfind("LICENSE REQUIRED (presumption of denial); License Exception NAC available", 0), 0U) << run.out;
}

TEST(ClassifyCli, ShowsCriteriaMetricsAndMargins) {
  const CliRun run = Chipgate({"classify", "nvidia-h20", "nvidia-rtx-4090d", "--date", "2024-06-01"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Has(run.out, "NVIDIA H20 (HGX H20) (nvidia-h20) on 2024-06-01\n  classification: 3A991.p (derived from the catalog figures)\n  criteria met:   3A991.p.1, 3A991.p.2")) << run.out;  // not 3A090 (issue 11)
  EXPECT_TRUE(Has(run.out, "tpp = 2368 TOPS*bit is 32 below 2400")) << run.out;   // 3A090.b.1
  EXPECT_TRUE(Has(run.out, "pd = ≈2.9091 TOPS*bit/mm2 is ≈0.2909 below 3.2")) << run.out;  // 3A090.b.2
  EXPECT_TRUE(Has(run.out, "excluded by ear.3a090.note2")) << run.out;  // the RTX 4090 D
  const CliRun json = Chipgate({"classify", "amd-mi210", "--date", "2024-06-01", "--format", "json"});
  EXPECT_TRUE(Has(json.out, "\"classifications\": [\n        \"3A090.b\"\n      ]")) << json.out;
  EXPECT_TRUE(Has(json.out, "\"margin\": 499.2")) << json.out;
}

}  // namespace
}  // namespace chipgate

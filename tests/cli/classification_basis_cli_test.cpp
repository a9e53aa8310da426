// The basis of each classification, in check's memo and JSON and in classify: "derived from the
// catalog figures" or "stated by the vendor" (with the catalog's source), read from the checked
// rules (a classify rule whose condition reads `vendor_eccn`), never from rule titles.
#include <gtest/gtest.h>

#include <algorithm>

#include "support/bundled.hpp"
#include "support/run_cli.hpp"

namespace chipgate {
namespace {

using testing::CliRun;

CliRun Chipgate(const std::vector<std::string>& args) { return testing::RunCli(args, CHIPGATE_SOURCE_DIR); }
bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const std::string kProbes = std::string(CHIPGATE_SOURCE_DIR) + "/tests/conformance/items";

TEST(ClassificationBasis, TheCheckerMarksTheRulesThatApplyTheVendorsStatement) {
  const Model& m = testing::LoadBundled().model;
  std::size_t stated = 0;
  for (const auto& rule : m.classify_rules) {
    // The bundled vendor rules are the ear.vendor.* ones; every other rule reads catalog figures.
    const bool vendor_rule = rule.info.id.rfind("ear.vendor.", 0) == 0;
    EXPECT_EQ(rule.basis == ClassificationBasis::kVendorStated, vendor_rule) << rule.info.id;
    stated += vendor_rule ? 1 : 0;
  }
  EXPECT_GT(stated, 0U);
}

TEST(ClassificationBasis, MemoAndJsonNameTheVendorsStatementAndItsSource) {
  // By its figures below 3A991.p (EAR99); its vendor states 3A991.p, which then holds, so the
  // memo must say the classification rests on the vendor's statement, not on the figures.
  const std::vector<std::string> ask = {"check", "--item", "probe-ear99-vendor-3a991p", "--catalog", kProbes, "--to", "DE",
                                        "--end-user-hq", "DE", "--end-use", "none", "--date", "2026-07-20"};
  const CliRun memo = Chipgate(ask);
  ASSERT_EQ(memo.exit_code, 0) << memo.err;
  EXPECT_TRUE(Has(memo.out, "  classification: 3A991.p (stated by the vendor: synthetic statement (tests/conformance))\n")) << memo.out;
  std::vector<std::string> json_ask = ask;
  json_ask.insert(json_ask.end(), {"--format", "json"});
  const CliRun json = Chipgate(json_ask);
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_TRUE(Has(json.out, "\"classifications\": [\n    \"3A991.p\"\n  ]")) << json.out;  // the old key stays
  EXPECT_TRUE(Has(json.out, "\"classification_basis\": [\n    {\n      \"eccn\": \"3A991.p\",\n      \"basis\": \"vendor_stated\",\n"
                            "      \"source\": \"synthetic statement (tests/conformance)\"\n    }\n  ]")) << json.out;
}

TEST(ClassificationBasis, ADerivedClassificationSaysSoInClassify) {
  const CliRun text = Chipgate({"classify", "nvidia-a2", "--date", "2026-07-20"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_TRUE(Has(text.out, "  classification: 3A991.p (derived from the catalog figures)\n")) << text.out;
  const CliRun json = Chipgate({"classify", "nvidia-a2", "--date", "2026-07-20", "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_TRUE(Has(json.out, "\"classification_basis\": [")) << json.out;
  EXPECT_TRUE(Has(json.out, "\"eccn\": \"3A991.p\",")) << json.out;
  EXPECT_TRUE(Has(json.out, "\"basis\": \"derived\",")) << json.out;
  EXPECT_FALSE(Has(json.out, "\"basis\": \"vendor_stated\"")) << json.out;
}

}  // namespace
}  // namespace chipgate

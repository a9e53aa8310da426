// What the public API gives a server for bounding and judging requests: an audit that passes
// AuditJob::deadline stops, is rolled back and says so (Q0206, field `deadline`); a question's
// claim is judged into the decision and rendered last in its JSON, first in its HTML; a quantity
// needs a claim and must be above 0 (Q0107); license registers load with the engine.
#include <gtest/gtest.h>

#include <fstream>

#include "chipgate/chipgate.hpp"
#include "store/audit_store.hpp"
#include "store/sqlite.hpp"
#include "support/bundled.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

TEST(EngineLimits, AnAuditPastItsDeadlineIsRolledBackWithQ0206) {
  testing::TempDir dir;
  std::ofstream(dir.File("log.csv")) << "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq\n"
                                        "S1,2025-02-01,nvidia-h100-sxm5-80gb,8,CN,Acme,CN\n";
  AuditJob job;
  job.input_path = dir.File("log.csv");
  job.db_path = dir.File("audit.sqlite");
  job.deadline = std::chrono::steady_clock::now();  // already passed: the first row stops the run
  const Result<AuditRunSummary> late = testing::BundledEngine().Audit(job);
  ASSERT_FALSE(late.ok());
  ASSERT_FALSE(late.diagnostics.empty());
  EXPECT_EQ(late.diagnostics[0].code, "Q0206");
  EXPECT_EQ(late.diagnostics[0].field, "deadline");
  job.deadline = std::chrono::steady_clock::time_point::max();
  const Result<AuditRunSummary> run = testing::BundledEngine().Audit(job);
  ASSERT_TRUE(run.ok()) << RenderText(run.diagnostics);
  EXPECT_EQ(run.value->run_id, 1) << "the late run stored nothing";
}

// Engine::Audit reads a log in ship-date order once; this one is not, and its order changes the
// depletion, so the run is done again with a plan: one run stored, the early shipment drawing
// first and the late one running out (10 licensed: 6 on March 1, then 5 on June 1 is over).
TEST(EngineLimits, AnAuditOfALogOutOfShipDateOrderDepletesInShipDateOrder) {
  testing::TempDir dir;
  std::ofstream(dir.File("log.csv")) << "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed\n"
                                        "LATE,2024-06-01,nvidia-h100-sxm5-80gb,5,CN,Example Co,CN,D1000001\n"
                                        "EARLY,2024-03-01,nvidia-h100-sxm5-80gb,6,CN,Example Co,CN,D1000001\n";
  AuditJob job;
  job.input_path = dir.File("log.csv");
  job.db_path = dir.File("audit.sqlite");
  job.license_files = {testing::SourcePath("tests/data/audit/licenses.csv")};
  const Result<AuditRunSummary> run = testing::BundledEngine().Audit(job);
  ASSERT_TRUE(run.ok()) << RenderText(run.diagnostics);
  EXPECT_EQ(run.value->run_id, 1) << "the first attempt was rolled back";
  EXPECT_EQ(run.value->ok, 1U);
  EXPECT_EQ(run.value->violations, 1U);
  auto db = sqlite::Database::Open(job.db_path);
  ASSERT_TRUE(db.ok());
  auto st = db->Prepare("SELECT shipment_id, license_finding FROM results_explained ORDER BY line");
  ASSERT_TRUE(st.ok());
  std::string findings;
  while (st->Step().row()) findings += std::string(st->ColumnText(0)) + "|" + std::string(st->ColumnText(1)) + "\n";
  EXPECT_EQ(findings, "LATE|quantity-exhausted\nEARLY|covered\n");
  std::vector<LicenseUseRecord> uses;
  ASSERT_FALSE(ReadLicenseLedger(job.db_path, uses));
  EXPECT_EQ(uses.size(), 2U) << "both shipments drew on the license, the late one past its end";
}

Question H100ToChina() {
  Question q;
  q.item = "nvidia-h100-sxm5-80gb";
  q.destination = "CN";
  q.end_user_hq = "CN";
  q.date = "2025-02-01";
  return q;
}

TEST(EngineLimits, AClaimIsJudgedIntoTheDecisionAndRenderedLast) {
  const Engine& engine = testing::BundledEngine();
  Question q = H100ToChina();
  const Result<Decision> plain = engine.Decide(q);
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain.value->claim, nullptr);
  q.claim = "EAR99";
  const Result<Decision> claimed = engine.Decide(q);
  ASSERT_TRUE(claimed.ok());
  ASSERT_NE(claimed.value->claim, nullptr);
  const std::string json = engine.RenderDecision(*claimed.value, Format::kJson);
  const auto at = json.rfind("\"claim\": {");
  ASSERT_NE(at, std::string::npos) << json;
  EXPECT_EQ(json.find("\"provenance\"", at), std::string::npos) << "the claim is the last key";
  EXPECT_NE(json.find("\"verdict\": \"violation\"", at), std::string::npos) << json.substr(at);
  EXPECT_NE(engine.RenderDecision(*claimed.value, Format::kText).find("\nCLAIM\n  claimed: EAR99 (unrecognised)\n  verdict: violation\n"),
            std::string::npos);
}

// The web page shows the claim's judgement before the reasons, and the claim is the asker's
// text: escaped like every other.
TEST(EngineLimits, AClaimOpensTheHtmlFragmentEscaped) {
  const Engine& engine = testing::BundledEngine();
  Question q = H100ToChina();
  const Result<Decision> plain = engine.Explain(q);
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(engine.RenderDecision(*plain.value, Format::kHtml).find("class=\"claim"), std::string::npos);
  q.claim = "<b>EAR99</b>";
  const Result<Decision> claimed = engine.Explain(q);
  ASSERT_TRUE(claimed.ok());
  const std::string html = engine.RenderDecision(*claimed.value, Format::kHtml);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  const auto claim = html.find(R"(<div class="claim verdict-violation" data-verdict="violation"><p><code>&lt;b&gt;EAR99&lt;/b&gt;</code> (unrecognised))");
  ASSERT_NE(claim, std::string::npos) << html.substr(0, 600);
  EXPECT_LT(claim, html.find("<h5>Reasons</h5>"));
}

TEST(EngineLimits, AQuantityNeedsAClaimAndMustBeAboveZero) {
  const Engine& engine = testing::BundledEngine();
  Question q = H100ToChina();
  q.quantity = 8;
  const Result<Decision> alone = engine.Decide(q);
  ASSERT_FALSE(alone.ok());
  EXPECT_EQ(alone.diagnostics[0].code, "Q0107");
  EXPECT_EQ(alone.diagnostics[0].field, "quantity");
  q.claim = "NLR";
  q.quantity = 0;
  EXPECT_FALSE(engine.Decide(q).ok());
  q.quantity = 1;
  EXPECT_TRUE(engine.Decide(q).ok());
}

TEST(EngineLimits, LicenseRegistersLoadWithTheEngineAndCheckClaimedNumbers) {
  testing::TempDir dir;
  std::ofstream(dir.File("licenses.csv")) << "license_number,items,destinations,end_user,quantity,valid_from,valid_to\n"
                                             "D1134598,nvidia-h100-sxm5-80gb,CN,Acme,32,2024-02-02,2025-04-02\n";
  EngineOptions o;
  o.data_dir = testing::SourcePath("");
  o.licenses = {dir.File("licenses.csv")};
  const Result<Engine> engine = Engine::Load(o);
  ASSERT_TRUE(engine.ok()) << RenderText(engine.diagnostics);
  Question q = H100ToChina();
  q.end_user = "Acme";
  q.claim = "D1134598";
  q.quantity = 40;
  const Result<Decision> d = engine.value->Decide(q);
  ASSERT_TRUE(d.ok()) << RenderText(d.diagnostics);
  const std::string json = engine.value->RenderDecision(*d.value, Format::kJson);
  EXPECT_NE(json.find("\"finding\": \"quantity-exceeded\""), std::string::npos) << json;
  std::ofstream(dir.File("broken.csv")) << "license_number,items\nD1,nvidia-h100-sxm5-80gb\n";
  o.licenses = {dir.File("broken.csv")};
  EXPECT_FALSE(Engine::Load(o).ok()) << "a register that does not load stops the engine's load";
}

}  // namespace
}  // namespace chipgate

// The `prohibited` verdict (issue 11): a row whose shipment no license can authorize is
// `prohibited` whatever it claims, counted apart from violations in the summary, the HTML
// report, the CSV and JSON rows and the database, and it makes the run a finding. The bundled
// rules cannot yet produce Outcome::kProhibited on the fast path (party screening and the Part
// 746 rules do it in `check`), so the rows here are made directly.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "audit/verdict.hpp"
#include "report/audit_output.hpp"
#include "report/audit_report.hpp"
#include "store/audit_store.hpp"
#include "store/sqlite.hpp"
#include "support/bundled.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

using audit_detail::CompareClaim;

TEST(AuditProhibited, EveryClaimOfAProhibitedShipmentIsProhibited) {
  for (const char* claimed : {"NLR", "D123456", "NAC", "TBD"}) {
    for (const Tri license : {Tri::kTrue, Tri::kFalse, Tri::kUnknown}) {
      const auto check = CompareClaim(Outcome::kProhibited, license, Tri::kTrue, ParseClaim(claimed));
      EXPECT_EQ(check.verdict, Verdict::kProhibited) << claimed;
      EXPECT_NE(check.sentence.find("no license or License Exception can authorize it"), std::string::npos);
    }
  }
  EXPECT_EQ(CompareClaim(Outcome::kLicenseRequired, Tri::kTrue, Tri::kFalse, ParseClaim("NLR")).verdict, Verdict::kViolation);
  EXPECT_EQ(audit_detail::RequiredText(Outcome::kProhibited, Tri::kTrue, ReviewPolicy::kNone, true, {}), "prohibited (no license can authorize it)");
  EXPECT_EQ(VerdictName(Verdict::kProhibited), "prohibited");
}

TEST(AuditProhibited, AProhibitedRowIsAFinding) {
  AuditCounts n;
  n.by_verdict[static_cast<std::size_t>(Verdict::kOk)] = 3;
  EXPECT_FALSE(n.has_findings());
  n.by_verdict[static_cast<std::size_t>(Verdict::kProhibited)] = 1;
  EXPECT_TRUE(n.has_findings());
}

// One decided row to Russia whose explanation says prohibited, as the sinks receive it.
struct ProhibitedRow {
  std::string id = "S-9", date = "2025-03-01", item = "nvidia-h100-sxm5-80gb", quantity = "2", to = "RU", end_user = "Acme", claimed = "NLR";
  ShipmentRow row;
  RowExplanation why;

  ProhibitedRow() {
    const auto& catalog = testing::LoadBundled().catalog;
    row.line = 2;
    row.fields[static_cast<std::size_t>(AuditColumn::kShipmentId)] = id;
    row.fields[static_cast<std::size_t>(AuditColumn::kShipDate)] = date;
    row.fields[static_cast<std::size_t>(AuditColumn::kItem)] = item;
    row.fields[static_cast<std::size_t>(AuditColumn::kQuantity)] = quantity;
    row.fields[static_cast<std::size_t>(AuditColumn::kDestination)] = to;
    row.fields[static_cast<std::size_t>(AuditColumn::kEndUser)] = end_user;
    row.fields[static_cast<std::size_t>(AuditColumn::kClaimed)] = claimed;
    row.item = static_cast<std::uint32_t>(*catalog.IndexOf(item));
    row.date = *Date::Parse(date);
    row.quantity = 2;
    row.destination = *CountryCode::Parse(to);
    row.claim = ParseClaim(claimed);
    why.id = 1;
    why.verdict = Verdict::kProhibited;
    why.outcome = Outcome::kProhibited;
    why.item_id = item;
    why.required = "prohibited (no license can authorize it)";
    why.reasons = {"the shipment was prohibited: no license or License Exception can authorize it, whatever was claimed"};
    why.reasons_json = R"(["the shipment was prohibited"])";
    why.citations_json = "[]";
  }
};

std::string Written(void (*write)(std::FILE*, const AuditedRow&), const AuditedRow& row) {
  std::FILE* f = std::tmpfile();
  write(f, row);
  std::fflush(f);
  std::rewind(f);
  std::string out;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) out.append(buffer, n);
  std::fclose(f);
  return out;
}

TEST(AuditProhibited, CsvAndJsonRowsSayProhibited) {
  const ProhibitedRow p;
  const AuditedRow row{p.row, p.why};
  const std::string csv = Written([](std::FILE* f, const AuditedRow& r) { (void)AuditCsvWriter(f).Add(r); }, row);
  EXPECT_NE(csv.find(",NLR,prohibited,prohibited (no license can authorize it),"), std::string::npos) << csv;
  const std::string json = Written(
      [](std::FILE* f, const AuditedRow& r) {
        AuditJsonWriter w(f, testing::LoadBundled().model, AuditRunHeader{}, AuditJsonWriter::Shape::kDocument);
        (void)w.Add(r);
        w.Finish(AuditCounts{});
      },
      row);
  EXPECT_NE(json.find(R"("verdict":"prohibited")"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("outcome":"prohibited")"), std::string::npos) << json;
}

TEST(AuditProhibited, TheHtmlReportCountsAndListsProhibitedRowsFirst) {
  const ProhibitedRow p;
  AuditSummary summary;
  ASSERT_FALSE(summary.Add({p.row, p.why}));
  EXPECT_EQ(summary.totals()[static_cast<std::size_t>(Verdict::kProhibited)], 1U);
  ASSERT_EQ(summary.details(Verdict::kProhibited).size(), 1U);
  AuditReportInfo info;
  info.counts.read = info.counts.decided = 1;
  info.counts.by_verdict[static_cast<std::size_t>(Verdict::kProhibited)] = 1;
  const auto& b = testing::LoadBundled();
  const std::string html = AuditHtml(summary, info, b.model, b.catalog, b.params);
  EXPECT_NE(html.find(R"(<div class="card prohibited"><div class="n">1</div>)"), std::string::npos);
  EXPECT_NE(html.find("Decided: 0 ok, 0 over-declared, 0 violation, 1 prohibited, 0 indeterminate."), std::string::npos);
  const auto prohibited = html.find("Prohibited shipments");
  ASSERT_NE(prohibited, std::string::npos);
  EXPECT_LT(prohibited, html.find("<h2>Violations")) << "the worst findings come first";
  EXPECT_NE(html.find(R"(<article class="finding prohibited")"), std::string::npos);
}

std::string Text(const std::string& db_path, const std::string& sql) {
  auto db = sqlite::Database::Open(db_path);
  EXPECT_TRUE(db.ok());
  auto st = db->Prepare(sql);
  EXPECT_TRUE(st.ok()) << st.status.message;
  std::string out;
  while (st->Step().row()) {
    for (int c = 0; c < st->ColumnCount(); ++c) out += std::string(st->ColumnText(c)) + (c + 1 < st->ColumnCount() ? "|" : "\n");
  }
  return out;
}

std::unique_ptr<AuditStore> OpenStore(const std::string& path) {
  std::string error;
  auto store = AuditStore::Open(path, error);
  EXPECT_TRUE(store) << error;
  return store;
}

// Ends a run that stored one prohibited row.
std::optional<std::string> FinishOneProhibitedRow(AuditStore& store) {
  AuditRunEnd end;
  end.finished_at = "2026-12-01T00:00:01Z";
  end.counts.read = end.counts.decided = 1;
  end.counts.by_verdict[static_cast<std::size_t>(Verdict::kProhibited)] = 1;
  return store.FinishRun(end);
}

TEST(AuditProhibited, TheDatabaseStoresAndCountsProhibitedRows) {
  const testing::TempDir dir;
  const std::string path = dir.File("audit.sqlite");
  auto store = OpenStore(path);
  ASSERT_TRUE(store);
  AuditRunInfo info{"2026-12-01T00:00:00Z", "log.csv", "r", "c", "0", "{}"};
  ASSERT_FALSE(store->BeginRun(info));
  const ProhibitedRow p;
  ASSERT_FALSE(store->Add({p.row, p.why}));
  ASSERT_FALSE(FinishOneProhibitedRow(*store));
  store.reset();
  EXPECT_EQ(Text(path, "SELECT verdict, required FROM results_explained"), "prohibited|prohibited (no license can authorize it)\n");
  EXPECT_EQ(Text(path, "SELECT prohibited, violation FROM runs"), "1|0\n");
  EXPECT_EQ(Text(path, "PRAGMA user_version"), "5\n");
}

// A run abandoned and begun again on the same store (what a one-pass license audit does when the
// log's order mattered) stores its explanations again: the first attempt's went with it.
TEST(AuditProhibited, ARunBegunAgainAfterAnAbandonedOneStoresItsExplanations) {
  const testing::TempDir dir;
  const std::string path = dir.File("audit.sqlite");
  auto store = OpenStore(path);
  ASSERT_TRUE(store);
  const AuditRunInfo info{"2026-12-01T00:00:00Z", "log.csv", "r", "c", "0", "{}"};
  const ProhibitedRow p;
  ASSERT_FALSE(store->BeginRun(info));
  ASSERT_FALSE(store->Add({p.row, p.why}));
  store->AbandonRun();
  ASSERT_FALSE(store->BeginRun(info));
  ASSERT_FALSE(store->Add({p.row, p.why}));
  ASSERT_FALSE(FinishOneProhibitedRow(*store));
  store.reset();
  EXPECT_EQ(Text(path, "SELECT count(*) FROM runs"), "1\n");
  EXPECT_EQ(Text(path, "SELECT verdict, required FROM results_explained"), "prohibited|prohibited (no license can authorize it)\n");
}

}  // namespace
}  // namespace chipgate

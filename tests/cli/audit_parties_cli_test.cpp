// `chipgate audit` screens parties through the real binary: the bundled sample lists by default
// and `--parties PATH` otherwise; the verdicts in the database, the JSON rows and the HTML
// report's Parties section; the list files and their hashes in the provenance.
#include <gtest/gtest.h>

#include <fstream>

#include "store/sqlite.hpp"
#include "support/audit_fixtures.hpp"
#include "support/bundled.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

using testing::CliRun;

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

CliRun Audit(const std::vector<std::string>& args) {
  std::vector<std::string> all = {"audit"};
  all.insert(all.end(), args.begin(), args.end());
  return testing::RunCli(all, testing::SourcePath(""));
}

std::string Text(const std::string& db_path, const std::string& sql) {
  auto db = sqlite::Database::Open(db_path);
  if (!db.ok()) return "(no db)";
  auto st = db->Prepare(sql);
  if (!st.ok()) return "(bad sql)";
  std::string out;
  while (st->Step().row()) out += std::string(st->ColumnText(0)) + "\n";
  return out;
}

constexpr const char* kLog =
    "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed,consignee\n"
    "P1,2025-03-03,nvidia-h20,4,CN,KAL TEK LABS,CN,D1234567,\n"
    "P2,2025-03-04,nvidia-h20,8,CN,\"Beijing Biren Technology Development Co., Ltd.\",CN,NAC,\n"
    "P3,2024-12-02,nvidia-h20,8,CN,Sophgo Technologies Ltd.,CN,NLR,\n"
    "P4,2025-02-03,nvidia-h20,8,CN,Sophgo Technologies Ltd.,CN,NLR,\n"
    "P5,2025-03-05,nvidia-h20,2,CN,Sun Yat-Sen University,CN,NLR,\n"
    "P6,2025-03-06,nvidia-h20,2,CN,Biren Intelligent,CN,NLR,\n"
    "P7,2025-03-06,nvidia-h20,2,CN,Hangzhou Example Cloud,CN,NLR,KAL TEK LABS\n"
    "P8,2025-03-06,nvidia-h20,2,CN,,CN,NLR,\n";

TEST(AuditPartiesCli, EachListChangesTheVerdictAndTheReportShowsIt) {
  testing::TempDir dir;
  std::ofstream(dir.File("log.csv")) << kLog;
  const std::string db = dir.File("a.sqlite");
  const CliRun run = Audit({dir.File("log.csv"), "--db", db, "--report", dir.File("a.html")});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(Has(run.out, "rows read                8  = 7 decided + 1 rejected")) << run.out;
  EXPECT_EQ(Text(db, "SELECT shipment_id || ' ' || verdict FROM results ORDER BY line"),
            "P1 prohibited\nP2 violation\nP3 ok\nP4 violation\nP5 ok\nP6 indeterminate\nP7 prohibited\nP8 rejected\n");
  EXPECT_TRUE(Has(Text(db, "SELECT reasons FROM results_explained WHERE shipment_id = 'P2'"), "party.entity_list"));
  EXPECT_TRUE(Has(Text(db, "SELECT citations FROM results_explained WHERE shipment_id = 'P4'"), "90 FR 4621"));
  EXPECT_FALSE(Has(Text(db, "SELECT reasons FROM results_explained WHERE shipment_id = 'P3'"), "Sophgo"));
  EXPECT_TRUE(Has(Text(db, "SELECT party_lists FROM runs"), "csl-sample.csv"));
  const std::string html = testing::ReadFile(dir.File("a.html"));
  EXPECT_TRUE(Has(html, "<h2>Parties</h2>"));
  EXPECT_TRUE(Has(html, "Sophgo Technologies Ltd."));
  EXPECT_TRUE(Has(html, "Restricted-party lists"));
}

TEST(AuditPartiesCli, PartiesOptionReplacesTheBundledListsAndJsonRecordsThem) {
  testing::TempDir dir;
  std::ofstream(dir.File("log.csv")) << kLog;
  // A list with only the Denied Persons entry: the Entity List rows are no longer hits (P2's
  // NAC, needed by no rule for the H20 then, is over-declared).
  std::ifstream sample(testing::SourcePath("lists/csl-sample.csv"));
  std::string header, line, dpl;
  std::getline(sample, header);
  while (std::getline(sample, line)) {
    if (Has(line, "KAL TEK LABS")) dpl = line;
  }
  std::ofstream(dir.File("dpl.csv")) << header << "\n" << dpl << "\n";
  const CliRun run = Audit({dir.File("log.csv"), "--db", dir.File("b.sqlite"), "--parties", dir.File("dpl.csv"), "--format", "json"});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(Has(run.out, "\"party_lists\":[{\"path\":")) << run.out.substr(0, 600);
  EXPECT_TRUE(Has(run.out, "dpl.csv"));
  EXPECT_EQ(Text(dir.File("b.sqlite"), "SELECT shipment_id || ' ' || verdict FROM results ORDER BY line"),
            "P1 prohibited\nP2 over-declared\nP3 ok\nP4 ok\nP5 ok\nP6 ok\nP7 prohibited\nP8 rejected\n");

  const CliRun bad = Audit({dir.File("log.csv"), "--db", dir.File("c.sqlite"), "--parties", dir.File("no-such.csv")});
  EXPECT_EQ(bad.exit_code, 2) << bad.err;
}

}  // namespace
}  // namespace chipgate

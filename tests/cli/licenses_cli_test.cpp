// Issue 13 end to end with the real binary: each license-register failure as a violation with
// its reason and finding in the database; depletion across two runs and the idempotent re-run;
// `chipgate licenses`; a real ERP export (';', DD.MM.YYYY, country names, 1.200 quantities,
// composite ids, a part master, claim words); a run whose every row is rejected stores nothing
// and says which date_format to set; rejects grouped in the summary and the report.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "store/sqlite.hpp"
#include "support/audit_fixtures.hpp"
#include "support/bundled.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

using testing::AuditFixture;
using testing::CliRun;

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

CliRun Cli(const std::vector<std::string>& args) { return testing::RunCli(args, testing::SourcePath("")); }

std::string Text(const std::string& db_path, const std::string& sql) {
  auto db = sqlite::Database::Open(db_path);
  if (!db.ok()) return "(no database)";
  auto st = db->Prepare(sql);
  if (!st.ok()) return "(bad query: " + st.status.message + ")";
  std::string out;
  while (st->Step().row()) {
    for (int c = 0; c < st->ColumnCount(); ++c) out += std::string(st->ColumnText(c)) + (c + 1 < st->ColumnCount() ? "|" : "\n");
  }
  return out;
}

TEST(LicensesCli, EachRegisterFailureIsAViolationWithItsReasonAndFinding) {
  testing::TempDir dir;
  const std::string db = dir.File("a.sqlite");
  const CliRun run = Cli({"audit", AuditFixture("licensed-log.csv"), "--db", db, "--licenses", AuditFixture("licenses.csv")});
  ASSERT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(Has(run.out, "  license register: 2 covered, 1 unknown-number, 1 not-yet-valid, 1 expired, 1 item-not-covered, "
                           "1 destination-not-covered, 1 end-user-different, 1 quantity-exhausted\n")) << run.out;
  const std::string rows = Text(db, "SELECT shipment_id, verdict, license_finding FROM results_explained ORDER BY line");
  EXPECT_EQ(rows,
            "covered|ok|covered\n"
            "exhausted|violation|quantity-exhausted\n"
            "end-user|violation|end-user-different\n"
            "destination|violation|destination-not-covered\n"
            "expired|violation|expired\n"
            "not-yet-valid|violation|not-yet-valid\n"
            "unknown|violation|unknown-number\n"
            "item|violation|item-not-covered\n"
            "eccn|ok|covered\n");
  const std::string reasons = Text(db, "SELECT shipment_id, json_extract(reasons, '$[0]') FROM results_explained ORDER BY line");
  const char* expected[] = {
      "covered|a license was required and a license was claimed",
      "exhausted|a license was required and the license claimed does not authorize this shipment: the license claimed has no quantity left",
      "end-user|a license was required and the license claimed does not authorize this shipment: the license claimed names another end user",
      "destination|a license was required and the license claimed does not authorize this shipment: the license claimed does not cover the destination",
      "expired|a license was required and the license claimed does not authorize this shipment: the license claimed had expired by the ship date",
      "not-yet-valid|a license was required and the license claimed does not authorize this shipment: the license claimed is not yet valid",
      "unknown|a license was required and the license claimed does not authorize this shipment: the license number claimed is not in the license register",
      "item|a license was required and the license claimed does not authorize this shipment: the license claimed does not cover the item",
  };
  for (const char* part : expected) EXPECT_TRUE(Has(reasons, part)) << part << "\n" << reasons;
  EXPECT_TRUE(Has(Text(db, "SELECT json_extract(reasons, '$[1]') FROM results_explained WHERE shipment_id = 'covered'"),
                  "license register: the license claimed is in the register and covers this date, item, destination and end user"));
  // Without a register the same log is as before: license numbers are not verified.
  const CliRun unchecked = Cli({"audit", AuditFixture("licensed-log.csv"), "--db", dir.File("b.sqlite")});
  EXPECT_EQ(Text(dir.File("b.sqlite"), "SELECT count(*) FROM results WHERE verdict = 'ok'"), "9\n") << unchecked.err;
}

TEST(LicensesCli, DepletionRunsAcrossRunsAndARerunDoesNotDepleteTwice) {
  testing::TempDir dir;
  const std::string db = dir.File("a.sqlite");
  const std::string header = "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed\n";
  std::ofstream(dir.File("march.csv")) << header << "M1,2024-03-01,nvidia-h100-sxm5-80gb,6,CN,Example Co,CN,D1000001\n";
  std::ofstream(dir.File("april.csv")) << header << "A1,2024-04-01,nvidia-h100-sxm5-80gb,3,CN,Example Co,CN,D1000001\n"
                                                    "A2,2024-04-02,nvidia-h100-sxm5-80gb,3,CN,Example Co,CN,D1000001\n";
  const std::string reg = AuditFixture("licenses.csv");
  ASSERT_EQ(Cli({"audit", dir.File("march.csv"), "--db", db, "--licenses", reg}).exit_code, 0);
  const CliRun april = Cli({"audit", dir.File("april.csv"), "--db", db, "--licenses", reg});
  EXPECT_EQ(april.exit_code, 1) << april.err;
  EXPECT_EQ(Text(db, "SELECT shipment_id, license_finding FROM results_explained WHERE run_id = 2 ORDER BY line"),
            "A1|covered\nA2|quantity-exhausted\n") << "6 + 3 = 9 of 10, then 3 more is over";
  // Auditing March again replaces its use rather than adding to it.
  ASSERT_EQ(Cli({"audit", dir.File("march.csv"), "--db", db, "--licenses", reg}).exit_code, 0);
  EXPECT_EQ(Text(db, "SELECT license_number, sum(quantity), count(*) FROM license_uses GROUP BY 1"), "D1000001|12|3\n");
  const CliRun again = Cli({"audit", dir.File("april.csv"), "--db", db, "--licenses", reg});
  EXPECT_EQ(Text(db, "SELECT shipment_id, license_finding FROM results_explained WHERE run_id = 4 ORDER BY line"), "A1|covered\nA2|quantity-exhausted\n");
  EXPECT_EQ(Text(db, "SELECT sum(quantity) FROM license_uses"), "12\n");
  // An earlier March shipment audited later still draws first: ship-date order across runs.
  std::ofstream(dir.File("late-entry.csv")) << header << "F1,2024-02-01,nvidia-h100-sxm5-80gb,2,CN,Example Co,CN,D1000001\n";
  ASSERT_EQ(Cli({"audit", dir.File("late-entry.csv"), "--db", db, "--licenses", reg}).exit_code, 0);
  const CliRun shown = Cli({"licenses", reg, "--db", db});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_TRUE(Has(shown.out, "D1000001  2024-01-01 to 2025-12-31  CN            Example Co., Ltd.          10    14         -4          4")) << shown.out;
  const CliRun json = Cli({"licenses", reg, "--db", db, "--format", "json"});
  EXPECT_TRUE(Has(json.out, "\"authorised\": 10,\n      \"used\": 14,\n      \"left\": -4,")) << json.out;
  EXPECT_TRUE(Has(json.out, "\"authorised\": null")) << "unlimited";
}

// Depletion is checked in one pass when the log is in ship-date order; here it is not, and the
// order changes the answer: read in log order, the late shipment would draw first and the early
// one run out. The run is done again with a plan, so the early shipment draws first and the
// late one runs out, whether the rows go to standard output (planned from the start) or not.
TEST(LicensesCli, ALogOutOfShipDateOrderStillDepletesInShipDateOrder) {
  testing::TempDir dir;
  const std::string header = "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed\n";
  std::ofstream(dir.File("unsorted.csv")) << header << "LATE,2024-06-01,nvidia-h100-sxm5-80gb,5,CN,Example Co,CN,D1000001\n"
                                                       "EARLY,2024-03-01,nvidia-h100-sxm5-80gb,6,CN,Example Co,CN,D1000001\n";
  const std::string reg = AuditFixture("licenses.csv");
  for (const bool to_stdout : {false, true}) {
    const std::string db = dir.File(to_stdout ? "stdout.sqlite" : "a.sqlite");
    std::vector<std::string> args = {"audit", dir.File("unsorted.csv"), "--db", db, "--licenses", reg};
    if (to_stdout) args.insert(args.end(), {"--format", "csv"});
    const CliRun run = Cli(args);
    ASSERT_EQ(run.exit_code, 1) << run.err;
    EXPECT_EQ(Text(db, "SELECT shipment_id, license_finding FROM results_explained ORDER BY line"), "LATE|quantity-exhausted\nEARLY|covered\n")
        << "6 then 5 is over 10 on June 1";
    EXPECT_EQ(Text(db, "SELECT count(*) FROM runs"), "1\n") << "the first attempt is rolled back";
    EXPECT_EQ(Text(db, "SELECT shipment_id, quantity FROM license_uses ORDER BY line"), "LATE|5\nEARLY|6\n");
    const std::string& summary = to_stdout ? run.err : run.out;
    EXPECT_TRUE(Has(summary, "license register: 1 covered, 1 quantity-exhausted")) << summary;
    if (to_stdout) {
      EXPECT_EQ(run.out.find("LATE"), run.out.rfind("LATE")) << "each row once on standard output:\n" << run.out;
    }
  }
}

TEST(LicensesCli, RegisterMistakesStopTheRunWithTheirPlace) {
  testing::TempDir dir;
  std::ofstream(dir.File("bad.csv")) << "license_number,items,destinations,end_user,quantity,valid_from,valid_to\nEAR99,3A090,CN,X,1,2024-01-01,2024-12-31\n";
  const CliRun run = Cli({"audit", AuditFixture("licensed-log.csv"), "--db", dir.File("a.sqlite"), "--licenses", dir.File("bad.csv")});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(Has(run.err, "bad.csv:2:1: error[L0109]: `EAR99` is not shaped like a license number")) << run.err;
  EXPECT_FALSE(std::filesystem::exists(dir.File("a.sqlite")));
  const CliRun stdin_run = Cli({"audit", "-", "--db", dir.File("a.sqlite"), "--licenses", AuditFixture("licenses.csv")});
  EXPECT_EQ(stdin_run.exit_code, 2);
  EXPECT_TRUE(Has(stdin_run.err, "--licenses needs the log as a regular file")) << stdin_run.err;
}

TEST(LicensesCli, ARealErpExportIsReadAsItsMappingSays) {
  testing::TempDir dir;
  const std::string db = dir.File("erp.sqlite");
  const CliRun run = Cli({"audit", AuditFixture("erp-semicolon.csv"), "--map", AuditFixture("erp-mapping.toml"), "--db", db, "--licenses",
                          AuditFixture("licenses.csv")});
  ASSERT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(Text(db, "SELECT shipment_id, item_id, quantity, destination, end_user_hq, verdict FROM results_explained ORDER BY line"),
            "4500012345/10|nvidia-h100-sxm5-80gb|1200|CN|CN|violation\n"  // 1.200 units: over the license's 10
            "4500012345/20|nvidia-l4|2|VN|VN|violation\n"                  // EAR99 → NLR where a license was required
            "4500012346/10|nvidia-l4|1000|AE|AE|violation\n"               // No Lic → NLR
            "4500012347/10|nvidia-l4|3|TR|TR|ok\n"
            "4500012348/10|||Chinaa|Türkiye|rejected\n"
            "4500012349/10|||South Korea|Republic of Korea|rejected\n");
  EXPECT_TRUE(Has(run.out, "`Country` value `Chinaa` is neither an ISO 3166-1 alpha-2 code nor a country name chipgate knows")) << run.out;
  EXPECT_TRUE(Has(run.out, "`Ship Date` value `30.02.2025` is not a date; expected DD.MM.YYYY")) << run.out;
}

TEST(LicensesCli, APartMasterErrorNamesFileAndLine) {
  testing::TempDir dir;
  std::ofstream(dir.File("parts.csv")) << "part_number,catalog_id\nP1,nvidia-l4\nP2,nvidia-h100-sxm5-80\n";
  std::ofstream(dir.File("map.toml")) << "[part_master]\npath = \"parts.csv\"\n";
  const CliRun run = Cli({"audit", AuditFixture("edge-cases.csv"), "--map", dir.File("map.toml"), "--db", dir.File("a.sqlite")});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(Has(run.err, "parts.csv:3: error[A0109]: `nvidia-h100-sxm5-80` is not a catalog id; did you mean `nvidia-h100-sxm5-80gb`?")) << run.err;
}

TEST(LicensesCli, WhenEveryRowIsRejectedNothingIsStoredAndTheMessageSaysWhatToFix) {
  testing::TempDir dir;
  std::ofstream out(dir.File("dotted.csv"));
  out << "shipment_id;ship_date;item;quantity;destination;end_user\n";
  for (int i = 0; i < 5000; ++i) out << "S" << i << ";" << (1 + i % 28) << ".03.2025;nvidia-l4;1;DE;Example GmbH\n";
  out.close();
  const std::string db = dir.File("a.sqlite");
  const CliRun run = Cli({"audit", dir.File("dotted.csv"), "--db", db});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(Has(run.err, "every row was rejected, so nothing was stored")) << run.err;
  EXPECT_TRUE(Has(run.err, "help: dates look like DD.MM.YYYY: set date_format = \"DD.MM.YYYY\" in the mapping file's [format]")) << run.err;
  EXPECT_TRUE(Has(run.err, "     5000  a ship date that is not a date in the expected format (`ship_date`): lines 2, 3, 4, 5, 6, ...")) << run.err;
  EXPECT_LT(std::count(run.err.begin(), run.err.end(), '\n'), 20) << "5000 identical rejects are one group";
  EXPECT_EQ(Text(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'runs'"), "0\n");
}

TEST(LicensesCli, RejectsAreGroupedInTheSummaryAndTheReport) {
  testing::TempDir dir;
  std::ofstream out(dir.File("mixed.csv"));
  out << "shipment_id,ship_date,item,quantity,destination,end_user\n";
  for (int i = 0; i < 40; ++i) out << "D" << i << ",2024-05-01,nvidia-l4,1,DE,Example GmbH\n";
  for (int i = 0; i < 30; ++i) out << "U" << i << ",2024-05-01,nvidia-l4,1,UK,Example Ltd\n";
  for (int i = 0; i < 7; ++i) out << "Q" << i << ",2024-05-01,nvidia-l4,0,DE,Example GmbH\n";
  out.close();
  const std::string report = dir.File("r.html");
  const CliRun run = Cli({"audit", dir.File("mixed.csv"), "--db", dir.File("a.sqlite"), "--report", report});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(Has(run.out, "rejected rows by reason (37 in all):\n"
                           "         30  a country that is not an ISO code (or a known name) (`destination`): lines 42, 43, 44, 45, 46, ...\n"))
      << run.out;
  EXPECT_TRUE(Has(run.out, "          7  a quantity that is not a positive whole number (`quantity`): lines 72, 73, 74, 75, 76, ...")) << run.out;
  const std::string html = testing::ReadFile(report);
  EXPECT_TRUE(Has(html, "<h3>By reason</h3>"));
  EXPECT_TRUE(Has(html, R"(<tr><td class="num">30</td><td>a country that is not an ISO code (or a known name) (<code>destination</code>)</td>)")) << html.substr(0, 200);
}

// The quick start's example: the log and the register together give every verdict (`prohibited`
// from its Denied Persons row) and every register finding.
TEST(LicensesCli, TheExampleExercisesEveryVerdictAndFinding) {
  testing::TempDir dir;
  const std::string db = dir.File("example.sqlite");
  const CliRun run = Cli({"audit", testing::SourcePath("examples/shipments-2023-2026.csv"), "--licenses", testing::SourcePath("examples/licenses.csv"), "--db", db});
  ASSERT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(Text(db, "SELECT DISTINCT verdict FROM results ORDER BY 1"), "indeterminate\nok\nover-declared\nprohibited\nrejected\nviolation\n");
  EXPECT_EQ(Text(db, "SELECT DISTINCT license_finding FROM results_explained WHERE verdict = 'violation' AND license_finding IS NOT NULL ORDER BY 1"),
            "destination-not-covered\nend-user-different\nexpired\nitem-not-covered\nnot-yet-valid\nquantity-exhausted\nunknown-number\n");
  EXPECT_EQ(Text(db, "SELECT count(*) FROM results WHERE claimed IN ('EAR99', 'TBD') AND verdict = 'violation'"), "2\n");
}

// A database written by schema 1 (before license registers) is migrated by the next run, in
// that run's transaction, and keeps its runs.
TEST(LicensesCli, ASchemaOneDatabaseIsMigrated) {
  testing::TempDir dir;
  const std::string db = dir.File("old.sqlite");
  ASSERT_EQ(Cli({"audit", AuditFixture("edge-cases.csv"), "--db", db}).exit_code, 1);
  {
    auto open = sqlite::Database::Open(db);
    ASSERT_TRUE(open.ok());
    ASSERT_TRUE(open->Exec("DROP TABLE license_uses; DROP VIEW results_explained; ALTER TABLE explanations DROP COLUMN license_finding;"
                           "ALTER TABLE runs DROP COLUMN prohibited; ALTER TABLE runs DROP COLUMN party_lists;"
                           " ALTER TABLE results DROP COLUMN date; ALTER TABLE results DROP COLUMN exporter_hq; ALTER TABLE results DROP COLUMN consignee; ALTER TABLE results DROP COLUMN purchaser; ALTER TABLE results DROP COLUMN end_user_parent; ALTER TABLE results DROP COLUMN claim; ALTER TABLE runs DROP COLUMN fixed_inputs; ALTER TABLE runs DROP COLUMN rescreen_of;"
                           "CREATE VIEW results_explained AS SELECT r.run_id, r.line, r.verdict, e.required FROM results AS r JOIN explanations AS e "
                           "ON e.run_id = r.run_id AND e.explanation_id = r.explanation_id; PRAGMA user_version = 1;")
                    .ok());
  }
  const CliRun run = Cli({"audit", AuditFixture("licensed-log.csv"), "--db", db, "--licenses", AuditFixture("licenses.csv")});
  ASSERT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(Text(db, "PRAGMA user_version"), "5\n");
  EXPECT_EQ(Text(db, "SELECT run_id, count(*), count(license_finding) FROM results_explained GROUP BY 1"), "1|6|0\n2|9|9\n");
  EXPECT_EQ(Text(db, "SELECT count(*) FROM license_uses"), "3\n");
}

}  // namespace
}  // namespace chipgate

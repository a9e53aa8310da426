// `chipgate audit` end to end: the real binary on fixture logs. Exit codes, the JSON and CSV
// row outputs, the SQLite store (runs, results, determinism across runs, refusing a foreign
// database), the HTML report with hostile names escaped, and crash safety: a run killed with
// SIGKILL in the middle of a large log leaves no trace of itself in the database.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "store/sqlite.hpp"
#include "support/audit_fixtures.hpp"
#include "support/bundled.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

using testing::AuditFixture;
using testing::CliRun;
using testing::ReadFile;

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

CliRun Audit(const std::vector<std::string>& args) {
  std::vector<std::string> all = {"audit"};
  all.insert(all.end(), args.begin(), args.end());
  return testing::RunCli(all, testing::SourcePath(""));
}

std::int64_t Scalar(const std::string& db_path, const std::string& sql) {
  auto db = sqlite::Database::Open(db_path);
  if (!db.ok()) return -1;
  auto st = db->Prepare(sql);
  if (!st.ok() || !st->Step().row()) return -1;
  return st->ColumnInt64(0);
}

std::vector<std::string> Rows(const std::string& db_path, const std::string& sql) {
  std::vector<std::string> out;
  auto db = sqlite::Database::Open(db_path);
  if (!db.ok()) return out;
  auto st = db->Prepare(sql);
  if (!st.ok()) return out;
  while (st->Step().row()) {
    std::string row;
    for (int c = 0; c < st->ColumnCount(); ++c) row += std::string(st->ColumnText(c)) + "|";
    out.push_back(row);
  }
  return out;
}

TEST(AuditCli, ExitCodesSayWhetherThereAreFindings) {
  testing::TempDir dir;
  std::ofstream(dir.File("clean.csv")) << "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed\n"
                                          "C1,2024-05-01,nvidia-h100-sxm5-80gb,8,CN,A,CN,D1234567\n"
                                          "C2,2024-05-01,nvidia-h100-sxm5-80gb,8,DE,B,DE,D1234567\n";
  const CliRun clean = Audit({dir.File("clean.csv")});
  EXPECT_EQ(clean.exit_code, 0) << clean.err;
  EXPECT_TRUE(Has(clean.out, "rows read                2  = 2 decided + 0 rejected")) << clean.out;
  EXPECT_TRUE(Has(clean.out, "over-declared            1")) << clean.out;
  EXPECT_TRUE(std::filesystem::exists(dir.File("chipgate-audit.sqlite")));  // beside the input by default

  const CliRun findings = Audit({AuditFixture("edge-cases.csv"), "--db", dir.File("edge.sqlite")});
  EXPECT_EQ(findings.exit_code, 1) << findings.err;
  EXPECT_TRUE(Has(findings.out, "rows read                6  = 4 decided + 2 rejected (1 blank line skipped)")) << findings.out;

  const CliRun missing = Audit({dir.File("no-such.csv"), "--db", dir.File("x.sqlite")});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_TRUE(Has(missing.err, "cannot read")) << missing.err;

  std::ofstream(dir.File("bad-header.csv")) << "id,date,part\n1,2024-05-01,x\n";
  const CliRun header = Audit({dir.File("bad-header.csv"), "--db", dir.File("h.sqlite")});
  EXPECT_EQ(header.exit_code, 2);
  EXPECT_TRUE(Has(header.err, "the header has no column `shipment_id`, which is required")) << header.err;
  EXPECT_FALSE(std::filesystem::exists(dir.File("h.sqlite")));  // nothing written for a bad header

  EXPECT_EQ(Audit({"--format", "xml", dir.File("clean.csv")}).exit_code, 2);
  EXPECT_EQ(Audit({}).exit_code, 2);
}

TEST(AuditCli, CsvOutputIsRfc4180AndDefusesFormulas) {
  testing::TempDir dir;
  std::ofstream(dir.File("f.csv")) << "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed\n"
                                      "\"=HYPERLINK(\"\"http://x\"\")\",2024-05-01,nvidia-l4,1,DE,\"Comma, Inc\",DE,\n";
  const CliRun run = Audit({dir.File("f.csv"), "--db", dir.File("a.sqlite"), "--format", "csv"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.rfind("line,shipment_id,ship_date,item,item_id,quantity,destination,end_user,end_user_hq,claimed,verdict,required,missing,reasons,citations\r\n", 0),
            0U);
  EXPECT_TRUE(Has(run.out, "\r\n2,\"'=HYPERLINK(\"\"http://x\"\")\",2024-05-01,nvidia-l4,nvidia-l4,1,DE,\"Comma, Inc\",DE,,ok,none,,")) << run.out;
}

TEST(AuditCli, TheStoreHoldsTheRunAndIdenticalResultsForTheSameInput) {
  testing::TempDir dir;
  const std::string db = dir.File("audit.sqlite");
  ASSERT_EQ(Audit({AuditFixture("edge-cases.csv"), "--db", db}).exit_code, 1);
  ASSERT_EQ(Audit({AuditFixture("edge-cases.csv"), "--db", db}).exit_code, 1);
  EXPECT_EQ(Scalar(db, "PRAGMA user_version"), 5);
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM runs WHERE finished_at IS NOT NULL"), 2);
  EXPECT_EQ(Scalar(db, "SELECT rows_read - rows_decided - rows_rejected FROM runs WHERE run_id = 1"), 0);
  EXPECT_EQ(Scalar(db, "SELECT rows_read FROM runs WHERE run_id = 2"), 6);
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM runs WHERE length(input_sha256) = 64 AND length(rules_sha256) = 64 AND length(catalog_sha256) = 64"), 2);
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM results_explained WHERE run_id = 1"), 6);
  const std::string columns = "line, shipment_id, ship_date, item, item_id, quantity, destination, end_user, end_user_hq, claimed, verdict, required, missing, reasons, citations";
  const auto first = Rows(db, "SELECT " + columns + " FROM results_explained WHERE run_id = 1 ORDER BY line");
  const auto second = Rows(db, "SELECT " + columns + " FROM results_explained WHERE run_id = 2 ORDER BY line");
  ASSERT_EQ(first.size(), 6U);
  EXPECT_EQ(first, second);
  EXPECT_TRUE(Has(first[3], "|rejected||")) << first[3];
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM results_explained, json_each(results_explained.citations) WHERE run_id = 1 AND json_each.value LIKE '%88 FR 73458%'"),
            Scalar(db, "SELECT count(*) FROM results_explained, json_each(results_explained.citations) WHERE run_id = 2 AND json_each.value LIKE '%88 FR 73458%'"));
}

TEST(AuditCli, AForeignDatabaseIsNotWrittenInto) {
  testing::TempDir dir;
  const std::string db = dir.File("other.sqlite");
  {
    auto open = sqlite::Database::Open(db);
    ASSERT_TRUE(open.ok());
    ASSERT_TRUE(open->Exec("CREATE TABLE invoices (id INTEGER) STRICT").ok());
  }
  const CliRun run = Audit({AuditFixture("edge-cases.csv"), "--db", db});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(Has(run.err, "not a chipgate audit database")) << run.err;
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM sqlite_schema"), 1);
}

TEST(AuditCli, TheReportEscapesHostileNamesAndIsSelfContained) {
  testing::TempDir dir;
  const std::string report = dir.File("report.html");
  const CliRun run = Audit({AuditFixture("hostile.csv"), "--db", dir.File("a.sqlite"), "--report", report});
  ASSERT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(Has(run.out, "report    " + report));
  const std::string html = ReadFile(report);
  ASSERT_FALSE(html.empty());
  EXPECT_FALSE(Has(html, "<script")) << "no script at all, hostile or ours";
  EXPECT_FALSE(Has(html, "<img"));
  EXPECT_FALSE(Has(html, "<b>bold</b>"));
  EXPECT_TRUE(Has(html, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;amp; Co"));
  EXPECT_TRUE(Has(html, "&lt;img src=x onerror=alert(1)&gt;\xEF\xBF\xBD" "exe.gpj")) << "the bidi override is made visible";
  EXPECT_TRUE(Has(html, "unknown item `&lt;b&gt;bold&lt;/b&gt;`"));
  EXPECT_FALSE(Has(html, "http://")) << "no external asset";
  EXPECT_FALSE(Has(html, "https://"));
  EXPECT_TRUE(Has(html, "2 read = 2 decided") || Has(html, "3 read = 2 decided + 1 rejected"));
  EXPECT_TRUE(Has(html, "<h2>Violations (2)</h2>"));
  EXPECT_TRUE(Has(html, "<svg class=\"chart\""));
}

// Writes a large log so that a run takes long enough to be killed in the middle.
std::string LargeLog(const testing::TempDir& dir, int rows) {
  const std::string path = dir.File("large.csv");
  std::ofstream out(path, std::ios::binary);
  out << "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed\n";
  const char* items[] = {"nvidia-h100-sxm5-80gb", "nvidia-rtx-4090", "nvidia-h20", "amd-mi300x"};
  const char* dests[] = {"CN", "DE", "MY", "SG", "HK"};
  for (int i = 0; i < rows; ++i) {
    out << "S" << i << ",2024-0" << (1 + i % 9) << "-1" << (i % 9) << "," << items[i % 4] << ",4," << dests[i % 5] << ",\"Name, " << i % 97 << "\","
        << (i % 7 == 0 ? "" : "CN") << "," << (i % 3 == 0 ? "NLR" : "D1234567") << "\n";
  }
  return path;
}

TEST(AuditCli, ARunKilledMidwayLeavesTheDatabaseAsItWas) {
  testing::TempDir dir;
  const std::string db = dir.File("audit.sqlite");
  ASSERT_EQ(Audit({AuditFixture("edge-cases.csv"), "--db", db}).exit_code, 1);
  const std::string log = LargeLog(dir, 400000);
  const std::string journal = db + "-journal";

  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    const int null = ::open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    setenv("CHIPGATE_CACHE_DIR", "off", 1);  // this child only: no load snapshots in tests
    execl(CHIPGATE_BINARY, CHIPGATE_BINARY, "audit", log.c_str(), "--db", db.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  // The run's transaction is open once the rollback journal exists; let it write for a while.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (!std::filesystem::exists(journal) && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  int status = 0;
  const bool still_running = waitpid(child, &status, WNOHANG) == 0;
  const bool journal_open = std::filesystem::exists(journal);
  kill(child, SIGKILL);
  waitpid(child, &status, 0);
  ASSERT_TRUE(still_running) << "the audit finished before it could be killed; make the log larger";
  ASSERT_TRUE(journal_open) << "the kill did not interrupt a transaction";
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

  // Opening the database rolls the hot journal back: only the first, committed run is there.
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM runs"), 1);
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM results"), 6);
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM runs WHERE finished_at IS NULL"), 0);
  EXPECT_EQ(Rows(db, "PRAGMA integrity_check"), std::vector<std::string>{"ok|"});
  // And the next run works and is numbered as if the killed one never happened.
  ASSERT_EQ(Audit({AuditFixture("edge-cases.csv"), "--db", db}).exit_code, 1);
  EXPECT_EQ(Scalar(db, "SELECT max(run_id) FROM runs"), 2);
}

// A database written by schema 2 (before the `prohibited` verdict) is migrated by the next run,
// in that run's transaction: every earlier row is kept as it was, the results' CHECK accepts
// `prohibited` (and still nothing else), and the runs gain a `prohibited` count of 0.
TEST(AuditCli, ASchemaTwoDatabaseIsMigratedWithoutLoss) {
  testing::TempDir dir;
  const std::string db = dir.File("v2.sqlite");
  ASSERT_EQ(Audit({AuditFixture("edge-cases.csv"), "--db", db}).exit_code, 1);
  {
    // Back to exactly what schema 2 wrote: the five-verdict CHECK, no `prohibited` count, no
    // `party_lists` (schema 4) and none of schema 5's decision inputs.
    auto open = sqlite::Database::Open(db);
    ASSERT_TRUE(open.ok());
    const auto st = open->Exec(
        "BEGIN; DROP VIEW results_explained;"
        " ALTER TABLE results DROP COLUMN date; ALTER TABLE results DROP COLUMN exporter_hq; ALTER TABLE results DROP COLUMN consignee; ALTER TABLE results DROP COLUMN purchaser; ALTER TABLE results DROP COLUMN end_user_parent; ALTER TABLE results DROP COLUMN claim; ALTER TABLE runs DROP COLUMN fixed_inputs; ALTER TABLE runs DROP COLUMN rescreen_of;"
        " ALTER TABLE results RENAME TO results_v3;"
        "CREATE TABLE results (run_id INTEGER NOT NULL REFERENCES runs(run_id), line INTEGER NOT NULL, shipment_id TEXT NOT NULL,"
        " ship_date TEXT NOT NULL, item TEXT NOT NULL, item_id TEXT, quantity INTEGER, destination TEXT NOT NULL, end_user TEXT NOT NULL,"
        " end_user_hq TEXT, claimed TEXT NOT NULL, verdict TEXT NOT NULL CHECK (verdict = 'ok' OR verdict = 'violation'"
        " OR verdict = 'over-declared' OR verdict = 'indeterminate' OR verdict = 'rejected'), explanation_id INTEGER NOT NULL,"
        " PRIMARY KEY (run_id, line)) STRICT, WITHOUT ROWID;"
        "INSERT INTO results SELECT * FROM results_v3; DROP TABLE results_v3; ALTER TABLE runs DROP COLUMN prohibited;"
        " ALTER TABLE runs DROP COLUMN party_lists;"
        "CREATE VIEW results_explained AS SELECT r.run_id, r.line, r.shipment_id, r.ship_date, r.item, r.item_id, r.quantity,"
        " r.destination, r.end_user, r.end_user_hq, r.claimed, r.verdict, e.required, e.missing, e.reasons, e.citations, e.license_finding"
        " FROM results AS r JOIN explanations AS e ON e.run_id = r.run_id AND e.explanation_id = r.explanation_id;"
        "PRAGMA user_version = 2; COMMIT;");
    ASSERT_TRUE(st.ok()) << st.message;
    ASSERT_FALSE(open->Exec("UPDATE results SET verdict = 'prohibited' WHERE line = 2").ok()) << "not the schema 2 CHECK";
  }
  const std::string all = "SELECT run_id, line, shipment_id, ship_date, item, item_id, quantity, destination, end_user, end_user_hq, claimed, verdict, "
                          "required, missing, reasons, citations, license_finding FROM results_explained ORDER BY run_id, line";
  const auto before = Rows(db, all);
  ASSERT_EQ(before.size(), 6U);
  const CliRun run = Audit({AuditFixture("edge-cases.csv"), "--db", db});
  ASSERT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(Scalar(db, "PRAGMA user_version"), 5);
  const auto after = Rows(db, all);
  ASSERT_EQ(after.size(), 12U);
  EXPECT_EQ(std::vector<std::string>(after.begin(), after.begin() + 6), before) << "the schema 2 rows are kept as they were";
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM runs WHERE prohibited = 0"), 2);
  auto open = sqlite::Database::Open(db);
  ASSERT_TRUE(open.ok());
  EXPECT_TRUE(open->Exec("UPDATE results SET verdict = 'prohibited' WHERE run_id = 1 AND line = 2").ok());
  EXPECT_FALSE(open->Exec("UPDATE results SET verdict = 'forbidden' WHERE run_id = 1 AND line = 2").ok());
  EXPECT_EQ(Scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'results_v3'"), 0);
}

}  // namespace
}  // namespace chipgate

// `chipgate audit --rescreen RUN_ID` (issue 12, "Re-screening"): a stored run's parties screened
// again against the lists given now, each row as of its ship date, from the database alone.
// Run 1 is audited against a list without Sophgo (added to the Entity List on 16 Jan 2025,
// 90 FR 4621); re-screened against the bundled list, which has it, the row shipped after that
// date becomes a violation and the row shipped before it stays ok, as in normal screening. The
// new run is linked to run 1, which is not modified; refusals store nothing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "store/sqlite.hpp"
#include "support/audit_fixtures.hpp"
#include "support/bundled.hpp"
#include "support/db_query.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

using testing::CliRun;
using testing::QueryText;

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

CliRun Chipgate(const std::vector<std::string>& args) { return testing::RunCli(args, testing::SourcePath("")); }

constexpr const char* kLog =
    "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed\n"
    "S-BEFORE,2024-12-01,nvidia-h20,1,CN,Sophgo Technologies Ltd.,CN,NLR\n"
    "S-AFTER,2025-02-03,nvidia-h20,1,CN,Sophgo Technologies Ltd.,CN,NLR\n"
    "LICENSED,2025-02-03,nvidia-h20,1,CN,Sophgo Technologies Ltd.,CN,D1234567\n"
    "OTHER,2025-02-03,nvidia-h20,1,CN,Hangzhou Example Cloud,CN,NLR\n"
    "BAD,2025-02-30,nvidia-h20,1,CN,Hangzhou Example Cloud,CN,NLR\n";

// The bundled sample without its Sophgo entries: the "old" list of run 1.
std::string OldList(testing::TempDir& dir) {
  std::ifstream sample(testing::SourcePath("lists/csl-sample.csv"));
  std::ofstream out(dir.File("old-list.csv"));
  for (std::string line; std::getline(sample, line);) {
    if (!Has(line, "Sophgo")) out << line << "\n";
  }
  return dir.File("old-list.csv");
}

// Run 1 of `db`: the log against the old list.
void AuditAgainstOldList(testing::TempDir& dir, const std::string& db) {
  std::ofstream(dir.File("log.csv")) << kLog;
  const CliRun run = Chipgate({"audit", dir.File("log.csv"), "--db", db, "--parties", OldList(dir)});
  ASSERT_EQ(run.exit_code, 1) << run.err;  // the rejected row
  ASSERT_EQ(QueryText(db, "SELECT shipment_id, verdict FROM results ORDER BY line"),
            "S-BEFORE|ok\nS-AFTER|ok\nLICENSED|over-declared\nOTHER|ok\nBAD|rejected\n");
}

TEST(AuditRescreen, ANewlyListedPartyChangesOnlyTheRowsShippedAfterItsListing) {
  testing::TempDir dir;
  const std::string db = dir.File("a.sqlite");
  AuditAgainstOldList(dir, db);
  const std::string run1 = QueryText(db, "SELECT * FROM results_explained WHERE run_id = 1 ORDER BY line");
  std::filesystem::remove(dir.File("log.csv"));  // the log is not read again
  const CliRun run = Chipgate({"audit", "--rescreen", "1", "--db", db, "--report", dir.File("r.html")});
  ASSERT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(QueryText(db, "SELECT shipment_id, verdict FROM results WHERE run_id = 2 ORDER BY line"),
            "S-BEFORE|ok\nS-AFTER|violation\nLICENSED|ok\nOTHER|ok\nBAD|rejected\n");
  EXPECT_EQ(QueryText(db, "SELECT * FROM results_explained WHERE run_id = 1 ORDER BY line"), run1) << "run 1 is never modified";
  EXPECT_EQ(QueryText(db, "SELECT run_id, rescreen_of, rows_read, rows_decided, rows_rejected, violation FROM runs ORDER BY run_id"),
            "1||5|4|1|0\n2|1|5|4|1|1\n");
  EXPECT_EQ(QueryText(db, "SELECT count(*) FROM runs WHERE run_id = 2 AND party_lists LIKE '%csl-sample.csv%'"), "1\n");
  EXPECT_EQ(QueryText(db, "SELECT a.input_sha256 = b.input_sha256 AND a.input_path = b.input_path FROM runs a, runs b WHERE a.run_id = 1 AND b.run_id = 2"), "1\n");
  EXPECT_TRUE(Has(run.out, "verdicts changed from run 1: 2 rows")) << run.out;
  EXPECT_TRUE(Has(run.out, "S-AFTER  ok -> violation")) << run.out;
  EXPECT_TRUE(Has(run.out, "LICENSED  over-declared -> ok")) << run.out;
  EXPECT_FALSE(Has(run.out, "S-BEFORE")) << run.out;
  const std::string html = testing::ReadFile(dir.File("r.html"));
  EXPECT_TRUE(Has(html, "Verdicts changed from run 1 (2)")) << html.substr(0, 2000);
  EXPECT_TRUE(Has(html, "Sophgo Technologies Ltd."));
}

// Re-screened against the same list as before, nothing changes: the rows rebuilt from the
// database are decided exactly as the log's were.
TEST(AuditRescreen, TheSameListsGiveTheSameVerdictsAndReasons) {
  testing::TempDir dir;
  const std::string db = dir.File("a.sqlite");
  AuditAgainstOldList(dir, db);
  const CliRun run = Chipgate({"audit", "--rescreen", "1", "--db", db, "--parties", dir.File("old-list.csv"), "--format", "csv"});
  ASSERT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(Has(run.err, "verdicts changed from run 1: none")) << run.err;
  EXPECT_TRUE(Has(run.out, "line,shipment_id,ship_date")) << run.out;
  const std::string columns = "line, shipment_id, ship_date, item, item_id, quantity, destination, end_user, end_user_hq, claimed, verdict, required, "
                              "missing, reasons, citations, date, exporter_hq, consignee, purchaser, end_user_parent, claim";
  EXPECT_EQ(QueryText(db, "SELECT " + columns + " FROM results_explained WHERE run_id = 2 ORDER BY line"),
            QueryText(db, "SELECT " + columns + " FROM results_explained WHERE run_id = 1 ORDER BY line"));
}

TEST(AuditRescreen, RefusalsStoreNothing) {
  testing::TempDir dir;
  const std::string db = dir.File("a.sqlite");
  AuditAgainstOldList(dir, db);
  const std::vector<std::vector<std::string>> refused = {
      {"audit", "--rescreen", "9", "--db", db},                                  // no such run
      {"audit", "--rescreen", "x1", "--db", db},                                 // not a run id
      {"audit", "--rescreen", "1"},                                              // no database
      {"audit", "--rescreen", "1", "--db", dir.File("none.sqlite")},             // not a database file
      {"audit", dir.File("log.csv"), "--rescreen", "1", "--db", db},             // a log as well
      {"audit", "--rescreen", "1", "--db", db, "--exporter-hq", "US"},           // an input the run already has
      {"audit", "--rescreen", "1", "--db", db, "--param", "ai_diffusion=true"},  // other params than run 1's
      {"audit", "--rescreen", "1", "--db", db, "--report", db},                  // a report over the database
  };
  for (const auto& args : refused) {
    const CliRun run = Chipgate(args);
    EXPECT_EQ(run.exit_code, 2) << args[2] << " " << args.back() << "\n" << run.err;
  }
  EXPECT_FALSE(std::filesystem::exists(dir.File("none.sqlite")));
  EXPECT_EQ(QueryText(db, "SELECT count(*) FROM runs"), "1\n");
}

// A run stored before schema 5 lacks inputs (the exporter's HQ, ...): re-screening it would
// decide rows on values it never had, so it is refused with what to do.
TEST(AuditRescreen, ARunStoredBeforeSchemaFiveIsRefused) {
  testing::TempDir dir;
  const std::string db = dir.File("a.sqlite");
  AuditAgainstOldList(dir, db);
  {
    auto open = sqlite::Database::Open(db);
    ASSERT_TRUE(open.ok());
    ASSERT_TRUE(open->Exec("UPDATE runs SET fixed_inputs = NULL").ok());  // what the migration leaves for earlier runs
  }
  const CliRun run = Chipgate({"audit", "--rescreen", "1", "--db", db});
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_TRUE(Has(run.err, "audit its log again")) << run.err;
  EXPECT_EQ(QueryText(db, "SELECT count(*) FROM runs"), "1\n");
}

// A stored value this chipgate would not have written (an edited database) is not guessed at:
// the re-screening stops and is rolled back.
TEST(AuditRescreen, AStoredValueThatDoesNotParseRollsTheRunBack) {
  testing::TempDir dir;
  const std::string db = dir.File("a.sqlite");
  AuditAgainstOldList(dir, db);
  for (const char* edit : {"UPDATE results SET date = '2025-02-31' WHERE line = 3", "UPDATE results SET claim = NULL WHERE line = 3"}) {
    const std::string copy = dir.File("edited.sqlite");
    std::filesystem::copy_file(db, copy, std::filesystem::copy_options::overwrite_existing);
    {
      auto open = sqlite::Database::Open(copy);
      ASSERT_TRUE(open.ok());
      ASSERT_TRUE(open->Exec(edit).ok()) << edit;
    }
    const CliRun run = Chipgate({"audit", "--rescreen", "1", "--db", copy});
    EXPECT_EQ(run.exit_code, 4) << edit << "\n" << run.err;
    EXPECT_TRUE(Has(run.err, "line 3: the stored")) << run.err;
    EXPECT_EQ(QueryText(copy, "SELECT count(*) FROM runs"), "1\n") << edit;
  }
}

}  // namespace
}  // namespace chipgate

// `chipgate audit` never loses data: no output over an input, the database or another output
// (by file identity, not spelling), no overwriting a file that is not a chipgate report without
// --force, an atomic report, exit statuses that say what was stored, and a locked database
// refused before the run rather than at its commit.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "store/sqlite.hpp"
#include "support/bundled.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

using testing::CliRun;

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

CliRun Audit(const std::vector<std::string>& args, const testing::CliSetup& setup = {}) {
  std::vector<std::string> all = {"audit"};
  all.insert(all.end(), args.begin(), args.end());
  return testing::RunCliWith(all, CHIPGATE_SOURCE_DIR, setup);
}

std::int64_t Runs(const std::string& db_path) {
  auto db = sqlite::Database::Open(db_path);
  if (!db.ok()) return -1;
  auto st = db->Prepare("SELECT count(*) FROM runs");
  if (!st.ok() || !st->Step().row()) return 0;  // no table: nothing was ever stored
  return st->ColumnInt64(0);
}

class AuditOutputs : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ofstream(log_) << kLog;
    std::filesystem::create_directory(dir_.path() / "sub");
  }
  static constexpr const char* kLog =
      "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed\n"
      "C1,2024-05-01,nvidia-h100-sxm5-80gb,8,DE,B,DE,D1234567\n";
  testing::TempDir dir_;
  std::string log_ = dir_.File("log.csv");
  std::string db_ = dir_.File("a.sqlite");
};

TEST_F(AuditOutputs, TheReportMayNotReplaceTheLogHoweverItIsSpelt) {
  std::filesystem::create_hard_link(log_, dir_.File("hard.csv"));
  for (const std::string& report : {log_, dir_.path().string() + "/sub/../log.csv", dir_.File("hard.csv")}) {
    const CliRun run = Audit({log_, "--db", db_, "--report", report, "--force"});
    EXPECT_EQ(run.exit_code, 2) << report << run.err;
    EXPECT_TRUE(Has(run.err, "refusing to write the report over the shipment log")) << run.err;
    EXPECT_EQ(Read(log_), kLog);
  }
  EXPECT_EQ(Runs(db_), 0) << "nothing was stored";
}

TEST_F(AuditOutputs, TheReportMayNotReplaceTheDatabaseOrItsJournal) {
  ASSERT_EQ(Audit({log_, "--db", db_}).exit_code, 0);
  const std::string before = Read(db_);
  for (const std::string& report : {db_, dir_.path().string() + "/./a.sqlite", db_ + "-journal", db_ + "-wal"}) {
    const CliRun run = Audit({log_, "--db", db_, "--report", report, "--force"});
    EXPECT_EQ(run.exit_code, 2) << report;
    EXPECT_TRUE(Has(run.err, "refusing to write the report over the database")) << run.err;
  }
  EXPECT_EQ(Read(db_), before);
  EXPECT_FALSE(std::filesystem::exists(db_ + "-wal"));
}

TEST_F(AuditOutputs, TheDatabaseMayNotBeTheLog) {
  const CliRun run = Audit({log_, "--db", dir_.path().string() + "/sub/../log.csv"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(Has(run.err, "is the shipment log")) << run.err;
  EXPECT_EQ(Read(log_), kLog);
}

TEST_F(AuditOutputs, AnExistingFileThatIsNotAReportNeedsForce) {
  const std::string notes = dir_.File("notes.html");
  std::ofstream(notes) << "<p>my notes</p>";
  const CliRun refused = Audit({log_, "--db", db_, "--report", notes});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_TRUE(Has(refused.err, "it is not a chipgate audit report")) << refused.err;
  EXPECT_EQ(Read(notes), "<p>my notes</p>");
  EXPECT_EQ(Runs(db_), 0);

  const CliRun forced = Audit({log_, "--db", db_, "--report", notes, "--force"});
  EXPECT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_TRUE(Has(Read(notes), "chipgate audit report"));
  // Our own report is replaced without --force.
  const CliRun again = Audit({log_, "--db", db_, "--report", notes});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(Runs(db_), 2);
}

// A report that cannot be written after the commit (here: a file size limit, as a full disk
// would) leaves the old report whole, no temporary file, and exit 3 saying the run is stored.
TEST_F(AuditOutputs, AFailedReportKeepsTheOldOneAndSaysTheRunIsStored) {
  std::ofstream big(dir_.File("big.csv"));
  big << "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed\n";
  for (int i = 0; i < 100; ++i) big << "S" << i << ",2024-05-01,nvidia-h100-sxm5-80gb,8,CN,A,CN,\n";
  big.close();
  const std::string report = dir_.File("out/r.html");
  std::filesystem::create_directory(dir_.path() / "out");
  ASSERT_EQ(Audit({log_, "--db", db_, "--report", report}).exit_code, 0);
  const std::string old_report = Read(report);
  testing::CliSetup limited;
  limited.shell_prefix = "ulimit -f 200;";  // 200 KiB: the database fits, the 220 KiB report does not
  const CliRun run = Audit({dir_.File("big.csv"), "--db", db_, "--report", report}, limited);
  EXPECT_EQ(run.exit_code, 3) << run.err;
  EXPECT_TRUE(Has(run.err, "the run is stored (run 2), but the report could not be written")) << run.err;
  EXPECT_EQ(Read(report), old_report);
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir_.path() / "out"), {}), 1) << "no temporary file left";
  EXPECT_EQ(Runs(db_), 2);
}

// Another process in a read transaction: the run is refused at its start (exit 2, nothing
// stored), not after all its work at the commit.
TEST_F(AuditOutputs, ALockedDatabaseIsRefusedBeforeTheRun) {
  ASSERT_EQ(Audit({log_, "--db", db_}).exit_code, 0);
  auto reader = sqlite::Database::Open(db_);
  ASSERT_TRUE(reader.ok());
  ASSERT_TRUE(reader->Exec("BEGIN").ok());
  auto select = reader->Prepare("SELECT count(*) FROM runs");
  ASSERT_TRUE(select.ok() && select->Step().row());  // holds a shared lock until the transaction ends
  const CliRun run = Audit({log_, "--db", db_});
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_TRUE(Has(run.err, "the database is locked by another process")) << run.err;
  EXPECT_FALSE(Has(run.err, "committing")) << run.err;
  EXPECT_FALSE(Has(run.out + run.err, "rows read")) << "no row was audited";
  select->Reset();
  ASSERT_TRUE(reader->Exec("COMMIT").ok());
  EXPECT_EQ(Runs(db_), 1);
}

// Standard output that cannot be written: with --format the run rolls back (exit 4); without,
// the summary is lost but the run is stored (exit 3). Either way the message says which.
TEST_F(AuditOutputs, AFullStdoutSaysWhetherTheRunIsStored) {
  testing::CliSetup full;
  full.stdout_kind = testing::CliSetup::Stdout::kDevFull;
  const CliRun rows = Audit({log_, "--db", db_, "--format", "csv"}, full);
  EXPECT_EQ(rows.exit_code, 4) << rows.err;
  EXPECT_TRUE(Has(rows.err, "nothing is stored")) << rows.err;
  EXPECT_EQ(Runs(db_), 0);
  const CliRun summary = Audit({log_, "--db", db_}, full);
  EXPECT_EQ(summary.exit_code, 3) << summary.err;
  EXPECT_TRUE(Has(summary.err, "cannot write standard output; the run is stored (run 1")) << summary.err;
  EXPECT_EQ(Runs(db_), 1);
}

}  // namespace
}  // namespace chipgate

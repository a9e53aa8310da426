// Schema 5 (issue 9): every input that changes a row's decision is stored with the row, so the
// database alone reproduces each verdict. For every stored row the question is rebuilt from the
// database's columns (and the run's fixed_inputs) only, asked of `chipgate check --claim`, and
// its claim verdict must be the stored one; the rows include License Exception HBM, which
// depends on the exporter's HQ (a run default included), party hits on the consignee and the
// owner, and a claim translated by the mapping file. A schema 4 database is migrated in place.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

#include "store/sqlite.hpp"
#include "support/audit_fixtures.hpp"
#include "support/bundled.hpp"
#include "support/db_query.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

using json = nlohmann::json;
using testing::CliRun;
using testing::QueryRows;
using testing::QueryText;

CliRun Chipgate(const std::vector<std::string>& args) { return testing::RunCli(args, testing::SourcePath("")); }

// The HBM2 stack is 3A090.c (2.78 GB/s/mm2); to China License Exception HBM is available to an
// exporter headquartered in the US (conformance case "HBM2 stack ... by a US exporter"), not to
// one in China, and undecided when the exporter's HQ is unknown.
constexpr const char* kLog =
    "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed,exporter_hq,consignee,end_user_parent\n"
    "H-US,2025-01-15,sk-hynix-hbm2-4gb-h5vr32esm4h-20c,10,CN,Example Memory Co,CN,HBM,US,,\n"
    "H-CN,2025-01-15,sk-hynix-hbm2-4gb-h5vr32esm4h-20c,10,CN,Example Memory Co,CN,HBM,CN,,\n"
    "H-DEFAULT,2025-01-15,sk-hynix-hbm2-4gb-h5vr32esm4h-20c,10,CN,Example Memory Co,CN,HBM,,,\n"
    "C-DPL,2025-03-01,nvidia-h20,1,CN,Hangzhou Example Cloud,CN,NLR,,KAL TEK LABS,\n"
    "O-OWNER,2025-10-15,nvidia-l4,1,DE,Example Rechenzentrum GmbH,DE,EAR99,,,Beijing Biren Technology Development Co. Ltd.\n"
    "O-SUSPENDED,2025-12-01,nvidia-l4,1,DE,Example Rechenzentrum GmbH,DE,EAR99,,,Beijing Biren Technology Development Co. Ltd.\n"
    "R-BAD,2025-13-01,nvidia-l4,1,DE,Example,DE,NLR,,,\n";

// The log above with the mapping's claim word, into `db`; `extra` adds options.
CliRun AuditLog(testing::TempDir& dir, const std::string& db, std::vector<std::string> extra = {}) {
  std::ofstream(dir.File("log.csv")) << kLog;
  std::ofstream(dir.File("map.toml")) << "[claims]\n\"EAR99\" = \"NLR\"\n";
  std::vector<std::string> args = {"audit", dir.File("log.csv"), "--db", db, "--map", dir.File("map.toml")};
  args.insert(args.end(), extra.begin(), extra.end());
  return Chipgate(args);
}

// `check` arguments for a stored row, from the row's columns and the run's fixed inputs alone.
std::vector<std::string> CheckArgs(const std::map<std::string, std::string>& r, const json& fixed) {
  std::vector<std::string> args = {"check", "--item", r.at("item_id"), "--to", r.at("destination"), "--date", r.at("date"),
                                   "--claim", r.at("claim"), "--quantity", r.at("quantity"), "--end-user", r.at("end_user"), "--format", "json"};
  const std::pair<const char*, const char*> optional[] = {{"end_user_hq", "--end-user-hq"}, {"exporter_hq", "--exporter-hq"},
                                                          {"consignee", "--consignee"},     {"purchaser", "--purchaser"},
                                                          {"end_user_parent", "--end-user-parent"}};
  for (const auto& [column, flag] : optional) {
    if (r.at(column).empty()) continue;
    args.push_back(flag);
    args.push_back(r.at(column));
  }
  for (const auto& e : fixed.at("end_use")) {
    args.push_back("--end-use");
    args.push_back(e.get<std::string>());
  }
  args.push_back("--transaction");
  args.push_back(fixed.at("transaction").get<std::string>());
  if (fixed.at("uae_approved_entity").get<bool>()) args.push_back("--uae-approved-entity");
  if (!fixed.at("exporter").is_null()) {
    args.push_back("--exporter");
    args.push_back(fixed.at("exporter").get<std::string>());
  }
  return args;
}

// Asks `check` every decided row of `run_id` and compares the claim's verdict; returns how many.
int ExpectReproducible(const std::string& db, int run_id) {
  const auto runs = QueryRows(db, "SELECT fixed_inputs FROM runs WHERE run_id = " + std::to_string(run_id));
  EXPECT_EQ(runs.size(), 1u);
  if (runs.empty()) return 0;
  const json fixed = json::parse(runs[0].at("fixed_inputs"));
  EXPECT_EQ(fixed.at("end_user_country"), "destination") << "check's default, so no flag is needed";
  int compared = 0;
  for (const auto& r : QueryRows(db, "SELECT * FROM results WHERE verdict <> 'rejected' AND run_id = " + std::to_string(run_id))) {
    const CliRun check = Chipgate(CheckArgs(r, fixed));
    EXPECT_NE(check.exit_code, 2) << check.err;
    if (check.exit_code == 2) continue;
    const json answer = json::parse(check.out);
    EXPECT_EQ(answer.at("claim").at("verdict"), r.at("verdict")) << r.at("shipment_id") << "\n" << check.out;
    ++compared;
  }
  return compared;
}

TEST(AuditInputs, EveryStoredRowIsReproducedFromTheDatabaseAlone) {
  testing::TempDir dir;
  const std::string db = dir.File("a.sqlite");
  const CliRun run = AuditLog(dir, db);
  ASSERT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(QueryText(db, "PRAGMA user_version"), "5\n");
  EXPECT_EQ(QueryText(db, "SELECT shipment_id, verdict, exporter_hq, claim, consignee, end_user_parent FROM results ORDER BY line"),
            "H-US|ok|US|HBM||\n"
            "H-CN|violation|CN|HBM||\n"
            "H-DEFAULT|indeterminate||HBM||\n"
            "C-DPL|prohibited||NLR|KAL TEK LABS|\n"
            "O-OWNER|violation||NLR||Beijing Biren Technology Development Co. Ltd.\n"
            "O-SUSPENDED|ok||NLR||Beijing Biren Technology Development Co. Ltd.\n"
            "R-BAD|rejected||||\n");
  EXPECT_EQ(QueryText(db, "SELECT claimed, date FROM results WHERE shipment_id = 'O-OWNER'"), "EAR99|2025-10-15\n")
      << "the claim as written is kept beside the claim as read";
  EXPECT_EQ(ExpectReproducible(db, 1), 6);
}

// The run's --exporter-hq fills blank values; the row stores the value it was decided with.
TEST(AuditInputs, TheExporterHqDefaultIsStoredWithTheRow) {
  testing::TempDir dir;
  const std::string db = dir.File("a.sqlite");
  ASSERT_EQ(AuditLog(dir, db, {"--exporter-hq", "US"}).exit_code, 1);
  EXPECT_EQ(QueryText(db, "SELECT verdict, exporter_hq FROM results WHERE shipment_id IN ('H-DEFAULT', 'H-CN') ORDER BY line"),
            "violation|CN\nok|US\n");
  EXPECT_EQ(ExpectReproducible(db, 1), 6);
}

// Back to exactly what schema 4 wrote (no input columns, no fixed_inputs or rescreen_of), then
// the next run migrates it in its own transaction: earlier rows kept as they were, their new
// columns NULL, the earlier run's fixed_inputs NULL (it did not store them).
TEST(AuditInputs, ASchemaFourDatabaseIsMigratedInPlace) {
  testing::TempDir dir;
  const std::string db = dir.File("v4.sqlite");
  ASSERT_EQ(AuditLog(dir, db).exit_code, 1);
  const std::string old_columns = "run_id, line, shipment_id, ship_date, item, item_id, quantity, destination, end_user, end_user_hq, claimed, verdict, "
                                  "required, missing, reasons, citations, license_finding";
  {
    auto open = sqlite::Database::Open(db);
    ASSERT_TRUE(open.ok());
    std::string sql = "BEGIN; DROP VIEW results_explained;";
    for (const char* c : {"date", "exporter_hq", "consignee", "purchaser", "end_user_parent", "claim"}) sql += std::string(" ALTER TABLE results DROP COLUMN ") + c + ";";
    sql += " ALTER TABLE runs DROP COLUMN fixed_inputs; ALTER TABLE runs DROP COLUMN rescreen_of;"
           " CREATE VIEW results_explained AS SELECT r.run_id, r.line, r.shipment_id, r.ship_date, r.item, r.item_id, r.quantity,"
           " r.destination, r.end_user, r.end_user_hq, r.claimed, r.verdict, e.required, e.missing, e.reasons, e.citations, e.license_finding"
           " FROM results AS r JOIN explanations AS e ON e.run_id = r.run_id AND e.explanation_id = r.explanation_id;"
           " PRAGMA user_version = 4; COMMIT;";
    const auto st = open->Exec(sql);
    ASSERT_TRUE(st.ok()) << st.message;
  }
  const std::string all = "SELECT " + old_columns + " FROM results_explained WHERE run_id = 1 ORDER BY line";
  const std::string before = QueryText(db, all);
  ASSERT_EQ(std::count(before.begin(), before.end(), '\n'), 7);
  ASSERT_EQ(AuditLog(dir, db).exit_code, 1);
  EXPECT_EQ(QueryText(db, "PRAGMA user_version"), "5\n");
  EXPECT_EQ(QueryText(db, all), before) << "the schema 4 rows are kept as they were";
  EXPECT_EQ(QueryText(db, "SELECT run_id, fixed_inputs IS NULL, rescreen_of IS NULL FROM runs ORDER BY run_id"), "1|1|1\n2|0|1\n");
  EXPECT_EQ(QueryText(db, "SELECT count(*) FROM results WHERE run_id = 1 AND exporter_hq IS NULL AND date IS NULL AND claim IS NULL"), "7\n");
  EXPECT_EQ(QueryText(db, "SELECT count(*) FROM results_explained WHERE run_id = 2 AND exporter_hq = 'US'"), "1\n");
  EXPECT_EQ(ExpectReproducible(db, 2), 6);
}

}  // namespace
}  // namespace chipgate

// Audit schema (see audit_schema.hpp). Design notes:
// - results is WITHOUT ROWID with the key (run_id, line): rows arrive in key order, so inserts
//   append to the b-tree and no second index is kept; "the rows of run N" is a range scan.
// - a row's explanation (what was required, the reasons, the citations) is stored once per
//   distinct explanation in `explanations` and referred to by id: a million rows share a few
//   hundred explanations, and storing each row's text in full made the database fifteen times
//   the size of the log and the run six times slower. The view `results_explained` joins them
//   back: one row per input row with its verdict, required, missing, reasons and citations.
// - reasons and citations are JSON arrays of strings (query them with json_each).
// - schema 2 adds the license register's traces: explanations.license_finding (the finding's
//   word when a claimed license was checked) and license_uses, the depletion ledger: one row
//   per shipment line that drew on a license, keyed by shipment id, line and license, so that
//   replacing the uses of a shipment id a run audits again (which makes re-runs idempotent) is
//   a key range, with no second index to keep.
//   Version 1 databases are migrated in the first run's transaction (MigrateAuditSchema).
// - schema 3 adds the verdict `prohibited` (to the CHECK below and a count in runs); version 1
//   and 2 databases are migrated the same way, keeping every row.
// - schema 4 adds runs.party_lists: the restricted-party list files (path, sha256, list date)
//   every row was screened against; earlier runs get "[]" (they screened nothing).
// - schema 5 stores every input that changes a row's decision, so a row can be asked again
//   from the database alone (License Exception HBM depends on the exporter's HQ, a party hit on
//   the consignee, the Affiliates rule on the owner): results.date (ISO), exporter_hq (after the
//   run's default), consignee, purchaser, end_user_parent and claim (the claim as read, after
//   the mapping's [claims]); runs.fixed_inputs, what the audit asks every row with (JSON; NULL
//   for runs stored before schema 5, which lack those columns), and runs.rescreen_of, the run a
//   re-screening re-decided (NULL for a log audit). The new results columns come last, where
//   ALTER TABLE puts them, so a new database and a migrated one have the same layout.
// - verdicts are checked against the six words, so a typo in a script's UPDATE cannot
//   invent a seventh. The check is a chain of ORs, not `IN (...)`: SQLite builds an ephemeral
//   index for an IN list on every row it checks, which was a third of the run's time.
#include "store/audit_schema.hpp"

#include <fmt/format.h>

#include "store/audit_store.hpp"

namespace chipgate::store_detail {

namespace {

// Schema 5's decision inputs (see the notes above); each is added by one ALTER TABLE.
constexpr std::string_view kResultInputColumnList[] = {"date TEXT", "exporter_hq TEXT", "consignee TEXT", "purchaser TEXT",
                                                       "end_user_parent TEXT", "claim TEXT"};
constexpr std::string_view kResultInputColumns = R"sql(
  date            TEXT,
  exporter_hq     TEXT,
  consignee       TEXT,
  purchaser       TEXT,
  end_user_parent TEXT,
  claim           TEXT,)sql";

// The results table under `name` (a migration builds it under another name, then renames it).
std::string ResultsTableSql(std::string_view name) {
  return fmt::format(R"sql(
CREATE TABLE IF NOT EXISTS {} (
  run_id       INTEGER NOT NULL REFERENCES runs(run_id),
  line         INTEGER NOT NULL,
  shipment_id  TEXT NOT NULL,
  ship_date    TEXT NOT NULL,
  item         TEXT NOT NULL,
  item_id      TEXT,
  quantity     INTEGER,
  destination  TEXT NOT NULL,
  end_user     TEXT NOT NULL,
  end_user_hq  TEXT,
  claimed      TEXT NOT NULL,
  verdict      TEXT NOT NULL CHECK (verdict = 'ok' OR verdict = 'violation' OR verdict = 'over-declared'
                                    OR verdict = 'indeterminate' OR verdict = 'rejected' OR verdict = 'prohibited'),
  explanation_id INTEGER NOT NULL,{}
  PRIMARY KEY (run_id, line)
) STRICT, WITHOUT ROWID;
)sql",
                     name, kResultInputColumns);
}

constexpr std::string_view kResultColumns =
    "run_id, line, shipment_id, ship_date, item, item_id, quantity, destination, end_user, end_user_hq, claimed, verdict, explanation_id";

// Version 1 → 2: the license register's column (license_uses is created by AuditSchemaSql).
sqlite::Status MigrateFromVersion1(sqlite::Database& db) {
  return db.Exec("ALTER TABLE explanations ADD COLUMN license_finding TEXT; DROP VIEW IF EXISTS results_explained;");
}

// Version 2 → 3: the `prohibited` verdict. SQLite cannot change a CHECK constraint in place, so
// the results are copied into a table with the new constraint, which takes the old one's name;
// every row, verdict and explanation id is kept as it was. The run counts gain `prohibited`
// (0 for old runs: no earlier chipgate could give that verdict).
sqlite::Status MigrateFromVersion2(sqlite::Database& db) {
  return db.Exec(fmt::format("DROP VIEW IF EXISTS results_explained; {} INSERT INTO results_v3 ({}) SELECT {} FROM results; "
                             "DROP TABLE results; ALTER TABLE results_v3 RENAME TO results; "
                             "ALTER TABLE runs ADD COLUMN prohibited INTEGER NOT NULL DEFAULT 0;",
                             ResultsTableSql("results_v3"), kResultColumns, kResultColumns));
}

// Version 3 → 4: the party lists of each run.
sqlite::Status MigrateFromVersion3(sqlite::Database& db) { return db.Exec("ALTER TABLE runs ADD COLUMN party_lists TEXT NOT NULL DEFAULT '[]';"); }

// Version 4 → 5, results: the decision inputs, NULL in earlier rows (their runs' fixed_inputs
// stay NULL, which says so). A results table copied from version 2 already has them.
sqlite::Status AddResultInputColumns(sqlite::Database& db) {
  std::string sql = "DROP VIEW IF EXISTS results_explained;";
  for (const std::string_view column : kResultInputColumnList) sql += fmt::format(" ALTER TABLE results ADD COLUMN {};", column);
  return db.Exec(sql);
}

// Version 4 → 5, runs: what every row was asked with, and the run a re-screening re-decided.
sqlite::Status AddRunInputColumns(sqlite::Database& db) {
  return db.Exec("ALTER TABLE runs ADD COLUMN fixed_inputs TEXT; ALTER TABLE runs ADD COLUMN rescreen_of INTEGER;");
}

}  // namespace

const std::string& AuditSchemaSql() {
  static const std::string kSql = R"sql(
CREATE TABLE IF NOT EXISTS runs (
  run_id            INTEGER PRIMARY KEY,
  started_at        TEXT NOT NULL,
  finished_at       TEXT,
  input_path        TEXT NOT NULL,
  input_sha256      TEXT,
  rules_sha256      TEXT NOT NULL,
  catalog_sha256    TEXT NOT NULL,
  chipgate_version  TEXT NOT NULL,
  params            TEXT NOT NULL,
  rows_read         INTEGER NOT NULL DEFAULT 0,
  rows_decided      INTEGER NOT NULL DEFAULT 0,
  rows_rejected     INTEGER NOT NULL DEFAULT 0,
  ok                INTEGER NOT NULL DEFAULT 0,
  violation         INTEGER NOT NULL DEFAULT 0,
  over_declared     INTEGER NOT NULL DEFAULT 0,
  indeterminate     INTEGER NOT NULL DEFAULT 0,
  blank_lines       INTEGER NOT NULL DEFAULT 0,
  prohibited        INTEGER NOT NULL DEFAULT 0,
  party_lists       TEXT NOT NULL DEFAULT '[]',
  fixed_inputs      TEXT,
  rescreen_of       INTEGER
) STRICT;
)sql" + ResultsTableSql("results") + R"sql(
CREATE TABLE IF NOT EXISTS explanations (
  run_id          INTEGER NOT NULL REFERENCES runs(run_id),
  explanation_id  INTEGER NOT NULL,
  required        TEXT NOT NULL,
  missing         TEXT,
  reasons         TEXT NOT NULL,
  citations       TEXT NOT NULL,
  license_finding TEXT,
  PRIMARY KEY (run_id, explanation_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS license_uses (
  license_number  TEXT NOT NULL,
  shipment_id     TEXT NOT NULL,
  line            INTEGER NOT NULL,
  ship_date       TEXT NOT NULL,
  quantity        INTEGER NOT NULL,
  run_id          INTEGER NOT NULL REFERENCES runs(run_id),
  PRIMARY KEY (shipment_id, line, license_number)
) STRICT, WITHOUT ROWID;
CREATE VIEW IF NOT EXISTS results_explained AS
  SELECT r.run_id, r.line, r.shipment_id, r.ship_date, r.item, r.item_id, r.quantity, r.destination, r.end_user,
         r.end_user_hq, r.claimed, r.verdict, e.required, e.missing, e.reasons, e.citations, e.license_finding,
         r.date, r.exporter_hq, r.consignee, r.purchaser, r.end_user_parent, r.claim
  FROM results AS r JOIN explanations AS e ON e.run_id = r.run_id AND e.explanation_id = r.explanation_id;
)sql";
  return kSql;
}

sqlite::Status MigrateAuditSchema(sqlite::Database& db) {
  const auto version = db.UserVersion();
  if (!version.ok()) return version.status;
  if (*version == 1) {
    if (const auto st = MigrateFromVersion1(db); !st.ok()) return st;
  }
  if (*version == 1 || *version == 2) {
    if (const auto st = MigrateFromVersion2(db); !st.ok()) return st;
  }
  if (*version >= 1 && *version <= 3) {
    if (const auto st = MigrateFromVersion3(db); !st.ok()) return st;
  }
  if (*version == 3 || *version == 4) {
    if (const auto st = AddResultInputColumns(db); !st.ok()) return st;
  }
  if (*version >= 1 && *version <= 4) return AddRunInputColumns(db);
  return {};
}

std::optional<std::string> CheckAuditSchema(sqlite::Database& db) {
  const auto version = db.UserVersion();
  if (!version.ok()) return fmt::format("cannot read the database: {}", version.status.message);
  if (*version > kAuditSchemaVersion) {
    return fmt::format("the database has audit schema version {}, newer than this chipgate writes ({}); use a newer chipgate or another --db",
                       *version, kAuditSchemaVersion);
  }
  if (*version >= 1) return std::nullopt;  // ours; version 1 is migrated by the first run
  auto tables = db.Prepare("SELECT count(*) FROM sqlite_schema");
  if (!tables.ok()) return fmt::format("cannot read the database: {}", tables.status.message);
  const auto step = tables->Step();
  if (!step.row()) return fmt::format("cannot read the database: {}", step.status.message);
  if (tables->ColumnInt64(0) > 0) {
    return "the database already holds tables but is not a chipgate audit database (PRAGMA user_version is not set); choose another --db";
  }
  return std::nullopt;
}

}  // namespace chipgate::store_detail

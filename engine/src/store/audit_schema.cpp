// Audit schema (see audit_schema.hpp). Design notes:
// - results is WITHOUT ROWID with the key (run_id, line): rows arrive in key order, so inserts
//   append to the b-tree and no second index is kept; "the rows of run N" is a range scan.
// - reasons and citations are JSON arrays of strings (query them with json_each).
// - verdicts are checked against the five words, so a typo in a script's UPDATE cannot
//   invent a sixth.
#include "store/audit_schema.hpp"

#include <fmt/format.h>

#include "chipgate/audit_store.hpp"

namespace chipgate::store_detail {

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
  blank_lines       INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE IF NOT EXISTS results (
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
  verdict      TEXT NOT NULL CHECK (verdict IN ('ok', 'violation', 'over-declared', 'indeterminate', 'rejected')),
  required     TEXT NOT NULL,
  missing      TEXT,
  reasons      TEXT NOT NULL,
  citations    TEXT NOT NULL,
  PRIMARY KEY (run_id, line)
) STRICT, WITHOUT ROWID;
)sql";
  return kSql;
}

std::optional<std::string> CheckAuditSchema(sqlite::Database& db) {
  const auto version = db.UserVersion();
  if (!version.ok()) return fmt::format("cannot read the database: {}", version.status.message);
  if (*version > kAuditSchemaVersion) {
    return fmt::format("the database has audit schema version {}, newer than this chipgate writes ({}); use a newer chipgate or another --db",
                       *version, kAuditSchemaVersion);
  }
  if (*version == kAuditSchemaVersion) return std::nullopt;
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

// The audit database schema (version kAuditSchemaVersion) and the check that a database file
// is one we may write to: empty, or ours at a version we understand. Never scribble into
// someone else's SQLite file.
#pragma once

#include <optional>
#include <string>

#include "store/sqlite.hpp"

namespace chipgate::store_detail {

// The CREATE statements (IF NOT EXISTS), run inside the first run's transaction.
const std::string& AuditSchemaSql();

// Brings a version 1 to 4 database to the current schema (inside the caller's transaction,
// before AuditSchemaSql): from 1, the license_finding column; from 2, the `prohibited` verdict
// in the results' CHECK (the table copied, every row kept) and its count in runs; from 3, the
// runs' party lists; from 4, the results' decision inputs and the runs' fixed inputs and
// re-screening link. The view is dropped here and recreated by AuditSchemaSql.
sqlite::Status MigrateAuditSchema(sqlite::Database& db);

// An error message when the database is not empty and not a chipgate audit database of a
// version this build can write.
std::optional<std::string> CheckAuditSchema(sqlite::Database& db);

}  // namespace chipgate::store_detail

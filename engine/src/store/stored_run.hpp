// Reading a stored run back from the audit database, for a re-screening: the run row (what it
// was decided with, to compare) and its results rows with the decision inputs schema 5 stores,
// a page at a time in line order. Prepared statements only; nothing is written.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/rescreen.hpp"
#include "store/sqlite.hpp"

namespace chipgate {

// A finished run as stored.
struct StoredRunInfo {
  std::int64_t run_id = 0;
  std::string input_path, input_sha256, rules_sha256, catalog_sha256, params_json, party_lists_json;
  std::optional<std::string> fixed_inputs_json;  // absent: stored before schema 5
  std::uint64_t blank_lines = 0;
};

}  // namespace chipgate

namespace chipgate::store_detail {

// Run `run_id`; an error message when the database has no such finished run, or was written
// before schema 5 (its rows lack inputs such as the exporter's HQ, so they cannot be decided
// again from the database: the message says to audit the log again).
std::optional<std::string> ReadStoredRun(sqlite::Database& db, std::int64_t run_id, StoredRunInfo& out);

// Up to `limit` results rows of `run_id` with a line after `after_line`, in line order, with
// their explanation's license finding and, for rejected rows, the reason.
std::optional<std::string> ReadStoredRows(sqlite::Database& db, std::int64_t run_id, std::uint64_t after_line, std::size_t limit,
                                          std::vector<StoredRow>& out);

}  // namespace chipgate::store_detail

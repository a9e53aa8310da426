// Re-screening a stored run: its rows, rebuilt from the database's columns alone (schema 5
// stores every input that changes a decision), decided again against the party lists loaded
// now, each as of its ship date, into a new run. The log is not read again and the original
// run is not touched. The rules, catalog and params must be the original run's (the caller
// compares the hashes), so every verdict that changes was changed by the lists; the license
// register findings the original run stored are applied again as they were (the register is not
// read, and depletion is not drawn twice).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "audit/row_auditor.hpp"
#include "audit/row_verdict.hpp"
#include "audit/run.hpp"
#include "audit/shipment_row.hpp"
#include "audit/sink.hpp"

namespace chipgate {

// One results row as the database holds it; empty strings are NULLs.
struct StoredRow {
  std::uint64_t line = 0;
  std::string shipment_id, ship_date, item, item_id, destination, end_user, end_user_hq, claimed;
  std::string date, exporter_hq, consignee, purchaser, end_user_parent, claim;  // schema 5's inputs
  std::optional<std::int64_t> quantity;
  Verdict verdict = Verdict::kRejected;
  std::optional<licenses::Finding> license_finding;  // the register's finding, when one was checked
  std::string reject_reason;                         // rejected rows: why
};

// The rows of one stored run, in line order, a page at a time (so memory does not grow with
// the run).
class StoredRowSource {
 public:
  virtual ~StoredRowSource() = default;
  // Up to `limit` rows with a line after `after_line` into `out` (cleared first); an error
  // message when they cannot be read.
  virtual std::optional<std::string> ReadRows(std::uint64_t after_line, std::size_t limit, std::vector<StoredRow>& out) = 0;
};

// `row` (its fields viewing `stored`, which must outlive its use) as the reader would have
// parsed it: a decided row with its ISO date, catalog index, countries and claim; a rejected
// row rejected with its stored reason. An error message when a stored value does not parse or
// the item is not in `catalog` (a database this chipgate did not write, or edited since).
std::optional<std::string> RebuildRow(const StoredRow& stored, const Catalog& catalog, ShipmentRow& row);

// A row whose verdict the re-screening changed.
struct VerdictChange {
  std::uint64_t line = 0;
  std::string shipment_id;
  Verdict before = Verdict::kRejected;
  Verdict after = Verdict::kRejected;
};

struct RescreenResult {
  AuditRunResult run;                  // the new run's counts (blank lines not known here)
  std::vector<VerdictChange> changes;  // the first kMaxListedChanges, in line order
  std::uint64_t changed = 0;           // all of them
};
constexpr std::size_t kMaxListedChanges = 1000;

// Reads every stored row, decides it again with `auditor` (whose party lookup holds the new
// lists), applies its stored license finding, and hands it to each sink in order.
RescreenResult RunRescreen(StoredRowSource& source, const Catalog& catalog, RowAuditor& auditor, std::span<AuditSink* const> sinks);

}  // namespace chipgate

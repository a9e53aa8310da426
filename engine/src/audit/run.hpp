// Batch audit of a shipment log: each row is decided under the rules in force on its ship date
// (the compiled fast path) and its verdict compares the authorization the rules required with
// the one the row claims.
//
// Stages, each with its own header here: the columns (columns.hpp) and how a user's export maps
// onto them (audit_mapping.hpp), reading rows and rejects (log_reader.hpp), the claimed
// authorization (claim.hpp), the verdict with its reasons and citations (row_auditor.hpp,
// row_explanation.hpp), license checks (license_checker.hpp, license_plan.hpp), and this run,
// which feeds every row to the sinks (sink.hpp): the SQLite store, the CSV/JSON writers, the
// summary behind the HTML report.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "audit/counts.hpp"
#include "audit/license_checker.hpp"
#include "audit/log_reader.hpp"
#include "audit/row_auditor.hpp"
#include "audit/sink.hpp"

namespace chipgate {

struct AuditRunResult {
  AuditCounts counts;
  std::optional<std::string> error;  // a sink's error or a read failure: the run did not finish
};

// Called after each row with (rows read, bytes consumed), for a progress display.
using AuditProgress = void (*)(void* context, std::uint64_t rows, std::uint64_t bytes);

// Reads every row (after ReadHeader), audits it (and checks its license when `licenses` is
// given) and hands it to each sink in order.
AuditRunResult RunAudit(ShipmentLogReader& reader, RowAuditor& auditor, std::span<AuditSink* const> sinks,
                        AuditProgress progress = nullptr, void* progress_context = nullptr, LicenseChecker* licenses = nullptr);

}  // namespace chipgate

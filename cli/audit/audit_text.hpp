// What `chipgate audit` prints when it is done: the account (read = decided + rejected), the
// count per verdict, the first findings with their reason, and where the database and the
// report are. Plain text for a terminal or a CI log.
#pragma once

#include <string>

#include "audit/rescreen.hpp"
#include "report/audit_report.hpp"

namespace chipgate::cli {

struct AuditWhere {
  std::string input_path;
  std::string db_path;
  std::int64_t run_id = 0;
  std::string report_path;  // empty: no report written
};

// "rejected rows by reason (N in all):" then one line per group with its count, first lines and
// an example reason; empty when nothing was rejected.
std::string RejectGroupsText(const std::vector<RejectGroup>& groups, std::uint64_t total);

// What to fix when every row was rejected, from the largest group of rejects: "dates look like
// DD.MM.YYYY: set date_format = ..." and the like.
std::string AllRejectedHelp(const RejectGroup& largest, const std::string& date_shape, const AuditMapping& mapping, char delimiter);

// A re-screening's changes: "verdicts changed from run N: K rows", then one line per listed
// row (line, shipment id, old verdict -> new verdict), or "none".
std::string VerdictChangesText(const RescreenResult& result, std::int64_t original_run);

std::string AuditSummaryText(const AuditSummary& summary, const AuditCounts& counts, const AuditWhere& where);

}  // namespace chipgate::cli

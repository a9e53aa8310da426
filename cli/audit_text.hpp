// What `chipgate audit` prints when it is done: the account (read = decided + rejected), the
// count per verdict, the first findings with their reason, and where the database and the
// report are. Plain text for a terminal or a CI log.
#pragma once

#include <string>

#include "report/audit_report.hpp"

namespace chipgate::cli {

struct AuditWhere {
  std::string input_path;
  std::string db_path;
  std::int64_t run_id = 0;
  std::string report_path;  // empty: no report written
};

std::string AuditSummaryText(const AuditSummary& summary, const AuditCounts& counts, const AuditWhere& where);

}  // namespace chipgate::cli

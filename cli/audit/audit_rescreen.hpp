// `chipgate audit --rescreen RUN_ID --db FILE`: the parties of a stored run screened again
// against the lists given now (--parties), each row as of its ship date, from the database's
// columns alone (the log is not read). The result is stored as a new run linked to the
// original (runs.rescreen_of), which is never modified; the summary lists the rows whose
// verdict changed. Outputs (--report, --format) and exit statuses as for a log audit.
#pragma once

#include <cstdint>
#include <string>

#include "cli/core/command.hpp"
#include "cli/core/session.hpp"

namespace chipgate::cli {

struct RescreenRequest {
  std::int64_t run_id = 0;
  std::string db_path;
  std::string report_path;  // empty: none
  bool force = false;       // replace an existing --report file that is not a chipgate report
  std::string format;       // "", "csv", "json" or "jsonl"
};

// The exit status, as RunAuditRequest's: 2 also when the database or the run cannot be
// re-screened (no such run, stored before schema 5, other rules, catalog or params).
int RunRescreenRequest(const RescreenRequest& request, const EngineState& session, Io& io);

}  // namespace chipgate::cli

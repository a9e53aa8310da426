// The steps of one `chipgate audit` run, after the arguments are parsed: read the mapping,
// open the log and check its header, open the store, stream every row through the sinks
// (store, summary, stdout writer, progress), commit, write the report, print the summary.
#pragma once

#include <optional>
#include <string>

#include "args.hpp"
#include "audit/audit.hpp"
#include "command.hpp"
#include "session.hpp"

namespace chipgate::cli {

struct AuditRequest {
  std::string input_path;  // "-" = standard input
  std::string db_path;
  std::string report_path;  // empty: none
  std::string format;       // "", "csv" or "json"
  AuditMapping mapping;
  std::optional<CountryCode> exporter_hq;
  std::optional<licenses::Register> licenses;  // --licenses, loaded
};

// --map files, then --map-column and --map-item flags. Prints problems; false on any.
bool ReadMapping(const Args& args, const EngineState& session, AuditMapping& mapping, Io& io);

// Returns the exit status.
int RunAuditRequest(const AuditRequest& request, const EngineState& session, Io& io);

}  // namespace chipgate::cli

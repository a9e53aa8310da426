// The steps of one `chipgate audit` run, after the arguments are parsed: read the mapping,
// open the log and check its header, open the store, stream every row through the sinks
// (store, summary, stdout writer, progress), commit, write the report, print the summary.
#pragma once

#include <optional>
#include <string>

#include "cli/core/args.hpp"
#include "audit/audit_mapping.hpp"
#include "cli/core/command.hpp"
#include "cli/core/session.hpp"
#include "licenses/licenses.hpp"

namespace chipgate::cli {

struct AuditRequest {
  std::string input_path;  // "-" = standard input
  std::string db_path;
  std::string report_path;  // empty: none
  bool force = false;       // replace an existing --report file that is not a chipgate report
  std::vector<std::string> map_paths;
  std::string format;       // "", "csv" or "json"
  AuditMapping mapping;
  std::optional<CountryCode> exporter_hq;
  std::optional<licenses::Register> licenses;  // --licenses, loaded
};

// --map files, then --map-column and --map-item flags. Prints problems; false on any.
bool ReadMapping(const Args& args, const EngineState& session, AuditMapping& mapping, Io& io);

// Returns the exit status, decided from what was actually stored and written: 0 or 1 the run is
// stored and every output written (1: findings); 2 refused before the run started, nothing
// stored; 3 the run is stored but the report or standard output could not be written; 4 the run
// failed while running (input, database, disk, standard output) and was rolled back.
int RunAuditRequest(const AuditRequest& request, const EngineState& session, Io& io);

}  // namespace chipgate::cli

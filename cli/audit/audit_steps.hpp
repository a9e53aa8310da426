// Steps that a log audit and a re-screening share after their rows are decided: the run's
// params as recorded, the report written atomically, standard output checked at the end.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "cli/core/command.hpp"
#include "cli/core/session.hpp"

namespace chipgate::cli {

// Every param with its value as text, for the report's provenance.
std::vector<std::pair<std::string, std::string>> AuditParamList(const EngineState& s);
// The params as the runs table records them (a JSON object).
std::string AuditParamsJson(const EngineState& s);

// After the commit: the report, replaced atomically. False (with the message) when it could not
// be written; the run stays stored and an existing report stays as it was.
bool WriteAuditReport(const std::string& path, const std::string& html, std::int64_t run_id, Io& io);

// Standard output is checked once, at the end: every write before went to its buffer. False
// (with the message naming the stored run) when it failed.
bool AuditStdoutWritten(const std::string& db_path, std::int64_t run_id, Io& io);

}  // namespace chipgate::cli

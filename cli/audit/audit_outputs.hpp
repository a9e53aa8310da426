// The files one `chipgate audit` run reads and writes, checked before anything is read or
// stored: no output may be an input (the log, a mapping file), the database or its journal or
// WAL files, or another output, compared by file identity rather than by spelling; and an
// existing report path must hold an earlier chipgate report, unless --force says otherwise.
#pragma once

#include <string>
#include <vector>

#include "cli/core/command.hpp"

namespace chipgate::cli {

struct AuditPaths {
  std::string input;  // "-" = standard input
  std::vector<std::string> maps;
  std::string db;
  std::string report;  // empty: none
  bool force = false;
};

// Prints why and returns false when a path is refused.
bool CheckAuditPaths(const AuditPaths& paths, Io& io);

}  // namespace chipgate::cli

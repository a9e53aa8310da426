// The subcommand table: each subcommand is one file (cmd_<name>.cpp) exposing a Run function.
// Commands write results to `out` and problems to `err` and return the process exit code:
// 0 success, 1 a finding the user must act on (lint errors, violations), 2 bad usage or input,
// 3 the output could not be written (a full disk, a closed pipe: reported once on stderr).
// `chipgate audit` adds 4: the run failed while running and was rolled back (docs/audit.md).
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace chipgate::cli {

// main() makes `out` and `err` filtered streams (output_stream.hpp): every control character
// from rule files, catalogs and logs is neutralised there, in one place. `progress` is the raw
// standard error, for the audit's progress line alone, whose carriage return and erase-line
// sequence are chipgate's own and drawn only on a terminal.
class OutputStream;  // output_stream.hpp

struct Io {
  std::FILE* out = stdout;
  std::FILE* err = stderr;
  std::FILE* progress = stderr;
  OutputStream* out_stream = nullptr;  // what `out` writes through, for OutputFailed()
};

constexpr int kExitOk = 0;
constexpr int kExitFinding = 1;
constexpr int kExitUsage = 2;
constexpr int kExitOutput = 3;
constexpr int kExitNotStored = 4;

using CommandFn = int (*)(const std::vector<std::string>& argv, Io& io);

struct Command {
  const char* name;
  const char* summary;
  CommandFn run;
};

// Defined in main.cpp; every cmd_*.cpp adds one entry there.
const std::vector<Command>& Commands();

}  // namespace chipgate::cli

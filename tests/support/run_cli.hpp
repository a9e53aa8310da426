// Runs the real chipgate binary (CHIPGATE_BINARY) the way a user would, for CLI tests: given
// arguments and a CHIPGATE_HOME, returns the exit code, stdout and stderr.
#pragma once

#include <string>
#include <vector>

namespace chipgate::testing {

struct CliRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Arguments are passed through a shell, each one single-quoted, so spaces survive. Runs have no
// load snapshots (CHIPGATE_CACHE_DIR=off), so a developer's ~/.cache never takes part.
CliRun RunCli(const std::vector<std::string>& args, const std::string& chipgate_home);

// How a run's standard output is set up by RunCliWith.
struct CliSetup {
  enum class Stdout { kCaptured, kDevFull, kClosedPipe };
  Stdout stdout_kind = Stdout::kCaptured;
  std::string shell_prefix;  // run in `sh -c` before chipgate, e.g. "ulimit -f 200;"
  std::string cache_dir = "off";  // CHIPGATE_CACHE_DIR: a folder for load snapshots, or "off"
};

// RunCli with a snapshot folder, or with stdout on /dev/full, or on a pipe whose reading end is already closed (so every
// write fails with EPIPE, deterministically), or captured as by RunCli.
CliRun RunCliWith(const std::vector<std::string>& args, const std::string& chipgate_home, const CliSetup& setup);

}  // namespace chipgate::testing

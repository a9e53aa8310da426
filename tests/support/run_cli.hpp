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

// Arguments are passed through a shell, each one single-quoted, so spaces survive.
CliRun RunCli(const std::vector<std::string>& args, const std::string& chipgate_home);

}  // namespace chipgate::testing

// See program.hpp.
#include "cli/core/program.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <csignal>
#include <cstring>
#include <system_error>

#include "cli/core/output_stream.hpp"
#include "store/sqlite.hpp"

namespace chipgate::cli {

int RunProgram(int argc, char** argv, DispatchFn dispatch) {
  // A closed pipe or a file size limit would kill the process silently, mid-write; ignored, they
  // become write errors that each command reports and that decide its exit status.
  std::signal(SIGPIPE, SIG_IGN);
  std::signal(SIGXFSZ, SIG_IGN);
  sqlite::TurnOffMemoryStatistics();
  OutputStream out(STDOUT_FILENO);
  OutputStream err(STDERR_FILENO);
  Io io{out.file(), err.file(), stderr, &out};
  int code = kExitOk;
  bool write_failed = false;
  try {
    code = dispatch(argc, argv, io);
  } catch (const std::system_error&) {
    // fmt::print throws once a write to a failed stream comes up short; the stream knows why.
    write_failed = true;
  }
  // A command that failed for its own reasons has said so; one that thinks it succeeded learns
  // here whether its output arrived, and the failure is reported once.
  if (const int error = out.Finish(); error != 0 && (code < kExitUsage || write_failed)) {
    std::fputs(fmt::format("chipgate: cannot write standard output: {}\n", std::strerror(error)).c_str(), io.err);
    code = kExitOutput;
  }
  if (err.Finish() != 0 || write_failed) code = kExitOutput;  // stderr itself failed: nothing to tell
  return code;
}

}  // namespace chipgate::cli

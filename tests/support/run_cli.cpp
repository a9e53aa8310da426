// Running the chipgate binary from tests (see run_cli.hpp). stdout comes through popen;
// stderr goes to a temporary file, so the two streams are checked separately.
#include "support/run_cli.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace chipgate::testing {
namespace {

std::string Quote(const std::string& text) {
  std::string out = "'";
  for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

CliRun RunCli(const std::vector<std::string>& args, const std::string& chipgate_home) {
  char err_path[] = "/tmp/chipgate_cli_err_XXXXXX";
  const int fd = mkstemp(err_path);
  if (fd < 0) throw std::runtime_error("mkstemp failed");
  close(fd);
  std::string command = "CHIPGATE_HOME=" + Quote(chipgate_home) + " " + Quote(CHIPGATE_BINARY);
  for (const auto& a : args) command += " " + Quote(a);
  command += " 2>" + Quote(err_path);
  CliRun run;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("popen failed");
  char buffer[4096];
  std::size_t n = 0;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) run.out.append(buffer, n);
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.err = ReadAll(err_path);
  std::remove(err_path);
  return run;
}

}  // namespace chipgate::testing

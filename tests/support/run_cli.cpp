// Running the chipgate binary from tests (see run_cli.hpp). stdout comes through popen;
// stderr goes to a temporary file, so the two streams are checked separately.
#include "support/run_cli.hpp"

#include <fcntl.h>
#include <signal.h>
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

// CHIPGATE_TEST_BINARY runs the CLI tests against another build (an older one, to see a new
// test fail before its fix).
std::string Binary() {
  const char* other = std::getenv("CHIPGATE_TEST_BINARY");
  return other != nullptr && *other != '\0' ? other : CHIPGATE_BINARY;
}

}  // namespace

CliRun RunCliWith(const std::vector<std::string>& args, const std::string& chipgate_home, const CliSetup& setup) {
  if (setup.stdout_kind == CliSetup::Stdout::kCaptured && setup.shell_prefix.empty() && setup.cache_dir == "off") {
    return RunCli(args, chipgate_home);
  }
  char out_path[] = "/tmp/chipgate_cli_out_XXXXXX";
  const int out_fd = mkstemp(out_path);
  if (out_fd < 0) throw std::runtime_error("mkstemp failed");
  std::string command = setup.shell_prefix + " CHIPGATE_CACHE_DIR=" + Quote(setup.cache_dir) + " CHIPGATE_HOME=" +
                        Quote(chipgate_home) + " " + Quote(Binary());
  for (const auto& a : args) command += " " + Quote(a);
  int pipe_fds[2] = {-1, -1};
  if (setup.stdout_kind == CliSetup::Stdout::kClosedPipe && pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
  if (setup.stdout_kind == CliSetup::Stdout::kClosedPipe) close(pipe_fds[0]);  // nobody will ever read
  char err_path[] = "/tmp/chipgate_cli_err_XXXXXX";
  const int err_file = mkstemp(err_path);
  const pid_t child = fork();
  if (child == 0) {
    int target = out_fd;
    if (setup.stdout_kind == CliSetup::Stdout::kDevFull) target = open("/dev/full", O_WRONLY);
    if (setup.stdout_kind == CliSetup::Stdout::kClosedPipe) target = pipe_fds[1];
    dup2(target, STDOUT_FILENO);
    dup2(err_file, STDERR_FILENO);
    signal(SIGPIPE, SIG_DFL);
    execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  if (pipe_fds[1] >= 0) close(pipe_fds[1]);
  close(err_file);
  close(out_fd);
  int status = 0;
  waitpid(child, &status, 0);
  CliRun run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = ReadAll(out_path);
  run.err = ReadAll(err_path);
  std::remove(out_path);
  std::remove(err_path);
  return run;
}

CliRun RunCli(const std::vector<std::string>& args, const std::string& chipgate_home) {
  char err_path[] = "/tmp/chipgate_cli_err_XXXXXX";
  const int fd = mkstemp(err_path);
  if (fd < 0) throw std::runtime_error("mkstemp failed");
  close(fd);
  std::string command = "CHIPGATE_CACHE_DIR=off CHIPGATE_HOME=" + Quote(chipgate_home) + " " + Quote(Binary());
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

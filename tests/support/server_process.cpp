// See server_process.hpp.
#include "support/server_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

extern char** environ;

namespace chipgate::testing {
namespace {

using Clock = std::chrono::steady_clock;

Clock::time_point Deadline(double seconds) {
  return Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
}

}  // namespace

ServerProcess::ServerProcess(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {CHIPGATE_BINARY, "serve", "--listen", "127.0.0.1:0", "--runs-dir", dir_.File("runs")};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<char*> raw;
  for (auto& a : argv) raw.push_back(a.data());
  raw.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 2, dir_.File("stderr.log").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t none;  // the child starts with no blocked signals whatever this thread has blocked
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);
  if (posix_spawn(&pid_, argv[0].c_str(), &actions, &attr, raw.data(), environ) != 0) pid_ = -1;
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  const std::string marker = "listening on http://127.0.0.1:";
  const auto deadline = Deadline(30);
  while (pid_ > 0 && Clock::now() < deadline) {
    const std::string log = Log();
    if (const auto at = log.find(marker); at != std::string::npos) {
      port_ = std::stoi(log.substr(at + marker.size()));
      return;
    }
    if (Wait(0) >= 0) return;  // exited without listening
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0 && status_ < 0) {
    kill(pid_, SIGKILL);
    Wait(10);
  }
}

void ServerProcess::Signal(int signal) const {
  if (pid_ > 0) kill(pid_, signal);
}

int ServerProcess::Wait(double seconds) {
  if (status_ >= 0 || pid_ <= 0) return status_;
  const auto deadline = Deadline(seconds);
  do {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      return status_;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  } while (Clock::now() < deadline);
  return -1;
}

std::string ServerProcess::Log() const {
  std::ifstream in(dir_.File("stderr.log"));
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool ServerProcess::WaitForLog(const std::string& text, double seconds) const {
  const auto deadline = Deadline(seconds);
  do {
    if (Log().find(text) != std::string::npos) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  } while (Clock::now() < deadline);
  return false;
}

}  // namespace chipgate::testing

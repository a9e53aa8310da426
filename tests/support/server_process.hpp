// The real `chipgate serve` binary as the server tests meet it: started on a free loopback port
// (port 0; the port is read from its "listening on" line), its stderr (the access log) kept in
// a file, signalled, and waited for. A server still running when the object dies is killed.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

#include "support/temp_dir.hpp"

namespace chipgate::testing {

class ServerProcess {
 public:
  // Starts `chipgate serve --listen 127.0.0.1:0 --runs-dir <temp> ARGS...` and waits (up to
  // 30 s) until it listens, or until it exits (then port() is 0).
  explicit ServerProcess(const std::vector<std::string>& args);
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }
  void Signal(int signal) const;
  // The exit status, or -1 when it has not exited within `seconds`.
  int Wait(double seconds);
  std::string Log() const;  // everything written to stderr so far
  // Polls the log until `text` appears in it (true) or `seconds` pass (false).
  bool WaitForLog(const std::string& text, double seconds) const;

 private:
  TempDir dir_;
  pid_t pid_ = -1;
  int port_ = 0;
  int status_ = -1;
};

}  // namespace chipgate::testing

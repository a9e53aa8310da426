// SIGHUP (reload) and SIGTERM/SIGINT (stop) for the server, without signal handlers or global
// state: the constructor blocks those signals (and SIGPIPE, so a client that hangs up is an
// error on its socket, not the end of the process) in the calling thread, which every thread
// started afterwards inherits, and one thread takes them with sigwait and calls back in
// ordinary code. Construct it before any other thread is started.
#pragma once

#include <atomic>
#include <functional>
#include <thread>

namespace chipgate::server {

class SignalWatcher {
 public:
  SignalWatcher(std::function<void()> on_reload, std::function<void()> on_stop);
  ~SignalWatcher();  // ends the watching thread
  SignalWatcher(const SignalWatcher&) = delete;
  SignalWatcher& operator=(const SignalWatcher&) = delete;

 private:
  void Watch();

  std::function<void()> on_reload_;
  std::function<void()> on_stop_;
  std::atomic<bool> done_{false};
  std::thread thread_;
};

}  // namespace chipgate::server

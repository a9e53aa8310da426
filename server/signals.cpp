// See signals.hpp.
#include "signals.hpp"

#include <pthread.h>
#include <signal.h>

namespace chipgate::server {
namespace {

sigset_t WatchedSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGHUP);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  return set;
}

}  // namespace

SignalWatcher::SignalWatcher(std::function<void()> on_reload, std::function<void()> on_stop)
    : on_reload_(std::move(on_reload)), on_stop_(std::move(on_stop)) {
  sigset_t blocked = WatchedSignals();
  sigaddset(&blocked, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &blocked, nullptr);
  thread_ = std::thread([this] { Watch(); });
}

void SignalWatcher::Watch() {
  const sigset_t set = WatchedSignals();
  while (!done_) {
    int signal = 0;
    if (sigwait(&set, &signal) != 0) continue;
    if (done_) break;  // the destructor's wake-up
    if (signal == SIGHUP) {
      on_reload_();
      continue;
    }
    done_ = true;
    on_stop_();
  }
}

SignalWatcher::~SignalWatcher() {
  if (!done_.exchange(true)) pthread_kill(thread_.native_handle(), SIGTERM);  // wakes sigwait
  thread_.join();
}

}  // namespace chipgate::server

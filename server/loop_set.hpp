// The way from httplib's accepting thread to the event loops (event_loop.hpp). cpp-httplib
// accepts each connection and hands it to a task queue; this one runs the hand-over at once on
// the accepting thread (GuardedServer::process_and_close_socket), which either refuses the
// connection (the cap on open connections is reached: 503 and close, one non-blocking write)
// or gives it to the next loop in turn. It owns the loops and the worker pool they hand long
// requests to, and counts the open connections for the cap. shutdown(), once httplib has
// stopped accepting, lets the loops finish what is in flight, then the workers.
#pragma once

#include <httplib.h>

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

#include "event_loop.hpp"

namespace chipgate::server {

class LoopSet : public httplib::TaskQueue {
 public:
  LoopSet(RequestRunner& runner, const LoopSettings& settings, std::size_t loops, std::size_t workers, std::size_t max_connections);
  ~LoopSet() override;

  void enqueue(std::function<void()> fn) override { fn(); }
  void shutdown() override;

  bool Full() const { return open_.load() >= max_connections_; }
  // Makes the accepted socket non-blocking and gives it to a loop, which will close it.
  void Adopt(int socket);

 private:
  httplib::ThreadPool workers_;  // before the loops: they post to it until they end
  const std::size_t max_connections_;
  std::atomic<std::size_t> open_{0};
  std::vector<std::unique_ptr<EventLoop>> loops_;
  std::size_t next_ = 0;  // the accepting thread's only
  bool shut_down_ = false;
};

}  // namespace chipgate::server

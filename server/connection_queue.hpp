// The hard cap on connections (docs/server.md, Limits::max_connections). cpp-httplib hands every
// accepted connection to a task queue; this one runs it on a worker thread while fewer than the
// cap are open (served or waiting for a thread), and otherwise runs it at once on the accepting
// thread, where GuardedServer (guarded_server.hpp) answers 503 and closes it. Refusing there
// costs one short write: a flood of connections never waits behind, or delays, the ones served.
#pragma once

#include <httplib.h>

#include <atomic>
#include <cstddef>
#include <functional>
#include <thread>

namespace chipgate::server {

class ConnectionQueue : public httplib::TaskQueue {
 public:
  ConnectionQueue(std::size_t threads, std::size_t max_connections);

  void enqueue(std::function<void()> fn) override;
  void shutdown() override { pool_.shutdown(); }

  // True on the accepting thread while it runs a connection over the cap: refuse it.
  bool RefusingOnThisThread() const { return refusing_.load() == std::this_thread::get_id(); }
  std::size_t open() const { return open_.load(); }

 private:
  httplib::ThreadPool pool_;
  const std::size_t max_connections_;
  std::atomic<std::size_t> open_{0};
  // The thread refusing a connection, if any; worker threads never compare equal to it.
  std::atomic<std::thread::id> refusing_{};
};

}  // namespace chipgate::server

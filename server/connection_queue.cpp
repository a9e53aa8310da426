// See connection_queue.hpp.
#include "connection_queue.hpp"

namespace chipgate::server {

ConnectionQueue::ConnectionQueue(std::size_t threads, std::size_t max_connections)
    : pool_(threads), max_connections_(max_connections) {}

void ConnectionQueue::enqueue(std::function<void()> fn) {
  // Only the accepting thread enqueues, so the count cannot pass the cap between the test and
  // the increment; workers only decrement.
  if (open_.load() >= max_connections_) {
    refusing_.store(std::this_thread::get_id());
    fn();
    refusing_.store(std::thread::id());
    return;
  }
  ++open_;
  pool_.enqueue([this, task = std::move(fn)] {
    task();
    --open_;
  });
}

}  // namespace chipgate::server

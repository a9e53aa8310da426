// See loop_set.hpp.
#include "loop_set.hpp"

#include <fcntl.h>

namespace chipgate::server {

LoopSet::LoopSet(RequestRunner& runner, const LoopSettings& settings, std::size_t loops, std::size_t workers, std::size_t max_connections)
    : workers_(workers), max_connections_(max_connections) {
  for (std::size_t i = 0; i < loops; ++i) loops_.push_back(std::make_unique<EventLoop>(runner, workers_, open_, settings));
}

LoopSet::~LoopSet() { shutdown(); }

void LoopSet::Adopt(int socket) {
  const int flags = ::fcntl(socket, F_GETFL, 0);
  static_cast<void>(::fcntl(socket, F_SETFL, flags | O_NONBLOCK));
  ++open_;
  loops_[next_]->Adopt(socket);
  next_ = (next_ + 1) % loops_.size();
}

void LoopSet::shutdown() {
  if (shut_down_) return;
  shut_down_ = true;
  for (auto& loop : loops_) loop->Stop();
  for (auto& loop : loops_) loop->Join();  // each waits for the requests its workers still have
  workers_.shutdown();
}

}  // namespace chipgate::server

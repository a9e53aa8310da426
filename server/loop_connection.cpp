// See loop_connection.hpp.
#include "loop_connection.hpp"

#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <cerrno>

namespace chipgate::server {

LoopConnection::Read LoopConnection::Receive(std::size_t cap, Clock::time_point now) {
  std::array<char, 16 * 1024> chunk;
  for (;;) {
    const bool drop = lingering || skip > 0;
    std::size_t room = chunk.size();
    if (skip > 0 && !lingering) room = static_cast<std::size_t>(std::min<std::uint64_t>(room, skip));
    if (!drop) {
      if (in.size() >= cap) return Read::kAtCap;
      room = std::min(room, cap - in.size());
    }
    const ssize_t n = ::recv(socket, chunk.data(), room, 0);
    if (n > 0) {
      const auto got = static_cast<std::size_t>(n);
      if (!drop) {
        if (in.empty()) request_start = now;  // a new request's first bytes
        in.append(chunk.data(), got);
      } else if (!lingering) {
        skip -= got;
      }
      last_read = now;
      // Fewer bytes than asked for: the socket is empty now, and edge-triggered epoll reports
      // the next bytes that come, so another recv would only say EAGAIN.
      if (got < room) return Read::kDrained;
      continue;
    }
    if (n == 0) return Read::kEnd;
    if (errno == EINTR) continue;
    return errno == EAGAIN || errno == EWOULDBLOCK ? Read::kDrained : Read::kFailed;
  }
}

bool LoopConnection::Send(Clock::time_point now) {
  if (!Writing()) return true;
  while (Writing()) {
    const ssize_t n = ::send(socket, out.data() + sent, out.size() - sent, MSG_NOSIGNAL);
    if (n > 0) {
      sent += static_cast<std::size_t>(n);
      last_write = now;
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      return true;  // the rest when the socket has room (EPOLLOUT)
    } else {
      return false;
    }
  }
  out.clear();
  sent = 0;
  idle_since = now;  // the keep-alive wait starts once the answer is out
  return true;
}

void LoopConnection::Queue(const std::string& answer, Clock::time_point now) {
  if (!Writing()) write_start = last_write = now;
  out += answer;
}

}  // namespace chipgate::server

// See deadline_stream.hpp.
#include "deadline_stream.hpp"

#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

namespace chipgate::server {

DeadlineStream::DeadlineStream(Connection& connection, StreamLimits limits, Clock::time_point request_started)
    : connection_(connection), limits_(limits), read_deadline_(request_started + limits.whole_request) {}

bool DeadlineStream::Ready(short events, Clock::time_point deadline, std::chrono::milliseconds wait) const {
  const auto now = Clock::now();
  if (now >= deadline) return false;
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now);
  pollfd p{connection_.socket, events, 0};
  const int wait_ms = static_cast<int>(std::max<std::chrono::milliseconds::rep>(1, std::min(left, wait).count()));
  int ready = 0;
  do {
    ready = ::poll(&p, 1, wait_ms);
  } while (ready < 0 && errno == EINTR);
  return ready > 0 && (p.revents & (events | POLLHUP)) != 0 && (p.revents & (POLLERR | POLLNVAL)) == 0;
}

bool DeadlineStream::is_readable() const {
  return connection_.begin < connection_.buffer.size() || Ready(POLLIN, read_deadline_, limits_.read_wait);
}

// Writes go to the buffer while it has room; the wait for the socket is Flush's.
bool DeadlineStream::is_writable() const {
  return !write_failed_ && (pending_.size() < kFlushAt || Ready(POLLOUT, write_deadline_, limits_.write_wait));
}

ssize_t DeadlineStream::read(char* ptr, size_t size) {
  if (read_bytes_ >= limits_.max_request_bytes) {
    capped_ = true;
    return -1;
  }
  size = static_cast<size_t>(std::min<std::uint64_t>(size, limits_.max_request_bytes - read_bytes_));
  Connection& c = connection_;
  if (c.begin == c.buffer.size()) {
    c.buffer.clear();  // empty, so that is_readable waits for the socket
    c.begin = 0;
    std::array<char, kReadSize> chunk;
    const auto receive = [&c, &chunk] {
      ssize_t got = 0;
      do {
        got = ::recv(c.socket, chunk.data(), chunk.size(), MSG_DONTWAIT);
      } while (got < 0 && errno == EINTR);
      return got;
    };
    ssize_t n = receive();
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      // The client waits for something before it sends more (a 100 Continue): send it first.
      if (!Flush() || !is_readable()) return -1;
      n = receive();
    }
    if (n <= 0) return n;
    c.buffer.assign(chunk.data(), static_cast<std::size_t>(n));
  }
  const std::size_t n = std::min(size, c.buffer.size() - c.begin);
  std::memcpy(ptr, c.buffer.data() + c.begin, n);
  c.begin += n;
  read_bytes_ += n;
  return static_cast<ssize_t>(n);
}

ssize_t DeadlineStream::write(const char* ptr, size_t size) {
  if (write_failed_) return -1;
  if (write_deadline_ == Clock::time_point::max()) write_deadline_ = Clock::now() + limits_.whole_request;
  pending_.append(ptr, size);
  if (pending_.size() >= kFlushAt && !Flush()) return -1;
  return static_cast<ssize_t>(size);
}

bool DeadlineStream::Flush() {
  if (write_failed_) return false;
  const bool sent = SendAll(pending_.data(), pending_.size());
  pending_.clear();
  write_failed_ = !sent;
  return sent;
}

bool DeadlineStream::SendAll(const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::send(connection_.socket, data, size, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n > 0) {
      data += n;
      size -= static_cast<std::size_t>(n);
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      if (!Ready(POLLOUT, write_deadline_, limits_.write_wait)) return false;  // no room before the deadline
    } else {
      return false;
    }
  }
  return true;
}

void DeadlineStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  ip = connection_.endpoints.remote_ip;
  port = connection_.endpoints.remote_port;
}

void DeadlineStream::get_local_ip_and_port(std::string& ip, int& port) const {
  ip = connection_.endpoints.local_ip;
  port = connection_.endpoints.local_port;
}

}  // namespace chipgate::server

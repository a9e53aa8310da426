// See deadline_stream.hpp.
#include "deadline_stream.hpp"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>

#include <algorithm>
#include <cstring>

namespace chipgate::server {
namespace {

// The socket's address at either end as text ("127.0.0.1", 8080), as httplib reports them.
void Endpoint(int socket, bool peer, std::string& ip, int& port) {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  auto* sa = reinterpret_cast<sockaddr*>(&address);
  if ((peer ? ::getpeername(socket, sa, &length) : ::getsockname(socket, sa, &length)) != 0) return;
  std::array<char, NI_MAXHOST> host{};
  std::array<char, NI_MAXSERV> service{};
  if (::getnameinfo(sa, length, host.data(), static_cast<socklen_t>(host.size()), service.data(), static_cast<socklen_t>(service.size()),
                    NI_NUMERICHOST | NI_NUMERICSERV) != 0) return;
  ip = host.data();
  port = std::atoi(service.data());
}

}  // namespace

bool Connection::ReceiveWithin(std::chrono::milliseconds slice, bool& timed_out) {
  if (slice != receive_timeout_) {
    timeval tv{};
    tv.tv_sec = static_cast<time_t>(slice.count() / 1000);
    tv.tv_usec = static_cast<suseconds_t>((slice.count() % 1000) * 1000);
    if (::setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv) != 0) return false;
    receive_timeout_ = slice;
  }
  const ssize_t n = ::recv(socket, buffer.data(), buffer.size(), 0);
  if (n > 0) {
    begin = 0;
    end = static_cast<std::size_t>(n);
    return true;
  }
  timed_out = n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR);
  return false;
}

DeadlineStream::DeadlineStream(Connection& connection, StreamLimits limits)
    : connection_(connection), limits_(limits), read_deadline_(Clock::now() + limits.whole_request) {}

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
  return connection_.begin < connection_.end || Ready(POLLIN, read_deadline_, limits_.read_wait);
}

// Writes go to the buffer while it has room; the wait for the socket is Flush's.
bool DeadlineStream::is_writable() const {
  return !write_failed_ && (pending_.size() < kFlushAt || Ready(POLLOUT, write_deadline_, limits_.write_wait));
}

ssize_t DeadlineStream::read(char* ptr, size_t size) {
  Connection& c = connection_;
  if (c.begin == c.end) {
    // Non-blocking: after the wait (is_readable) the bytes are there, and the socket's receive
    // timeout is the keep-alive wait's (Connection::WaitForBytes), not this request's.
    const auto receive = [&c] {
      ssize_t got = 0;
      do {
        got = ::recv(c.socket, c.buffer.data(), c.buffer.size(), MSG_DONTWAIT);
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
    c.begin = 0;
    c.end = static_cast<std::size_t>(n);
  }
  const std::size_t n = std::min(size, c.end - c.begin);
  std::memcpy(ptr, c.buffer.data() + c.begin, n);
  c.begin += n;
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

const Connection& DeadlineStream::Known() const {
  Connection& c = connection_;
  if (!c.endpoints_known) {
    Endpoint(c.socket, true, c.remote_ip, c.remote_port);
    Endpoint(c.socket, false, c.local_ip, c.local_port);
    c.endpoints_known = true;
  }
  return c;
}

void DeadlineStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  ip = Known().remote_ip;
  port = Known().remote_port;
}

void DeadlineStream::get_local_ip_and_port(std::string& ip, int& port) const {
  ip = Known().local_ip;
  port = Known().local_port;
}

}  // namespace chipgate::server
